import type { Passage } from "../sources/model.ts";
import { pageAt } from "../sources/pages.ts";
import type { Source } from "../sources/source.ts";
import type { CheckedCaution } from "./acknowledgements.ts";
import type { Caution } from "./caution-types.ts";

/** What acknowledged cautions add to a printed citation: the year of the data, and whom the source cites. */
export interface CitationNotes {
  /** From an acknowledged older-data caution: "ECPAT International (2012; data from 2004)". */
  dataYear?: number;
  /** From an acknowledged attribution caution, in the source's words: "…, citing the 2013 UN special rapporteur report". */
  citing?: string;
  /** Where the quote starts (a reading offset), for a PDF's printed page. */
  at?: number;
}

/** Said when the source attributes the words to others it does not name. */
const UNNAMED = "sources it does not name";

/** The notes a printed citation carries: only acknowledged cautions change it (an unacknowledged one prints DRAFT instead). */
export function citationNotes(cautions: readonly CheckedCaution[]): CitationNotes {
  const notes: CitationNotes = {};
  for (const c of cautions) {
    if (!c.acknowledged) continue;
    if (c.kind === "older-data" && c.dataYear !== undefined) notes.dataYear ??= c.dataYear;
    if (c.kind === "attribution") notes.citing ??= c.who ?? UNNAMED;
  }
  return notes;
}

/** What acknowledging a caution will print, for the author deciding: "citing UNICEF", "data from 2004"; undefined when nothing. */
export function acknowledgementEffect(caution: Caution): string | undefined {
  const notes = citationNotes([{ ...caution, acknowledged: true }]);
  if (notes.citing) return `citing ${notes.citing}`;
  return notes.dataYear !== undefined ? `data from ${notes.dataYear}` : undefined;
}

/**
/**
 * The short citation printed beside an excerpt: "UN Special Rapporteur (2013), para. 75"; with
 * notes, "ECPAT International (2012; data from 2004), Child prostitution ¶4" or "…, Protection ¶2,
 * citing the 2013 UN special rapporteur report". A passage of a compilation is cited as the report it
 * quotes, "quoted in" the compilation. A PDF's passage also gets the printed page the quote starts on
 * (`notes.at`, a reading offset; the passage's start when not given): "… (2013), para. 75, p. 18".
 */
export function shortCitation(source: Source, passage: Passage, notes: CitationNotes = {}): string {
  const q = passage.quotedIn;
  const citing = notes.citing ? `, citing ${notes.citing}` : "";
  const printed = source.reading.pages ? pageAt(source.reading, notes.at ?? passage.start) : undefined;
  if (!q)
    return `${withDataYear(source.entry.shortCite, notes)}, ${passage.locator}${printed !== undefined ? `, p. ${printed}` : ""}${citing}`;
  const page = q.page ? `, p. ${q.page}` : "";
  return `${q.title} ${withDataYear(`(${q.publisher})`, notes)}${page}, quoted in ${source.entry.shortCite}${citing}`;
}

/** "Org (2012)" → "Org (2012; data from 2004)"; a name without a year in brackets gets one of its own. */
export function withDataYear(cite: string, notes: CitationNotes): string {
  if (notes.dataYear === undefined) return cite;
  return cite.endsWith(")") ? `${cite.slice(0, -1)}; data from ${notes.dataYear})` : `${cite} (data from ${notes.dataYear})`;
}
