/** Test-side checks of a verdict against the reading text, independent of the verifier's own code. */
import { expect } from "vitest";
import type { RejectedVerdict, RejectReason, Verdict, VerifiedVerdict } from "../../../src/core/citations/verify.ts";
import type { Source } from "../../../src/core/sources/source.ts";
import { canonicalize } from "../../../src/core/text/canonical.ts";

/** The elision marks of DESIGN.md: `[...]`, `[…]`, `...`, `…`. */
const ELISION = /\s*(?:\[\s*(?:\.\s*){3}\]|\[\s*…\s*\]|\.{3}|…)\s*/;

/** The quote's pieces between elision marks, as the test reads them. */
export function piecesOf(quote: string): string[] {
  return quote
    .split(ELISION)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/** Canonical form of a reading-text range, with the note markers the parser found left out. */
export function canonicalReading(src: Source, start: number, end: number): string {
  const skip = src.reading.passages
    .flatMap((p) => p.noteRefs)
    .filter((r) => r.start >= start && r.end <= end)
    .sort((a, b) => a.start - b.start)
    .map((r) => [r.start - start, r.end - start] as const);
  return canonicalize(src.reading.text.slice(start, end), skip).text;
}

/**
 * A verified verdict must point at reading text that says what the quote says: each piece's
 * range, canonicalised, equals the piece (`expectedPieces` when the quote carries a copied marker).
 */
export function expectMatchSaysQuote(src: Source, verdict: Verdict, quote: string, expectedPieces?: string[]): void {
  const pieces = expectedPieces ?? piecesOf(quote);
  assertVerified(verdict);
  const { match } = verdict;
  expect(match.pieces).toHaveLength(pieces.length);
  match.pieces.forEach((range, k) => {
    expect(canonicalReading(src, range.start, range.end)).toBe(canonicalize(pieces[k]!).text);
  });
  expect(match.start).toBe(match.pieces[0]!.start);
  expect(match.end).toBe(match.pieces[match.pieces.length - 1]!.end);
}

/** Fails the test, with the verdict's message, unless the quote was verified. */
export function assertVerified(verdict: Verdict): asserts verdict is VerifiedVerdict {
  expect(verdict.status, verdict.message).toBe("verified");
}

/** Fails the test unless the quote was rejected (for `reason`, when one is given). */
export function assertRejected(verdict: Verdict, reason?: RejectReason): asserts verdict is RejectedVerdict {
  expect(verdict.status, verdict.message).toBe("rejected");
  if (reason && verdict.status === "rejected") expect(verdict.reason, verdict.message).toBe(reason);
}
