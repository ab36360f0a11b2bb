import { shortCitation, withDataYear, type CitationNotes } from "../citations/citation.ts";
import type { FurtherReadingEntry } from "../schema/further-reading.ts";
import type { Passage } from "../sources/model.ts";
import type { Source } from "../sources/source.ts";
import { handoutWords, type HandoutWords } from "../i18n/handout/catalogue.ts";

export { shortCitation };

/** The full reference of an excerpt, for the sources list at the end of a module; notes as in `shortCitation`. */
export function fullReference(source: Source, passage: Passage, notes: CitationNotes = {}): string {
  const e = source.entry;
  const q = passage.quotedIn;
  const year = e.date.slice(0, 4);
  const citing = notes.citing ? `, citing ${notes.citing}` : "";
  if (q) {
    const own = `${e.author ?? e.publisher} (${year}). ${e.title.replace(/\s+/g, " ")}. ${e.publisher}`;
    const page = q.page ? `, [page ${q.page}]` : "";
    return `${q.title}. ${withDataYear(q.publisher, notes)}${page}. Quoted in ${own}, ${passage.locator}${citing}.`;
  }
  const own = `${e.author ?? e.publisher} ${withDataYear(`(${year})`, notes)}. ${e.title.replace(/\s+/g, " ")}. ${e.publisher}`;
  return `${own}, ${passage.locator}${citing}.`;
}

/** A source's entry in the bibliography: reference, address, accessed date and rights notice. */
export function bibliographyEntry(source: Source): {
  reference: string;
  url?: string;
  accessed?: string;
  rights: string;
  permissionRequired: boolean;
} {
  const e = source.entry;
  return {
    reference: `${e.author ?? e.publisher} (${e.date.slice(0, 4)}). ${e.title.replace(/\s+/g, " ")}. ${e.publisher}.${e.edition ? ` ${e.edition}.` : ""}`,
    ...(e.url ? { url: e.url } : {}),
    ...(e.accessed ? { accessed: e.accessed } : {}),
    rights: e.rights.notice.replace(/\s+/g, " "),
    permissionRequired: e.rights.permissionRequired,
  };
}

/**
 * The years the quoted sources were published, from their catalog dates, for a handout's cover:
 * "2012–2016 (catalog dates of the 3 sources quoted; …)"; undefined when nothing is quoted.
 */
export function quotedSourcesDates(sources: readonly Source[], words: HandoutWords = handoutWords()): string | undefined {
  const years = [...new Set(sources.map((s) => s.entry.date.slice(0, 4)))].sort();
  if (years.length === 0) return undefined;
  const range = years.length === 1 ? years[0]! : `${years[0]}–${years.at(-1)}`;
  return words.sourcesQuotedDates(range, sources.length);
}

/** A further-reading entry's reference: "Council of Europe (2007). Title. Council of Europe. art. 35 (…)." */
export function furtherReadingReference(e: FurtherReadingEntry): string {
  const year = e.date ? ` (${e.date.slice(0, 4)})` : "";
  return `${e.author ?? e.publisher}${year}. ${e.title.replace(/\s+/g, " ")}. ${e.publisher}.${e.part ? ` ${e.part}.` : ""}`;
}
