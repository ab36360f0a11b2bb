import { msg, str } from "@lit/localize";
import { plural } from "./plural.ts";

/** What the library and the add-a-source preview count. */
type Counted = "pages" | "passages" | "notes" | "sources";
type Form = "none" | "one" | "few" | "many" | "other";

/**
 * Every count's words for `n` in the interface language now shown (so made afresh each time): each
 * plural form a message of its own, as Russian has four, and a word of its own for none.
 */
function countWords(n: number): Record<`${Counted}-${Form}`, string> {
  return {
    "pages-none": msg("no pages"),
    "passages-none": msg("no passages"),
    "notes-none": msg("no notes"),
    "sources-none": msg("No sources"),
    "pages-one": msg(str`${n} page`),
    "passages-one": msg(str`${n} passage`),
    "notes-one": msg(str`${n} note`),
    "sources-one": msg(str`${n} source`),
    "pages-few": msg(str`${n} pages`, { id: "pages-few" }),
    "passages-few": msg(str`${n} passages`, { id: "passages-few" }),
    "notes-few": msg(str`${n} notes`, { id: "notes-few" }),
    "sources-few": msg(str`${n} sources`, { id: "sources-few" }),
    "pages-many": msg(str`${n} pages`, { id: "pages-many" }),
    "passages-many": msg(str`${n} passages`, { id: "passages-many" }),
    "notes-many": msg(str`${n} notes`, { id: "notes-many" }),
    "sources-many": msg(str`${n} sources`, { id: "sources-many" }),
    "pages-other": msg(str`${n} pages`),
    "passages-other": msg(str`${n} passages`),
    "notes-other": msg(str`${n} notes`),
    "sources-other": msg(str`${n} sources`),
  };
}

/** "3 pages", "1 passage", "no notes", "No sources". */
export function countOf(what: Counted, n: number): string {
  const words = countWords(n);
  if (n === 0) return words[`${what}-none`];
  return plural(n, { one: words[`${what}-one`], few: words[`${what}-few`], many: words[`${what}-many`], other: words[`${what}-other`] });
}
