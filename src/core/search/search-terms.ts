/**
 * How passage text and queries become search terms: words (letters, digits and marks of any
 * script, hyphens and apostrophes inside a word), NFC, lower case, quote and hyphen variants folded.
 */

/** A word of a text and where it sits. */
export interface WordSpan {
  text: string;
  start: number;
  end: number;
}

/** A word. Inner joiners: hyphen-minus, hyphen, non-breaking hyphen, straight and typographic apostrophes. */
export const WORD = /[\p{L}\p{N}\p{M}\u00ad]+(?:[-\u2010\u2011'\u2018\u2019\u02bc\u2032][\p{L}\p{N}\p{M}\u00ad]+)*/gu;
const JOINERS = /[-\u2010\u2011'\u2018\u2019\u02bc\u2032]/;
/** Every hyphen and apostrophe inside a word. */
export const JOINER_CHARS = new RegExp(JOINERS.source, "g");

/** Every word of `text`, with its offsets. */
export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  for (const m of text.matchAll(WORD)) spans.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return spans;
}

/** The words of `text` (MiniSearch's tokenizer). */
export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** NFC, lower case, soft hyphens dropped, apostrophe and hyphen variants as one character each. */
export function foldWord(word: string): string {
  return word
    .normalize("NFC")
    .toLowerCase()
    .replace(/\u00ad/g, "")
    .replace(/[\u2018\u2019\u02bc\u2032]/g, "'")
    .replace(/[\u2010\u2011]/g, "-");
}

/** Parts of a joined word worth finding on their own: "child-sensitive" → child, sensitive. */
function partsOf(folded: string): string[] {
  return folded.split(JOINERS).filter((part) => part.length > 1 || /\d/.test(part));
}

/**
 * The terms a passage word is indexed under: the word, and for "child-sensitive" or
 * "children's" also the joined form and each part, so either spelling finds it.
 */
export function indexTerms(word: string): string[] {
  const folded = foldWord(word);
  if (!JOINERS.test(folded)) return folded ? [folded] : [];
  return [...new Set([folded.replace(JOINER_CHARS, ""), ...partsOf(folded)])];
}

/** The terms a query word looks for: a joined word looks for each of its parts (all must match). */
export function queryTerms(word: string): string[] {
  const folded = foldWord(word);
  if (!JOINERS.test(folded)) return folded ? [folded] : [];
  const parts = partsOf(folded);
  return parts.length > 0 ? parts : [folded.replace(JOINER_CHARS, "")];
}
