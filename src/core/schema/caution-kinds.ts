/**
 * Why verified words may still mislead a reader (DESIGN.md, "Faithful, not only verbatim"). The kinds
 * live with the schema because a module file names them (`acknowledge=attribution`).
 */
export const CAUTION_KINDS = ["attribution", "older-data", "qualified", "long-elision"] as const;
export type CautionKind = (typeof CAUTION_KINDS)[number];

/** Kinds in CAUTION_KINDS order, each once: the form a module file writes them in. */
export function canonicalKinds(kinds: readonly CautionKind[]): CautionKind[] {
  return CAUTION_KINDS.filter((k) => kinds.includes(k));
}
