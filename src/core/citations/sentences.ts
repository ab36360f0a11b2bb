/**
 * Sentences and clauses of a passage, in the canonical text of its source index: what the
 * elision rule calls "near" and what the cautions call "the sentence before" or "the next".
 */
import { passageEndCanonical, type SourceIndex } from "./source-index.ts";

/** A [start, end) range of canonical offsets. */
export interface Span {
  start: number;
  end: number;
}

/**
 * A passage split into sentences, and each sentence into clauses. Both lists cover the passage
 * without gaps: a span runs from its first character to the first character of the next, so
 * every offset of the passage is in exactly one sentence and one clause.
 */
export interface PassageSpans {
  sentences: Span[];
  clauses: Span[];
}

/** Words before a full stop that do not end a sentence ("para. 9", "No. 182", "U.S. Department"). */
const ABBREVIATIONS = new Set(
  (
    "para paras p pp art arts no nos doc vol vols fig ch sect sec ed eds cf al e.g i.e viz vs approx ca " +
    "mr mrs ms dr prof st jr inc ltd co corp add rev corr gen jan feb mar apr jun jul aug sep sept oct nov dec"
  ).split(" "),
);

/** A stop (with closing quotes or brackets) and a space: a sentence ends there when what follows can open one. */
const SENTENCE_END = /[.!?]["')\]]* (?=\S)/g;
/** A semicolon or colon before a space, or a list item's marker "(a)", "(iv)" after one. */
const CLAUSE_END = /[;:](?= )| (?=\((?:[a-z]|[ivx]{1,4})\) )/g;

/** A value worked out once per passage of a source index, when first asked for. */
export function perPassage<T>(build: (index: SourceIndex, passageIndex: number) => T): (index: SourceIndex, passageIndex: number) => T {
  const cache = new WeakMap<SourceIndex, (T | undefined)[]>();
  return (index, passageIndex) => {
    let passages = cache.get(index);
    if (!passages) cache.set(index, (passages = []));
    let value = passages[passageIndex];
    if (value === undefined) passages[passageIndex] = value = build(index, passageIndex);
    return value;
  };
}

/** The sentences and clauses of one passage. */
export const passageSpans = perPassage(split);

/** The position in `spans` of the span holding canonical offset `at` (the first or last when outside). */
export function spanAt(spans: readonly Span[], at: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (spans[mid]!.start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function split(index: SourceIndex, passageIndex: number): PassageSpans {
  const start = index.passageStarts[passageIndex]!;
  const end = passageEndCanonical(index, index.source.reading.passages[passageIndex]!);
  const text = index.canonical.slice(start, end);
  const sentenceStarts = [0];
  for (const m of text.matchAll(SENTENCE_END)) {
    const next = m.index + m[0].length;
    if (!opensSentence(text[next]!) || (m[0][0] === "." && isAbbreviation(text, m.index))) continue;
    sentenceStarts.push(next);
  }
  const clauseStarts = new Set(sentenceStarts);
  for (const m of text.matchAll(CLAUSE_END)) clauseStarts.add(m.index + (m[0] === " " ? 1 : 2));
  const toSpans = (starts: number[]) =>
    starts.map((s, k) => ({ start: start + s, end: start + (k + 1 < starts.length ? starts[k + 1]! : text.length) }));
  return { sentences: toSpans(sentenceStarts), clauses: toSpans([...clauseStarts].sort((a, b) => a - b)) };
}

/** Whether the full stop at `dot` ends an abbreviation, an initial ("M. Patt") or a paragraph number. */
function isAbbreviation(text: string, dot: number): boolean {
  const from = Math.max(text.lastIndexOf(" ", dot - 1), text.lastIndexOf("(", dot - 1), text.lastIndexOf('"', dot - 1)) + 1;
  const word = text.slice(from, dot);
  if (from === 0 && /^\d+$/.test(word)) return true; // the paragraph's printed number, "75."
  return word.length === 1 || /^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word) || ABBREVIATIONS.has(word.toLowerCase());
}

/** A capital letter (of any script), a digit, an opening quote or bracket. */
function opensSentence(c: string): boolean {
  return (c >= "0" && c <= "9") || c === '"' || c === "'" || c === "(" || c === "[" || c !== c.toLowerCase();
}

/** A letter or digit of any script (the common ASCII case without a regular expression). */
export function isWordChar(c: string | undefined): boolean {
  if (c === undefined) return false;
  if ((c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9")) return true;
  return c > "\u007f" && /[\p{L}\p{N}]/u.test(c);
}
