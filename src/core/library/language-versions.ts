import type { CatalogEntry } from "../schema/catalog.ts";

/** The document an entry is a version of: its original's id (`translationOf`), or its own. */
export const documentOf = (entry: Pick<CatalogEntry, "id" | "translationOf">): string => entry.translationOf ?? entry.id;

/** Whether two entries are different language versions of one document (one translates the other, or both the same original). */
export function sameDocument(a: CatalogEntry, b: CatalogEntry): boolean {
  return a.id !== b.id && documentOf(a) === documentOf(b);
}

/** The other language versions of an entry's document in the library, in library order. */
export function languageVersions(entries: readonly CatalogEntry[], entry: CatalogEntry): CatalogEntry[] {
  return entries.filter((other) => sameDocument(entry, other) && other.language !== entry.language);
}
