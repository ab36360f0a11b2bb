import { citationNotes } from "../citations/citation.ts";
import type { CheckedExcerpt } from "./checked-excerpts.ts";
import { fullReference, shortCitation } from "./references.ts";

/** How an excerpt is cited in print: beside the quote, and in the module's list of sources. */
export interface PrintedCitation {
  /** "ECPAT International (2012; data from 2004), Child prostitution ¶4". */
  short: string;
  /** The full reference, for the numbered note. */
  reference: string;
}

/**
 * The one place a printed citation is decided (participant handout, trainer guide, citation audit,
 * the notes after each module): the source and passage the excerpt was verified at, with what its
 * acknowledged cautions add; an excerpt that could not be placed is cited as the module gives it.
 */
export function printedCitation(checked: CheckedExcerpt | undefined): PrintedCitation {
  const { source, passage } = checked ?? {};
  if (!source || !passage) {
    const given = `${checked?.node.sourceId ?? "unknown source"}, ${checked?.node.locator ?? ""}`;
    return { short: given, reference: given };
  }
  // A PDF's citation prints the page the quote starts on, not the passage's first page.
  const at = checked!.verdict?.status === "verified" ? checked!.verdict.match.start : undefined;
  const notes = { ...citationNotes(checked!.cautions), ...(at !== undefined ? { at } : {}) };
  return { short: shortCitation(source, passage, notes), reference: fullReference(source, passage, notes) };
}
