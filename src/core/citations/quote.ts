import { canonicalize, words } from "../text/canonical.ts";

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
 * Plain digits glued to a word ("girls.2") may be a note marker the reader copied along.
 * Returns the piece without them and the offsets where they stood.
 */
export function withoutGluedDigits(piece: string): { text: string; gaps: number[] } | undefined {
  const gaps: number[] = [];
  let removed = 0;
  const text = piece.replace(/(?<=\p{L}|[\p{L})"'][.,;:])\d{1,3}(?= |$)/gu, (m, at: number) => {
    gaps.push(at - removed);
    removed += m.length;
    return "";
  });
  return gaps.length > 0 ? { text: text.replace(/ {2,}/g, " "), gaps } : undefined;
}
