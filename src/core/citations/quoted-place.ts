/** A verified quote as the caution checks read it: its pieces in canonical text, and the words around them. */
import { canonicalRange, readingRange } from "./canonical-ranges.ts";
import { passageSpans, spanAt, type PassageSpans, type Span } from "./sentences.ts";
import type { SourceIndex } from "./source-index.ts";

export interface QuotedPlace {
  index: SourceIndex;
  /** The passage of the first piece. */
  passageIndex: number;
  /** Canonical ranges of the quoted pieces, in order. */
  pieces: readonly Span[];
}

/** Where verification found the quote: the first passage and each piece's reading-text range. */
export interface FoundPieces {
  passageIndex: number;
  pieces: readonly { start: number; end: number }[];
}

/** The place of a match; `canonical` gives its pieces' canonical ranges when verification still has them. */
export function quotedPlace(index: SourceIndex, match: FoundPieces, canonical?: readonly Span[]): QuotedPlace {
  if (canonical) return { index, passageIndex: match.passageIndex, pieces: canonical };
  const pieces: Span[] = [];
  for (const piece of match.pieces) pieces.push(canonicalRange(index, piece));
  return { index, passageIndex: match.passageIndex, pieces };
}

/** The index of the passage that holds canonical offset `at` (the quote's first passage or one after it). */
export function passageOf(place: QuotedPlace, at: number): number {
  const starts = place.index.passageStarts;
  let passage = place.passageIndex;
  while (passage + 1 < starts.length && starts[passage + 1]! <= at) passage++;
  return passage;
}

/** The sentences and clauses of the passage that holds canonical offset `at`. */
export function spansAround(place: QuotedPlace, at: number): PassageSpans {
  return passageSpans(place.index, passageOf(place, at));
}

/** The clause holding canonical offset `at` (the same object for the same clause). */
export function clauseAt(place: QuotedPlace, at: number): Span {
  const { clauses } = spansAround(place, at);
  return clauses[spanAt(clauses, at)]!;
}

/** The sentence holding canonical offset `at`, and its position in its passage. */
export function sentenceAt(place: QuotedPlace, at: number): { sentences: Span[]; k: number } {
  const { sentences } = spansAround(place, at);
  return { sentences, k: spanAt(sentences, at) };
}

/** Whether canonical offset `at` is inside a quoted piece. */
export function isQuoted(place: QuotedPlace, at: number): boolean {
  return pieceAt(place, at) !== undefined;
}

/** The quoted piece holding canonical offset `at`, if any. */
export function pieceAt(place: QuotedPlace, at: number): Span | undefined {
  for (const piece of place.pieces) if (at >= piece.start && at < piece.end) return piece;
  return undefined;
}

/** The reading-text range of a canonical span: what a caution highlights. */
export function triggerOf(place: QuotedPlace, span: Span): { start: number; end: number } {
  return readingRange(place.index, span);
}

/**
 * The source's words in a canonical span, as a reviewer reads them: white space as one space,
 * and cut to `maxWords` (first words … last words) when longer.
 */
export function sourceWords(place: QuotedPlace, span: Span, maxWords = 20): string {
  const words = place.index.canonical.slice(span.start, span.end).trim().split(" ");
  if (words.length <= maxWords) return words.join(" ");
  const head = Math.ceil((maxWords * 2) / 3);
  return `${words.slice(0, head).join(" ")} … ${words.slice(words.length - (maxWords - head)).join(" ")}`;
}

/** The first `count` words of a canonical span, with "…" when there are more. */
export function firstWords(place: QuotedPlace, span: Span, count = 10): string {
  // Words run to 40 characters at most here; a long span need not be split whole.
  const words = place.index.canonical
    .slice(span.start, Math.min(span.end, span.start + count * 40))
    .trim()
    .split(" ");
  return words.length <= count ? words.join(" ") : `${words.slice(0, count).join(" ")} …`;
}

/** The span without the spaces at its ends. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && text[start] === " ") start++;
  while (end > start && text[end - 1] === " ") end--;
  return { start, end };
}
