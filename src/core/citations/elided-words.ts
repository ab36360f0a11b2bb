/**
 * The elision rule: a cut may never leave out, near the words it keeps, a word that reverses
 * them, makes them less certain or says who claims them (docs/citation-rules.md, "Elisions").
 */
import { canonicalRange } from "./canonical-ranges.ts";
import { passageAtCanonical, type SourceIndex } from "./source-index.ts";
import { passageSpans, spanAt, type Span } from "./sentences.ts";

/** What the word left out did to the kept words. */
export type ElidedEffect = "reverses" | "uncertain" | "attribution";

export interface ElidedWord {
  /** The word as the source prints it (in canonical form: straight apostrophes). */
  word: string;
  effect: ElidedEffect;
}

/** The reading-text ranges of a verified quote's pieces. */
interface Pieces {
  pieces: readonly { start: number; end: number }[];
}

const NEGATION = String.raw`not|never|no|nor|neither|none|nothing|nobody|nowhere|without|cannot|hardly|\p{L}+n't`;
const UNCERTAIN = String.raw`reportedly|allegedly|alleged|apparently|may|might|could|possibly|probably|likely|some|estimated|believed|suggest(?:s|ed)?`;
const ATTRIBUTION = String.raw`according to|reported|claimed`;
const APPROXIMATOR = String.raw`about|approximately|around|nearly|almost|up to|as many as`;
const NUMBER = new RegExp(
  String.raw`(?:a )?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|dozens?|half|third|quarter)(?![\p{L}\p{N}]))`,
  "iuy",
);
const WORDS = new RegExp(
  String.raw`(?<![\p{L}\p{N}'])(?:(${NEGATION})|(${UNCERTAIN})|(${ATTRIBUTION})|(${APPROXIMATOR}))(?![\p{L}\p{N}])`,
  "giu",
);
/** Words before "May" that make it the month ("in May 2010", "15 May"). */
const BEFORE_MONTH = /(?:\d|\b(?:in|of|since|until|by|from|to|and|early|late|mid|end)) $/i;

/**
 * The first word each elided gap of `match` leaves out near the kept words: in the clause of
 * the last kept word before the gap or of the first kept word after it. Clauses the cut skips
 * whole (sentences, list items) are not near. A negation is reported before any other word.
 * `canonical` gives the pieces' canonical ranges when the caller has them.
 */
export function elidedWord(index: SourceIndex, match: Pieces, canonical?: readonly Span[]): ElidedWord | undefined {
  let first: ElidedWord | undefined;
  for (let k = 1; k < match.pieces.length; k++) {
    const before = canonical?.[k - 1] ?? canonicalRange(index, match.pieces[k - 1]!);
    const after = canonical?.[k] ?? canonicalRange(index, match.pieces[k]!);
    for (const near of nearRanges(index, before.end, after.start)) {
      const found = wordIn(index.canonical, near, after.start);
      if (found?.effect === "reverses") return found;
      first ??= found;
    }
  }
  return first;
}

/** The parts of the gap [gapStart, gapEnd) that share a clause with the kept words on either side. */
function nearRanges(index: SourceIndex, gapStart: number, gapEnd: number): Span[] {
  const left = clauseOf(index, gapStart - 1);
  const right = clauseOf(index, gapEnd);
  if (left.start === right.start) return [{ start: gapStart, end: gapEnd }];
  return [
    { start: gapStart, end: Math.min(gapEnd, left.end) },
    { start: Math.max(gapStart, right.start), end: gapEnd },
  ].filter((r) => r.end > r.start);
}

function clauseOf(index: SourceIndex, at: number): Span {
  const { clauses } = passageSpans(index, passageAtCanonical(index, at).index);
  return clauses[spanAt(clauses, at)]!;
}

/** The first listed word in `range` of the canonical text; an approximator only before a number the quote keeps. */
function wordIn(text: string, range: Span, keptFrom: number): ElidedWord | undefined {
  const region = text.slice(range.start, range.end);
  let first: ElidedWord | undefined;
  for (const m of region.matchAll(WORDS)) {
    const word = m[0];
    const end = range.start + m.index + word.length;
    if (m[1] !== undefined) {
      if (/^no$/i.test(word) && /^\. ?\d/.test(text.slice(end, end + 3))) continue; // "No. 182"
      return { word, effect: "reverses" };
    }
    if (first) continue;
    if (m[2] !== undefined) {
      const start = end - word.length;
      if (word === "May" && (/^ \d/.test(text.slice(end, end + 2)) || BEFORE_MONTH.test(text.slice(Math.max(0, start - 8), start))))
        continue;
      first = { word, effect: "uncertain" };
    } else if (m[3] !== undefined) first = { word, effect: "attribution" };
    else if (keptNumberAt(text, end, keptFrom)) first = { word, effect: "uncertain" };
  }
  return first;
}

/** Whether the approximator ending at `end` stands right before a number that starts the kept words. */
function keptNumberAt(text: string, end: number, keptFrom: number): boolean {
  const at = text[end] === " " ? end + 1 : end;
  if (at !== keptFrom) return false;
  NUMBER.lastIndex = at;
  return NUMBER.test(text);
}
