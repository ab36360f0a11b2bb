/**
 * Cautions: where a verified quote may still mislead a reader, so a reviewer must look
 * (docs/citation-rules.md, "Cautions"). Each kind is worked out by its own function.
 */
import { attributes, attributionCaution } from "./attribution-caution.ts";
import type { Caution } from "./caution-types.ts";
import { longElisionCautions } from "./long-elision-caution.ts";
import { dates, olderDataCaution } from "./older-data-caution.ts";
import { qualifiedCautions, qualifies } from "./qualified-caution.ts";
import { passageOf, quotedPlace, type FoundPieces } from "./quoted-place.ts";
import { perPassage, type Span } from "./sentences.ts";
import type { SourceIndex } from "./source-index.ts";

export { CAUTION_KINDS, type Caution, type CautionKind } from "./caution-types.ts";

/** The cautions of a verified quote, by kind (in CAUTION_KINDS order; each check lists its own by position). */
export function cautionsFor(
  index: SourceIndex,
  match: FoundPieces & { start: number; end: number },
  canonical?: readonly Span[],
): Caution[] {
  const place = quotedPlace(index, match, canonical);
  const last = passageOf(place, place.pieces[place.pieces.length - 1]!.start);
  let checks = checksOf(index, match.passageIndex);
  // A quote that runs into the next passage needs the checks either passage needs.
  if (last !== match.passageIndex) checks |= checksOf(index, last);
  const cautions: Caution[] = [];
  const attribution = checks & ATTRIBUTION ? attributionCaution(place) : undefined;
  if (attribution) cautions.push(attribution);
  const olderData = checks & OLDER_DATA ? olderDataCaution(place, match) : undefined;
  if (olderData) cautions.push(olderData);
  if (checks & QUALIFIED) cautions.push(...qualifiedCautions(place));
  if (place.pieces.length > 1) cautions.push(...longElisionCautions(place));
  return cautions;
}

const ATTRIBUTION = 1;
const OLDER_DATA = 2;
const QUALIFIED = 4;

/** The checks a passage's words can make fire: most passages need one or none. */
const checksOf = perPassage(function checksFor(index: SourceIndex, passageIndex: number): number {
  return (
    (attributes(index, passageIndex) ? ATTRIBUTION : 0) |
    (dates(index, passageIndex) ? OLDER_DATA : 0) |
    (qualifies(index, passageIndex) ? QUALIFIED : 0)
  );
});
