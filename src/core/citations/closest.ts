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
  let best: (Closest & { score: number }) | undefined;
  for (const i of candidates) {
    const passage = passages[i]!;
    const from = index.passageStarts[i]!;
    const next = passages[i + 1];
    // A quote spliced across a paragraph end is aligned against the passage and the next.
    const to = next ? passageEndCanonical(index, next) : passageEndCanonical(index, passage);
    const region = index.canonical.slice(from, to).replace(PASSAGE_BREAK, " ");
    const windows = approxSearch(region, quote, Math.floor(quote.length / 2));
    const spanned = headToTail(region, quote);
    if (spanned) windows.push({ ...spanned, errors: 0 });
    for (const w of windows) {
      const found = describe(index, passage, from + w.start, from + w.end, quote);
      if (!best || found.score > best.score) best = found;
    }
  }
  if (!best) return undefined;
  const { score: _score, ...closest } = best;
  return closest;
}

/**
 * The stretch from the quote's first words to its last words, when both are in the region in
 * order: it shows what a splice left out.
 */
function headToTail(region: string, quote: string): { start: number; end: number } | undefined {
  const w = words(quote);
  if (w.length < 8) return undefined;
  const head = w.slice(0, 3).join(" ");
  const tail = w.slice(-3).join(" ");
  const start = region.indexOf(head);
  if (start < 0) return undefined;
  const tailAt = region.indexOf(tail, start + head.length);
  if (tailAt < 0) return undefined;
  return { start, end: tailAt + tail.length };
}

/** Widens a match to whole words and diffs it against the quote word by word. */
function describe(index: SourceIndex, passage: Passage, start: number, end: number, quote: string): Closest & { score: number } {
  const text = index.canonical;
  while (start > 0 && !/[\s\u2029]/.test(text[start - 1]!)) start--;
  while (end < text.length && !/[\s\u2029]/.test(text[end]!)) end++;
  const quoteWords = words(quote);
  const sourceWords = words(text.slice(start, end).replace(PASSAGE_BREAK, " "));
  // A quote may stop before the source's punctuation: "minors" against "minors,".
  const lastQuote = quoteWords[quoteWords.length - 1] ?? "";
  const lastSource = sourceWords[sourceWords.length - 1] ?? "";
  if (lastSource !== lastQuote && lastSource.replace(/[.,;:!?]+$/, "") === lastQuote) {
    sourceWords[sourceWords.length - 1] = lastQuote;
    end -= lastSource.length - lastQuote.length;
  }
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
    score: same - (diff.length - diff.filter((d) => d.op === "equal").length),
  };
}

function truncate(summary: string): string {
  const parts = summary.split("; ");
  return parts.length > 3 ? `${parts.slice(0, 3).join("; ")}; and ${parts.length - 3} more changes` : summary;
}
