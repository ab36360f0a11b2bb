import approxSearch from "approx-string-match";
import type { Passage } from "../sources/model.ts";
import { words } from "../text/canonical.ts";
import { passageEndCanonical, PASSAGE_BREAK, wordKey, type SourceIndex } from "./source-index.ts";
import { describeChanges, wordDiff, type DiffPart } from "./word-diff.ts";

/** The passage nearest to a quote that is not in the source as written, and how they differ. */
export interface Closest {
  locator: string;
  passageIndex: number;
  /** Reading-text range of the best-matching words. */
  start: number;
  end: number;
  /** Those words as the source has them. */
  text: string;
  diff: DiffPart[];
  /** The changes in one line: `"20" → "30"`. */
  summary: string;
  /** Most of the quote's words are there: it reads as an altered quote, not a different one. */
  altered: boolean;
}

/** How many passages, best first by shared rare words, get an alignment. */
const CANDIDATES = 4;

/**
 * Finds the closest passage by scoring passages on the rare words they share with the quote
 * (an inverted index), then aligning the quote only inside the best few. A fuzzy match is
 * never a pass: this only explains a rejection.
 */
export function closestPassage(index: SourceIndex, quote: string, prefer: Passage[] = []): Closest | undefined {
  const passages = index.source.reading.passages;
  const scores = new Map<number, number>();
  for (const w of new Set(words(wordKey(quote)))) {
    const list = index.wordPassages.get(w);
    if (!list) continue;
    const idf = Math.log(1 + passages.length / list.length);
    for (const p of list) scores.set(p, (scores.get(p) ?? 0) + idf);
  }
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]).map(([p]) => p);
  const candidates = [...new Set([...prefer.map((p) => p.index), ...ranked.slice(0, CANDIDATES)])];
  let best: { passage: Passage; start: number; end: number; errors: number } | undefined;
  for (const i of candidates) {
    const passage = passages[i]!;
    const from = index.passageStarts[i]!;
    const next = passages[i + 1];
    // A quote spliced across a paragraph end is aligned against the passage and the next.
    const to = next ? passageEndCanonical(index, next) : passageEndCanonical(index, passage);
    const region = index.canonical.slice(from, to).replace(PASSAGE_BREAK, " ");
    const hits = approxSearch(region, quote, Math.floor(quote.length / 2));
    for (const h of hits) {
      if (!best || h.errors < best.errors) best = { passage, start: from + h.start, end: from + h.end, errors: h.errors };
    }
  }
  if (!best) return undefined;
  return describe(index, best.passage, best.start, best.end, quote);
}

/** Widens a match to whole words and diffs it against the quote word by word. */
function describe(index: SourceIndex, passage: Passage, start: number, end: number, quote: string): Closest {
  const text = index.canonical;
  while (start > 0 && !/[\s\u2029]/.test(text[start - 1]!)) start--;
  while (end < text.length && !/[\s\u2029]/.test(text[end]!)) end++;
  const sourceWords = words(text.slice(start, end).replace(PASSAGE_BREAK, " "));
  const quoteWords = words(quote);
  const diff = wordDiff(sourceWords, quoteWords);
  const same = diff.filter((d) => d.op === "equal").reduce((n, d) => n + words(d.text).length, 0);
  const onlyOmissions = diff.every((d) => d.op !== "insert");
  const omitted = diff.filter((d) => d.op === "delete").reduce((n, d) => n + words(d.text).length, 0);
  const summary = onlyOmissions
    ? `${omitted} word${omitted === 1 ? "" : "s"} of the source left out without an elision mark`
    : truncate(describeChanges(diff));
  const readingStart = index.toReading[start]!;
  const readingEnd = index.toReading[Math.max(start, end - 1)]! + 1;
  return {
    locator: passage.locator,
    passageIndex: passage.index,
    start: readingStart,
    end: readingEnd,
    text: index.source.reading.text.slice(readingStart, readingEnd),
    diff,
    summary,
    altered: same * 2 >= quoteWords.length,
  };
}

function truncate(summary: string): string {
  const parts = summary.split("; ");
  return parts.length > 3 ? `${parts.slice(0, 3).join("; ")}; and ${parts.length - 3} more changes` : summary;
}
