import { PASSAGE_BREAK, type SourceIndex } from "./source-index.ts";
import type { Span } from "./sentences.ts";

/**
 * The canonical range of a reading-text range found by verification (a match or one of its
 * pieces): the first canonical character at or after `start`, up to the first at or after `end`.
 */
export function canonicalRange(index: SourceIndex, range: { start: number; end: number }): Span {
  let start = lowerBound(index.toReading, range.start);
  // A passage break maps to the next passage's start, as its first character does.
  if (index.canonical[start] === PASSAGE_BREAK) start++;
  return { start, end: Math.max(start, lowerBound(index.toReading, range.end)) };
}

/** The reading-text range of a canonical range. */
export function readingRange(index: SourceIndex, span: Span): { start: number; end: number } {
  if (span.end <= span.start) return { start: index.toReading[span.start]!, end: index.toReading[span.start]! };
  return { start: index.toReading[span.start]!, end: index.toReading[span.end - 1]! + 1 };
}

/** The first position whose value is at least `value` (the array is non-decreasing). */
function lowerBound(values: Int32Array, value: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
