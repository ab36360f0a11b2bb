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

/**
 * NFC, lower case, soft hyphens dropped, apostrophe and hyphen variants as one character each, and
 * ё as е (Russian prints ё or е for the same letter). Kyrgyz ң ө ү stay: «көл» is a lake, «кол» a hand.
 */
export function foldWord(word: string): string {
  return word
    .normalize("NFC")
    .toLowerCase()
    .replace(/\u00ad/g, "")
    .replace(/ё/g, "е")
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

/** Russian inflectional endings, longest first: what is left of a word without one is its stem. */
const RUSSIAN_ENDINGS =
  /(?:ыми|ими|ого|его|ому|ему|ами|ями|ях|ах|ов|ев|ей|ой|ий|ый|ая|яя|ое|ее|ую|юю|ых|их|ым|им|ом|ем|ам|ям|ью|ия|ие|а|я|о|е|ы|и|у|ю|ь)$/u;
const CYRILLIC_WORD = /^\p{Script=Cyrillic}+$/u;
/** A stem shorter than this finds too many other words ("дет" for "детей" would find детский). */
const MIN_STEM = 4;

/**
 * The stem of a folded Cyrillic word without its Russian case ending ("специального" → "специальн",
 * "докладчика" → "докладчик"), for finding the other forms by prefix; undefined when the word has
 * no ending to drop, is too short, or is not Cyrillic (English words keep today's matching).
 */
export function cyrillicStem(folded: string): string | undefined {
  if (!CYRILLIC_WORD.test(folded)) return undefined;
  const ending = RUSSIAN_ENDINGS.exec(folded);
  if (!ending) return undefined;
  const stem = folded.slice(0, ending.index);
  return stem.length >= MIN_STEM ? stem : undefined;
}
