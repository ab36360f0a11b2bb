/** qualified: the source goes on, right after the quoted words, to qualify them. */
import type { Caution } from "./caution-types.ts";
import { firstWords, isQuoted, passageOf, sentenceAt, triggerOf, trimSpan, type QuotedPlace } from "./quoted-place.ts";
import { passageSpans, perPassage, type Span } from "./sentences.ts";
import { passageEndCanonical, type SourceIndex } from "./source-index.ts";

/** A qualification later in the same sentence. */
const GOES_ON = /(?:, (?:but|although|except|while|whereas|though)|; however| unless)(?![A-Za-z0-9])/gi;
/** A next sentence that opens with a qualification. */
const OPENS = /^(?:However|But|While|Although|Nevertheless|Yet|In contrast|On the other hand)(?![A-Za-z0-9])/;

/**
 * After each quoted piece, the rest of its sentence and the next sentence of the passage: a
 * qualification there that the quote leaves out ("…, but …"; "However, …") is a caution.
 */
export function qualifiedCautions(place: QuotedPlace): Caution[] {
  const cautions: Caution[] = [];
  for (const piece of place.pieces) {
    const at = qualificationAfter(place, piece.end);
    if (!at || isQuoted(place, at.start)) continue;
    const trigger = triggerOf(place, at);
    if (cautions.some((c) => c.trigger.start === trigger.start)) continue;
    const words = firstWords(place, at);
    cautions.push({
      kind: "qualified",
      message: `The source qualifies this right after: "${words}"${words.endsWith(".") ? "" : "."}`,
      trigger,
    });
  }
  return cautions;
}

/** Whether a passage qualifies anything it says (when not, no quote from it needs the check). */
export function qualifies(index: SourceIndex, passageIndex: number): boolean {
  const { goesOn, opens } = qualificationsOf(index, passageIndex);
  return goesOn.length > 0 || opens.size > 0;
}

/** The qualification after canonical offset `end`, to the end of its sentence, if there is one. */
function qualificationAfter(place: QuotedPlace, end: number): Span | undefined {
  const { goesOn, opens } = qualificationsOf(place.index, passageOf(place, Math.max(0, end - 1)));
  if (goesOn.length === 0 && opens.size === 0) return undefined;
  const { sentences, k } = sentenceAt(place, Math.max(0, end - 1));
  const sentence = sentences[k]!;
  for (const q of goesOn) {
    if (q.mark >= end && q.mark < sentence.end) return trimSpan(place.index.canonical, { start: q.words, end: sentence.end });
  }
  const next = sentences[k + 1];
  return next && opens.has(next.start) ? trimSpan(place.index.canonical, next) : undefined;
}

/** Where a passage qualifies what it said: ", but …" marks (and their first word), and sentences that open with "However". */
const qualificationsOf = perPassage(function findQualifications(index: SourceIndex, passageIndex: number) {
  const base = index.passageStarts[passageIndex]!;
  const text = index.canonical.slice(base, passageEndCanonical(index, index.source.reading.passages[passageIndex]!));
  const goesOn = [...text.matchAll(GOES_ON)].map((m) => ({ mark: base + m.index, words: base + m.index + (m[0][0] === " " ? 1 : 2) }));
  const opens = new Set(
    passageSpans(index, passageIndex)
      .sentences.filter((s) => OPENS.test(index.canonical.slice(s.start, s.start + 20)))
      .map((s) => s.start),
  );
  return { goesOn, opens };
});
