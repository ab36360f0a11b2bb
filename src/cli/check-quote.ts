import { CitationInputError, verifyQuote, type Verdict } from "../core/citations/verify.ts";
import type { Source } from "../core/sources/source.ts";
import type { Library } from "./library.ts";

/**
 * Verifies a quote against its source. The library's other sources only matter to a rejection
 * (the "elsewhere" hint), so they are read, and the quote checked again, only then.
 */
export function checkQuote(library: Library, source: Source, quote: string, locator?: string): Verdict {
  if (quote.trim() !== "" && !/[\p{L}\p{N}]/u.test(quote))
    throw new CitationInputError(`The quote "${quote.trim()}" has no words, only punctuation: give the words to check.`);
  const options = locator !== undefined ? { locator } : {};
  const verdict = verifyQuote(source, quote, library.complete ? { ...options, library: library.all() } : options);
  if (verdict.status === "verified" || library.complete) return verdict;
  return verifyQuote(source, quote, { ...options, library: library.all() });
}
