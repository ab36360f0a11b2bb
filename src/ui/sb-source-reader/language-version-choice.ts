import { documentOf } from "../../core/library/language-versions.ts";
import type { CatalogEntry } from "../../core/schema/catalog.ts";

const KEY = "sourcebook-language-version:";

/** Whether the trainer chose, during this visit, to read this document beside its other language version. */
export function versionShown(entry: CatalogEntry): boolean {
  try {
    return sessionStorage.getItem(KEY + documentOf(entry)) === "shown";
  } catch {
    return false; // storage refused (private mode): the choice is simply not remembered
  }
}

/** Remembers the choice for the rest of the visit (the tab's session storage), for either version of the document. */
export function rememberVersionShown(entry: CatalogEntry, shown: boolean): void {
  try {
    if (shown) sessionStorage.setItem(KEY + documentOf(entry), "shown");
    else sessionStorage.removeItem(KEY + documentOf(entry));
  } catch {
    // Not remembered; the toggle still works for this page.
  }
}
