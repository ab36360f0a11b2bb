import type { TextRange } from "./sentence.ts";
import { indexTerms, JOINER_CHARS, WORD, wordSpans, type WordSpan } from "./search-terms.ts";

/** Words one at a time (markedWords stops early; markers are skipped in order). */
const WORD_AT = new RegExp(WORD.source, "gu");

/** A piece of a snippet; `match` marks a word the query found. */
export interface SnippetSegment {
  text: string;
  match: boolean;
}

/** Words of context a snippet shows around the first match. */
export const SNIPPET_WORDS = 30;
/** Of those, how many come before the first match. */
const WORDS_BEFORE = 8;

/** [start, end, start, end …] as ranges, in text order. */
export function markerRanges(flat: readonly number[]): TextRange[] {
  const ranges: TextRange[] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) ranges.push({ start: flat[i]!, end: flat[i + 1]! });
  return ranges.sort((a, b) => a.start - b.start);
}

/** A word of a passage, and whether one of its terms matched the query. */
export type MarkedWord = WordSpan & { match: boolean };

/**
 * The words of a passage, note markers left out, each marked when one of its terms matched. A
 * joined word that matched by a part ("narcotics-trafficking" for "trafficking") comes as its parts.
 * With `after`, reading stops `after` words past the first match: a snippet needs no more.
 */
export function markedWords(text: string, markers: readonly TextRange[], matched: ReadonlySet<string>, after = Infinity): MarkedWord[] {
  const words: MarkedWord[] = [];
  let marker = 0;
  let stopAt = Infinity;
  WORD_AT.lastIndex = 0;
  for (let m = WORD_AT.exec(text); m && words.length < stopAt; m = WORD_AT.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    while (marker < markers.length && markers[marker]!.end <= start) marker++;
    if (marker < markers.length && markers[marker]!.start < end) continue;
    const terms = termsOf(m[0]);
    const before = words.length;
    if (!terms.some((t) => matched.has(t))) words.push({ text: m[0], start, end, match: false });
    else if (terms.length === 1 || matched.has(terms[0]!)) words.push({ text: m[0], start, end, match: true });
    else
      for (const part of partSpans({ text: m[0], start, end }))
        words.push({ ...part, match: termsOf(part.text).some((t) => matched.has(t)) });
    if (stopAt === Infinity && words.slice(before).some((w) => w.match)) stopAt = before + 1 + after;
  }
  return words;
}

/** Index terms by word: a library has a few thousand distinct words, and each hit's words are looked up. */
const termCache = new Map<string, string[]>();
function termsOf(word: string): string[] {
  let terms = termCache.get(word);
  if (!terms) {
    if (termCache.size > 100_000) termCache.clear();
    terms = indexTerms(word);
    termCache.set(word, terms);
  }
  return terms;
}

/** The parts of a joined word, split at its hyphens and apostrophes. */
function partSpans(word: WordSpan): WordSpan[] {
  return wordSpans(word.text.replace(JOINER_CHARS, " ")).map((p) => ({
    text: p.text,
    start: word.start + p.start,
    end: word.start + p.end,
  }));
}

/** Text of [from, to) without note markers, white space (line and cell breaks too) as one space. */
export function cleanSlice(text: string, from: number, to: number, markers: readonly TextRange[]): string {
  let out = "";
  let at = from;
  for (const m of markers) {
    if (m.end <= at || m.start >= to) continue;
    out += text.slice(at, Math.max(at, m.start));
    at = Math.min(to, m.end);
  }
  out += text.slice(at, to);
  return out.replace(/\s+/g, " ");
}

/**
 * About thirty words of the passage around its first matched word, the matched words as their
 * own segments, an ellipsis where the passage goes on.
 */
export function snippetOf(text: string, markers: readonly TextRange[], matched: ReadonlySet<string>): SnippetSegment[] {
  // Enough words past the first match to fill the snippet, and one more to know whether it goes on.
  const words = markedWords(text, markers, matched, SNIPPET_WORDS);
  if (words.length === 0) return [{ text: cleanSlice(text, 0, text.length, markers).trim(), match: false }];
  const first = Math.max(
    0,
    words.findIndex((w) => w.match),
  );
  let from = Math.max(0, first - WORDS_BEFORE);
  const to = Math.min(words.length, from + SNIPPET_WORDS);
  from = Math.max(0, to - SNIPPET_WORDS);
  const segments: SnippetSegment[] = [];
  const add = (piece: string, match: boolean) => {
    const last = segments.at(-1);
    if (last && !last.match && !match) last.text += piece;
    else if (piece) segments.push({ text: piece, match });
  };
  if (from > 0) add("… ", false);
  for (let i = from; i < to; i++) {
    const word = words[i]!;
    if (i > from) add(cleanSlice(text, words[i - 1]!.end, word.start, markers), false);
    add(word.text, word.match);
  }
  // Closing punctuation of the last word ("stations.") belongs to the snippet.
  const lastEnd = words[to - 1]!.end;
  const tail = /^[^\s\p{L}\p{N}]*/u.exec(cleanSlice(text, lastEnd, Math.min(text.length, lastEnd + 8), markers))![0];
  add(tail, false);
  if (to < words.length) add(" …", false);
  return segments;
}
