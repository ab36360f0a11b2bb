/** Sentences of a passage, as reading-text ranges a trainer can lift into a module. */

/** A [start, end) range of text. */
export interface TextRange {
  start: number;
  end: number;
}

/** Words a full stop follows without ending the sentence ("para. 75", "Mr. Smith"). */
const ABBREVIATIONS = new Set(
  "mr mrs ms dr prof no nos para paras art arts p pp vol fig cf st vs approx al ed eds jan feb mar apr jun jul aug sep sept oct nov dec inc ltd co gov rev".split(
    " ",
  ),
);
const CLOSERS = new Set([..."\"'”’»)]"]);
/** What may open the next sentence: a capital, a digit, an opening quote or bracket. */
const OPENER = /[\p{Lu}\p{Lt}\p{N}"'“‘«([]/u;
/** A number or list mark the source prints before a paragraph or item: "75. ", "(a) ", "• ". */
const LEADING_MARK = /^(?:\d+\.\s+|\(?[a-z\d]{1,3}\)\s+|[•·▪◦\-–—*]\s+)/iu;

/**
 * The sentences of text[from, to): each without surrounding white space, the paragraph number,
 * or a note marker (`markers`, sorted) right after its full stop. Line and cell breaks end a sentence.
 */
export function sentenceRanges(text: string, from: number, to: number, markers: readonly TextRange[] = []): TextRange[] {
  const sentences: TextRange[] = [];
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (start < end) sentences.push({ start, end });
  };
  let start = from;
  const lead = LEADING_MARK.exec(text.slice(from, Math.min(to, from + 16)));
  if (lead) start += lead[0].length;
  for (let i = start; i < to; i++) {
    const c = text[i]!;
    if (c === "\n" || c === "\t") {
      push(start, i);
      start = i + 1;
      continue;
    }
    if (c !== "." && c !== "!" && c !== "?") continue;
    let end = i + 1;
    while (end < to && CLOSERS.has(text[end]!)) end++;
    let next = end;
    for (const m of markers) if (m.start === next && m.end <= to) next = m.end;
    if (next < to && !/\s/.test(text[next]!)) continue;
    let after = next;
    while (after < to && /\s/.test(text[after]!)) after++;
    if (after < to && !OPENER.test(text[after]!)) continue;
    if (c === "." && isAbbreviation(text, from, i)) continue;
    push(start, end);
    start = next;
    i = next - 1;
  }
  push(start, to);
  return sentences;
}

/** The sentence holding offset `at` (or the next one after it; the last when none follows). */
export function sentenceAt(text: string, from: number, to: number, at: number, markers: readonly TextRange[] = []): TextRange {
  const sentences = sentenceRanges(text, from, to, markers);
  return sentences.find((s) => at < s.end) ?? sentences.at(-1) ?? { start: from, end: to };
}

/** Whether the full stop at `dot` ends an abbreviation or initial rather than a sentence. */
function isAbbreviation(text: string, from: number, dot: number): boolean {
  let w = dot;
  while (w > from && /[\p{L}.]/u.test(text[w - 1]!)) w--;
  const word = text.slice(w, dot);
  if (word.includes(".")) return true; // "U.S.", "e.g."
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "M. Patt"
  return ABBREVIATIONS.has(word.toLowerCase());
}
