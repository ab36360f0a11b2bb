import { ContentError } from "./content-error.ts";

/**
 * What Sourcebook refuses before any work starts, each far above what a real library holds (a
 * 300-page report is about 1.5 MB of text; the longest shipped module is 28 KB).
 */
export const LIMITS = {
  /** A module, session, template or catalog file, in bytes of UTF-8. */
  contentFileBytes: 1_000_000,
  /** A source document (.txt or .md), in bytes: about 2,000 pages. */
  sourceFileBytes: 10_000_000,
  /** Values a YAML file may reach through aliases (`*name`); no real file uses any. */
  yamlAliasValues: 100,
  /** One quote, in characters: several pages. */
  quoteCharacters: 10_000,
  /** A session's description, in characters: more than a cover holds. */
  descriptionCharacters: 5_000,
  /** Items in one agenda: a week of sessions. */
  agendaItems: 200,
} as const;

/** "1 MB", "10.5 MB", "320 KB". */
export function sizeInWords(bytes: number): string {
  if (bytes >= 100_000) return `${Number((bytes / 1_000_000).toFixed(1))} MB`;
  return `${Math.ceil(bytes / 1000)} KB`;
}

/** The number of bytes `text` takes as UTF-8, without encoding it. */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // Two units of a surrogate pair make 4 bytes: 1 + 1 counted, plus 1 each here.
    if (unit >= 0x80) bytes += unit >= 0x800 && (unit < 0xd800 || unit > 0xdfff) ? 2 : 1;
  }
  return bytes;
}

/** Why a module, session, template or catalog file is refused before it is parsed: over the size limit. */
export function contentTooLarge(text: string, file: string): ContentError | undefined {
  const limit = LIMITS.contentFileBytes;
  // Cheap first: a UTF-16 unit takes at most 3 bytes of UTF-8.
  if (text.length * 3 <= limit) return undefined;
  const bytes = utf8Length(text);
  return bytes > limit
    ? new ContentError(file, undefined, undefined, tooLargeProblem(bytes, limit, "a module, session, template or catalog file"))
    : undefined;
}

/** "is 10.5 MB, over the 1 MB limit for a source file" */
export function tooLargeProblem(bytes: number, limit: number, what: string): string {
  return `is ${sizeInWords(bytes)}, over the ${sizeInWords(limit)} limit for ${what}`;
}

const count = (n: number) => n.toLocaleString("en");

/** A quote is refused before it is searched for: a source holds no passage that long. */
export function quoteTooLong(characters: number): string {
  return `The quote is ${count(characters)} characters long, over the ${count(LIMITS.quoteCharacters)}-character limit for one quote: quote less, or make several excerpts.`;
}
