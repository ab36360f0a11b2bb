import approxSearch from "approx-string-match";
import type { Passage } from "../sources/model.ts";
import { words } from "../text/canonical.ts";
import { keyWords, passageEndCanonical, PASSAGE_BREAK, type SourceIndex } from "./source-index.ts";
import { describeChanges, punctuationChanges, wordDiff, type DiffPart } from "./word-diff.ts";

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
  const candidates = [...new Set([...prefer.map((p) => p.index), ...rankByRareWords(index, quote)])];
  const regions = candidates.map((i) => region(index, passages[i]!));
  let best: (Closest & { score: number }) | undefined;
  const consider = (found: Closest & { score: number }) => {
    if (!best || found.score > best.score) best = found;
  };
  // First the cheap way: the quote's first and last words in place, with the change between.
  for (const r of regions) {
    const spanned = headToTail(r.text, quote);
    if (!spanned) continue;
    const found = describe(index, r.passage, r.from + spanned.start, r.from + spanned.end, quote);
    const crosses = index.canonical.slice(r.from + spanned.start, r.from + spanned.end).includes(PASSAGE_BREAK);
    consider(crosses ? { ...found, score: found.score - 0.5 } : found);
  }
  // One changed word is as close as an altered quote gets: no alignment can do better.
  if (best && best.altered && best.diff.filter((d) => d.op !== "equal").length <= 2) return withoutScore(best);
  // Then alignment inside the candidates, allowing a quarter of the characters to differ, then half.
  for (const share of [4, 2]) {
    for (const r of regions) {
      // Overlapping best windows differ only at their ends; two are enough to choose from.
      for (const w of approxSearch(r.text, quote, Math.floor(quote.length / share)).slice(0, 2)) {
        consider(describe(index, r.passage, r.from + w.start, r.from + w.end, quote));
      }
    }
    if (best?.altered) break;
  }
  return best ? withoutScore(best) : undefined;
}

/** A candidate passage and the next one (a splice may run across a paragraph end). */
function region(index: SourceIndex, passage: Passage): { passage: Passage; from: number; text: string } {
  const next = index.source.reading.passages[passage.index + 1];
  const from = index.passageStarts[passage.index]!;
  const to = next ? passageEndCanonical(index, next) : passageEndCanonical(index, passage);
  return { passage, from, text: index.canonical.slice(from, to).replace(PASSAGE_BREAK, " ") };
}

function withoutScore(found: Closest & { score: number }): Closest {
  const { score: _score, ...closest } = found;
  return closest;
}

/** How many of the quote's rarest words take part in choosing candidates. */
const RARE_WORDS = 8;

/**
 * Passages ranked by the rare words they share with the quote (summed inverse document
 * frequency). Only the quote's rarest words count: common ones cost time and tell nothing.
 */
function rankByRareWords(index: SourceIndex, quote: string): number[] {
  const n = index.source.reading.passages.length;
  const lists = [...new Set(keyWords(quote))]
    .map((w) => index.wordPassages.get(w))
    .filter((l): l is number[] => l !== undefined)
    .sort((a, b) => a.length - b.length)
    .slice(0, RARE_WORDS);
  const scores = new Float64Array(n);
  const touched: number[] = [];
  for (const list of lists) {
    const idf = Math.log(1 + n / list.length);
    for (const p of list) {
      if (scores[p] === 0) touched.push(p);
      scores[p]! += idf;
    }
  }
  // The best few by score (ties: document order), without sorting every passage touched.
  const best: number[] = [];
  for (const p of touched) {
    let k = best.length;
    while (k > 0 && (scores[best[k - 1]!]! < scores[p]! || (scores[best[k - 1]!] === scores[p] && best[k - 1]! > p))) k--;
    if (k < CANDIDATES) {
      best.splice(k, 0, p);
      if (best.length > CANDIDATES) best.pop();
    }
  }
  return best;
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
  const isBreak = (c: string | undefined) => c === " " || c === PASSAGE_BREAK;
  while (start > 0 && !isBreak(text[start - 1])) start--;
  while (end < text.length && !isBreak(text[end])) end++;
  // A character alignment may stop short of the words a quote dropped ("was [neither] illegal
  // [nor …]"): a few more source words are tried, and the best word diff kept.
  let best = evaluate(index, passage, start, end, quote);
  let at = end;
  // Only worth trying when the diff does not already end on matching words.
  const endsEqual = best.diff[best.diff.length - 1]?.op === "equal";
  for (let k = 0; k < 6 && !endsEqual && at < text.length && text[at] === " "; k++) {
    at++;
    while (at < text.length && !isBreak(text[at])) at++;
    const longer = evaluate(index, passage, start, at, quote);
    if (longer.score > best.score) best = longer;
  }
  return best;
}

function evaluate(index: SourceIndex, passage: Passage, start: number, end: number, quote: string): Closest & { score: number } {
  const text = index.canonical;
  const crosses = text.slice(start, end).includes(PASSAGE_BREAK);
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
  const changes = diff.length - diff.filter((d) => d.op === "equal").length;
  const onlyOmissions = diff.every((d) => d.op !== "insert");
  const omitted = diff.filter((d) => d.op === "delete").reduce((n, d) => n + words(d.text).length, 0);
  const dropped = diff.filter((d) => d.op === "delete").map((d) => `"${d.text}"`);
  const summary = !onlyOmissions
    ? truncate(describeChanges(diff))
    : omitted === 0
      ? truncate(punctuationChanges(diff, sourceWords, quoteWords).join("; ")) // the words are the same; a mark is not
      : omitted <= 4
        ? `leaves out ${dropped.join(", ")} without an elision mark`
        : `${omitted} words of the source left out without an elision mark`;
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
    // A window running into the next passage loses a tie against one that does not.
    score: same - changes - (crosses ? 0.5 : 0),
  };
}

function truncate(summary: string): string {
  const parts = summary.split("; ");
  return parts.length > 3 ? `${parts.slice(0, 3).join("; ")}; and ${parts.length - 3} more changes` : summary;
}
