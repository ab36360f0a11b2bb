import type { Passage } from "../sources/model.ts";
import type { Source } from "../sources/source.ts";
import { canonicalize, words } from "../text/canonical.ts";

/** Canonical passages joined by this character, so no quote can run from one into the next. */
export const PASSAGE_BREAK = "\u2029";

/** What verification searches: the canonical form of every passage, mapped back to reading text. */
export interface SourceIndex {
  source: Source;
  /** Canonical passages joined by PASSAGE_BREAK. */
  canonical: string;
  /** Reading-text offset of each canonical char (and of the end). */
  toReading: Int32Array;
  /** Canonical start offset of each passage (by passage index). */
  passageStarts: Int32Array;
  /** Canonical offsets where a note marker was skipped, and the marker's digits ("2", "174"). */
  markerGaps: Map<number, string>;
  /** Canonical offsets of hyphens that ended a raw line ("ground-⏎breaking"): a quote may leave them out. */
  optionalHyphens: Set<number>;
  /** Lower-case words printed broken at a line-end hyphen, without it ("groundbreaking") → where it stood (6). */
  brokenWords: Map<string, number>;
  /** Lower-case word → indices of the passages containing it. */
  wordPassages: Map<string, number[]>;
}

const cache = new WeakMap<Source, SourceIndex>();

/** The index of a source, built once per loaded source. */
export function indexSource(source: Source): SourceIndex {
  const cached = cache.get(source);
  if (cached) return cached;
  const { text, passages } = source.reading;
  const parts: string[] = [];
  // Canonical text is never longer than the passages plus one break between each.
  const map = new Int32Array(text.length + passages.length + 1);
  const passageStarts = new Int32Array(passages.length);
  const markerGaps = new Map<number, string>();
  const optionalHyphens = new Set<number>();
  const wordPassages = new Map<string, number[]>();
  const lineBreakHyphens = source.reading.lineBreakHyphens;
  let hyphenIndex = 0;
  let offset = 0;
  for (const p of passages) {
    if (p.index > 0) {
      parts.push(PASSAGE_BREAK);
      map[offset++] = p.start;
    }
    passageStarts[p.index] = offset;
    const skip = p.noteRefs.map((r) => [r.start - p.start, r.end - p.start] as const);
    const hyphens = new Set<number>();
    while (hyphenIndex < lineBreakHyphens.length && lineBreakHyphens[hyphenIndex]! < p.end) {
      if (lineBreakHyphens[hyphenIndex]! >= p.start) hyphens.add(lineBreakHyphens[hyphenIndex]! - p.start);
      hyphenIndex++;
    }
    const c = canonicalize(text.slice(p.start, p.end), skip, { lineBreakHyphens: hyphens });
    parts.push(c.text);
    for (let i = 0; i < c.text.length; i++) map[offset + i] = p.start + c.toSource[i]!;
    c.markerGaps.forEach((g, k) => markerGaps.set(offset + g, c.markers[k]!));
    for (const h of c.optionalHyphens) optionalHyphens.add(offset + h);
    for (const w of new Set(words(wordKey(c.text)))) {
      const list = wordPassages.get(w);
      if (list) list.push(p.index);
      else wordPassages.set(w, [p.index]);
    }
    offset += c.text.length;
  }
  map[offset] = text.length;
  const toReading = map.slice(0, offset + 1);
  const canonical = parts.join("");
  const brokenWords = wordsAroundHyphens(canonical, optionalHyphens);
  const index = { source, canonical, toReading, passageStarts, markerGaps, optionalHyphens, brokenWords, wordPassages };
  cache.set(source, index);
  return index;
}

/** Takes an index built earlier for this source's reading text (the command line keeps them between runs). */
export function adoptIndex(source: Source, built: Omit<SourceIndex, "source">): SourceIndex {
  const index = { ...built, source };
  cache.set(source, index);
  return index;
}

/** Each word broken at an optional hyphen, joined and in lower case, with the hyphen's place in it. */
function wordsAroundHyphens(canonical: string, hyphens: Set<number>): Map<string, number> {
  const found = new Map<string, number>();
  const letter = /\p{L}/u;
  for (const h of hyphens) {
    let from = h;
    while (from > 0 && letter.test(canonical[from - 1]!)) from--;
    let to = h + 1;
    while (to < canonical.length && letter.test(canonical[to]!)) to++;
    found.set((canonical.slice(from, h) + canonical.slice(h + 1, to)).toLowerCase(), h - from);
  }
  return found;
}

/** Word form used for candidate lookup: lower case, outer punctuation dropped. */
export function wordKey(canonical: string): string {
  return canonical.toLowerCase().replace(/[^\p{L}\p{N}\s]+/gu, " ");
}

let lastText = "";
let lastKeys: string[] = [];

/** The lookup words of a text (the last answer is kept: one quote asks several times). */
export function keyWords(text: string): string[] {
  if (text !== lastText) {
    lastText = text;
    lastKeys = wordKey(text)
      .split(" ")
      .filter((w) => w.length > 0);
  }
  return lastKeys;
}

/** The passage holding canonical offset `at`. */
export function passageAtCanonical(index: SourceIndex, at: number): Passage {
  const starts = index.passageStarts;
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return index.source.reading.passages[lo]!;
}

/** Canonical end offset of a passage. */
export function passageEndCanonical(index: SourceIndex, passage: Passage): number {
  const next = index.passageStarts[passage.index + 1];
  return next === undefined ? index.canonical.length : next - 1;
}
