/**
 * Which of a verdict's cautions the excerpt acknowledges (`acknowledge=` in the module file): an
 * unacknowledged one is a DRAFT reason; an acknowledged one may change the printed citation.
 */
import { CAUTION_KINDS, type CautionKind } from "../schema/caution-kinds.ts";
import type { Caution } from "./caution-types.ts";
import type { Verdict } from "./verify.ts";

/** A caution of a verdict, and whether the excerpt acknowledges its kind. */
export interface CheckedCaution extends Caution {
  acknowledged: boolean;
}

export interface Acknowledgements {
  /** The verdict's cautions, in its order. */
  cautions: CheckedCaution[];
  /** Kinds the excerpt acknowledges that its verified quote no longer has: a warning, not an error. */
  stale: CautionKind[];
}

/** The verdict's cautions checked against the kinds an excerpt acknowledges. */
export function acknowledgements(verdict: Verdict | undefined, acknowledge: readonly CautionKind[] = []): Acknowledgements {
  const cautions = (verdict?.cautions ?? []).map((c) => ({ ...c, acknowledged: acknowledge.includes(c.kind) }));
  // A rejected quote has no cautions at all: its acknowledgements are not stale, its words are wrong.
  const stale =
    verdict?.status === "verified" ? CAUTION_KINDS.filter((k) => acknowledge.includes(k) && !cautions.some((c) => c.kind === k)) : [];
  return { cautions, stale };
}

/** The kinds acknowledged once `kind` is ticked (or unticked), in canonical order. */
export function withAcknowledged(acknowledge: readonly CautionKind[], kind: CautionKind, on: boolean): CautionKind[] {
  return CAUTION_KINDS.filter((k) => (k === kind ? on : acknowledge.includes(k)));
}
