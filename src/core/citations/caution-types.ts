import type { CautionKind } from "../schema/caution-kinds.ts";

// The order cautions are listed in is CAUTION_KINDS's.
export { CAUTION_KINDS, type CautionKind } from "../schema/caution-kinds.ts";

export interface Caution {
  kind: CautionKind;
  /** One sentence for a reviewer that quotes the source words that triggered it. */
  message: string;
  /** Reading-text range of those source words, for highlighting. */
  trigger: { start: number; end: number };
  /** attribution: who the source says claims the words, in the source's words ("the 2013 UN special rapporteur report"). */
  who?: string;
  /** older-data: the (latest) year the data describes, e.g. 2004. */
  dataYear?: number;
}

/** Each kind in words, for a reviewer: "Attributed to someone else". */
export const CAUTION_NAMES: Record<CautionKind, string> = {
  attribution: "Attributed to someone else",
  "older-data": "Older data",
  qualified: "Qualified right after",
  "long-elision": "Long cut inside a sentence",
};
