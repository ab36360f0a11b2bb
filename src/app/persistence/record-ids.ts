/** An id not used by any record: `base`, else `base-2`, `base-3` … */
export function freeId(base: string, taken: (id: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n++) if (!taken(`${base}-${n}`)) return `${base}-${n}`;
}

/** The id and title of the copy that keeps this tab's version when another tab saved first: `<id>-conflicting-copy`, "<title> (conflicting copy)". */
export function conflictingCopyName(id: string, title: string, taken: (id: string) => boolean): { id: string; title: string } {
  return { id: freeId(`${id}-conflicting-copy`, taken), title: `${title} (conflicting copy)` };
}

/** A token for undoing a removal, and an id for a tab. */
export function newToken(): string {
  return typeof crypto !== "undefined" && "randomUUID" in crypto
    ? crypto.randomUUID()
    : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}
