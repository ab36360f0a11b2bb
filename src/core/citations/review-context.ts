import { lockedExcerpt, type LockEntry } from "./anchor-lock.ts";
import type { Source } from "../sources/source.ts";
import { reanchor, type Reanchored } from "./anchor.ts";
import { shortCitation } from "./citation.ts";
import { CitationInputError, verifyQuote, type Verdict } from "./verify.ts";

/**
 * A stretch of a passage's reading text; `marked` stretches are the words the reviewer should look
 * at, `caution` ones the source words that raised a caution (they may lie inside the quoted words).
 */
export interface PassageRun {
  text: string;
  marked: boolean;
  caution?: true;
}

/** The source around an excerpt, as a reviewer reads it. */
export interface PassageContext {
  /** The locator of the (first) passage shown. */
  locator: string;
  passageIndex: number;
  /** "UN Special Rapporteur (2013), para. 75". */
  citation: string;
  /** Reading-text range shown: the passage, and the next one when the marked words run into it. */
  start: number;
  end: number;
  /** The passage text in order; joined, it is exactly `source.reading.text.slice(start, end)`. */
  runs: PassageRun[];
  /** quote: the quoted words, where they are; closest: the source's words nearest to a quote that is not there. */
  marks: "quote" | "closest";
}

/** What a reviewer is shown for one excerpt: the verdict, and the passage with the words marked. */
export interface ExcerptReview {
  verdict: Verdict;
  /** Absent when the words are nowhere near anything in the source. */
  context?: PassageContext;
}

/**
 * Verifies an excerpt and finds the passage to show beside it: verified, the passage with the
 * quoted words marked (each elided piece on its own); at another place than cited, or in
 * several, the first place they are; rejected otherwise, the closest passage with the closest
 * words marked (the verdict's `closest` holds the word diff).
 */
export function reviewExcerpt(source: Source, excerpt: { quote: string; locator?: string }): ExcerptReview {
  let verdict: Verdict;
  try {
    verdict = verifyQuote(source, excerpt.quote, excerpt.locator ? { locator: excerpt.locator } : {});
  } catch (error) {
    if (!(error instanceof CitationInputError)) throw error;
    return { verdict: { status: "rejected", reason: "not-found", message: error.message, cautions: [] } };
  }
  if (verdict.status === "verified") {
    const triggers = verdict.cautions.map((c) => c.trigger);
    return { verdict, context: markedPassage(source, verdict.match.passageIndex, verdict.match.pieces, "quote", triggers) };
  }
  const found = verdict.foundAt?.[0];
  if (found) return { verdict, context: markedPassage(source, found.passageIndex, found.pieces, "quote") };
  const closest = verdict.closest;
  if (closest) return { verdict, context: markedPassage(source, closest.passageIndex, [closest], "closest") };
  return { verdict };
}

/**
 * A passage (and the next, when the ranges run into it) split into marked and unmarked runs; the
 * parts of `cautions` inside it are runs of their own with `caution` set (a trigger in a note
 * elsewhere in the source is not in the passage, so not shown here).
 */
export function markedPassage(
  source: Source,
  passageIndex: number,
  ranges: readonly { start: number; end: number }[],
  marks: PassageContext["marks"],
  cautions: readonly { start: number; end: number }[] = [],
): PassageContext {
  const { text, passages } = source.reading;
  const first = passages[passageIndex]!;
  const lastEnd = Math.max(first.end, ...ranges.map((r) => r.end));
  const last = passages.slice(passageIndex).find((p) => lastEnd <= p.end) ?? first;
  const start = Math.min(first.start, ...ranges.map((r) => r.start));
  const end = Math.max(last.end, lastEnd);
  const within = (at: number, spans: readonly { start: number; end: number }[]) => spans.some((r) => at >= r.start && at < r.end);
  const cuts = [start, end, ...[...ranges, ...cautions].flatMap((r) => [r.start, r.end])].filter((at) => at >= start && at <= end);
  const bounds = [...new Set(cuts)].sort((a, b) => a - b);
  const runs: PassageRun[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const run: PassageRun = { text: text.slice(bounds[i]!, bounds[i + 1]!), marked: within(bounds[i]!, ranges) };
    if (within(bounds[i]!, cautions)) run.caution = true;
    const previous = runs[runs.length - 1];
    // Neighbouring stretches marked alike are one run, as the reader sees them.
    if (previous && previous.marked === run.marked && previous.caution === run.caution) previous.text += run.text;
    else runs.push(run);
  }
  return { locator: first.locator, passageIndex, citation: shortCitation(source, first), start, end, runs, marks };
}

/** An excerpt whose source file is not the one it was verified against, and what became of it. */
export interface SourceChange extends Reanchored {
  /** The fingerprint the excerpt was verified against, and the source's now. */
  was: string;
  now: string;
}

/**
 * Whether the source changed since the excerpt was anchored (its lock entry's fingerprint is not
 * the source's), and if so where its words are now: verified in place, relocated (with the new
 * locator), altered (with the diff) or not found. Undefined when the source is the same file.
 */
export function changedSince(entry: LockEntry, source: Source, quote: string): SourceChange | undefined {
  if (entry.fingerprint === source.fingerprint) return undefined;
  const fingerprints = { was: entry.fingerprint, now: source.fingerprint };
  try {
    return { ...reanchor(lockedExcerpt(entry, quote), source), ...fingerprints };
  } catch (error) {
    // A short quote the changed source now holds in several places cannot be placed again.
    if (!(error instanceof CitationInputError)) throw error;
    return {
      status: "not-found",
      previousLocator: entry.locator,
      message: `The source changed: ${error.message}`,
      cautions: [],
      ...fingerprints,
    };
  }
}
