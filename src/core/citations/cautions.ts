/**
 * Cautions: where a verified quote may still mislead a reader, so a reviewer must look
 * (docs/citation-rules.md, "Cautions"). Each kind is worked out by its own function.
 */
import { attributionCaution } from "./attribution-caution.ts";
import type { Caution } from "./caution-types.ts";
import { longElisionCautions } from "./long-elision-caution.ts";
import { olderDataCaution } from "./older-data-caution.ts";
import { qualifiedCautions } from "./qualified-caution.ts";
import { quotedPlace, type FoundPieces } from "./quoted-place.ts";
import type { Span } from "./sentences.ts";
import type { SourceIndex } from "./source-index.ts";

export { CAUTION_KINDS, type Caution, type CautionKind } from "./caution-types.ts";

/** The cautions of a verified quote, by kind (in CAUTION_KINDS order; each check lists its own by position). */
export function cautionsFor(
  index: SourceIndex,
  match: FoundPieces & { start: number; end: number },
  canonical?: readonly Span[],
): Caution[] {
  const place = quotedPlace(index, match, canonical);
  const cautions: Caution[] = [];
  const attribution = attributionCaution(place);
  if (attribution) cautions.push(attribution);
  const olderData = olderDataCaution(place, match);
  if (olderData) cautions.push(olderData);
  cautions.push(...qualifiedCautions(place));
  if (place.pieces.length > 1) cautions.push(...longElisionCautions(place));
  return cautions;
}
