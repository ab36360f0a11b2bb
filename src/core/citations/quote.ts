import { canonicalize, words } from "../text/canonical.ts";
import type { SourceIndex } from "./source-index.ts";

/** Elision marks: `[...]`, `[…]`, `...`, `…`. */
const ELISION = /\s*(?:\[\s*(?:\.\s*){3}\]|\[\s*…\s*\]|\.{3}|…)\s*/g;

/** A quote split at its elisions, each piece in canonical form. */
export interface ParsedQuote {
  pieces: string[];
  /** Number of words over all pieces. */
  wordCount: number;
}

export function parseQuote(quote: string): ParsedQuote {
  const pieces = quote
    .split(ELISION)
    .map((p) => canonicalize(p).text)
    .filter((p) => p.length > 0);
  return { pieces, wordCount: pieces.reduce((n, p) => n + words(p).length, 0) };
}

/**
 * A place in a reading of a piece that the source must back where the piece is found: a
 * note marker printed with these digits, or a hyphen that ended a line of the source.
 */
export type Gap = { at: number; marker: string } | { at: number; hyphen: true };

/** A piece read another way than written, and what the source must have where it changed. */
export interface PieceReading {
  text: string;
  gaps: Gap[];
}

/**
 * Plain digits glued to a word ("girls.2") may be a note marker the reader copied along.
 * Returns the piece without them and, for each, where it stood and its digits.
 */
export function withoutGluedDigits(piece: string): PieceReading | undefined {
  const gaps: Gap[] = [];
  let removed = 0;
  const text = piece.replace(/(?<=\p{L}|[\p{L})"'][.,;:])\d{1,3}(?= |$)/gu, (m, at: number) => {
    gaps.push({ at: at - removed, marker: m });
    removed += m.length;
    return "";
  });
  return gaps.length > 0 ? { text: text.replace(/ {2,}/g, " "), gaps } : undefined;
}

/**
 * A word the source prints broken after a hyphen at a line end ("ground-⏎breaking") may be
 * quoted without the hyphen: returns the piece with those hyphens put back, each a gap.
 */
export function withLineBreakHyphens(reading: PieceReading, brokenWords: ReadonlyMap<string, number>): PieceReading | undefined {
  if (brokenWords.size === 0) return undefined;
  let gaps = reading.gaps;
  let added = 0;
  const text = reading.text.replace(/\p{L}+/gu, (word, at: number) => {
    const hyphen = brokenWords.get(word.toLowerCase());
    if (hyphen === undefined) return word;
    const place = at + added + hyphen;
    gaps = [...gaps.map((g) => (g.at >= place ? { ...g, at: g.at + 1 } : g)), { at: place, hyphen: true }];
    added++;
    return `${word.slice(0, hyphen)}-${word.slice(hyphen)}`;
  });
  return added > 0 ? { text, gaps } : undefined;
}

/** The other ways to read a quote's pieces, in the order they are tried: hyphens put back, markers left out, both. */
export function otherReadings(pieces: string[], index: SourceIndex): PieceReading[][] {
  const asWritten = pieces.map((text): PieceReading => ({ text, gaps: [] }));
  const hyphenated = asWritten.map((r) => withLineBreakHyphens(r, index.brokenWords));
  const unmarked = pieces.map((p) => withoutGluedDigits(p));
  const readings: (PieceReading | undefined)[][] = [];
  if (hyphenated.some(Boolean)) readings.push(hyphenated);
  if (unmarked.some(Boolean)) readings.push(unmarked);
  if (hyphenated.some(Boolean) && unmarked.some(Boolean)) {
    readings.push(unmarked.map((r, k) => (r ? (withLineBreakHyphens(r, index.brokenWords) ?? r) : hyphenated[k])));
  }
  return readings.map((reading) => reading.map((r, k) => r ?? asWritten[k]!));
}

/** The source backs every gap of a piece found at canonical offset `at`. */
export function gapsHold(index: SourceIndex, at: number, gaps: readonly Gap[] | undefined): boolean {
  return !gaps || gaps.every((g) => ("marker" in g ? index.markerGaps.get(at + g.at) === g.marker : index.optionalHyphens.has(at + g.at)));
}
