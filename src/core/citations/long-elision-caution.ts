/** long-elision: a cut inside a sentence long enough, or with a figure in it, to change what the sentence says. */
import type { Caution } from "./caution-types.ts";
import { clauseAt, sentenceAt, sourceWords, triggerOf, trimSpan, type QuotedPlace } from "./quoted-place.ts";
import type { Span } from "./sentences.ts";

/** Words a cut may leave out of one sentence before a reviewer must look. */
export const LONG_ELISION_WORDS = 8;

/** A figure or a year: digits, or a number written out ("five to 10 years"). */
const FIGURE =
  /(?<![\p{L}\p{N}])(?:\p{N}|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?|half)(?![\p{L}\p{N}]))/iu;
/** The number a paragraph is printed with ("75. "): not part of its words. */
const PARAGRAPH_NUMBER = /^\d+\. /;

/**
 * A caution for each sentence an elision cuts into: the words it leaves out of the clauses the
 * quote keeps words of, when they are 8 or more or hold a figure. Sentences and list items
 * the cut skips whole are not counted.
 */
export function longElisionCautions(place: QuotedPlace): Caution[] {
  const cautions: Caution[] = [];
  for (let k = 1; k < place.pieces.length; k++) {
    for (const cut of cutsOfSentences(place, place.pieces[k - 1]!.end, place.pieces[k]!.start)) {
      const caution = judge(place, cut);
      if (caution) cautions.push(caution);
    }
  }
  return cautions;
}

/** The words the gap leaves out of partly quoted clauses, grouped by sentence. */
function cutsOfSentences(place: QuotedPlace, gapStart: number, gapEnd: number): Span[][] {
  const left = clauseAt(place, gapStart - 1);
  const right = clauseAt(place, gapEnd);
  if (left === right) return [[{ start: gapStart, end: gapEnd }]];
  const tail = { start: gapStart, end: Math.min(gapEnd, left.end) };
  const head = { start: Math.max(gapStart, right.start), end: gapEnd };
  const { sentences, k } = sentenceAt(place, head.start);
  if (k === 0 && head.start === sentences[0]!.start) {
    // A cut into the next passage does not leave out that paragraph's printed number.
    const number = PARAGRAPH_NUMBER.exec(place.index.canonical.slice(head.start, head.end));
    if (number) head.start += number[0].length;
  }
  const cuts = [tail, head].filter((c) => c.end > c.start);
  const sameSentence = sentenceAt(place, gapStart - 1).sentences[sentenceAt(place, gapStart - 1).k] === sentences[k];
  return sameSentence ? [cuts] : cuts.map((c) => [c]);
}

function judge(place: QuotedPlace, cuts: Span[]): Caution | undefined {
  if (cuts.length === 0) return undefined;
  const spans = cuts.map((c) => trimSpan(place.index.canonical, c));
  const text = spans.map((c) => place.index.canonical.slice(c.start, c.end)).join(" ");
  const words = text.split(" ").filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  const figure = FIGURE.test(text);
  if (words < LONG_ELISION_WORDS && !figure) return undefined;
  const what = `${words} word${words === 1 ? "" : "s"}${figure ? ", with a figure," : ""}`;
  const shown = spans.map((c) => sourceWords(place, c)).join(" … ");
  const whole = { start: spans[0]!.start, end: spans[spans.length - 1]!.end };
  return {
    kind: "long-elision",
    message: `The elision leaves out ${what} of one sentence ("${shown}"): confirm the quote keeps its meaning.`,
    trigger: triggerOf(place, whole),
  };
}
