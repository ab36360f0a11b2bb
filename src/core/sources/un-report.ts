import type { Block, BlockLine, HeadingBlock, PassageBlock } from "./assemble.ts";
import { rawLines, type RawLine } from "./raw-lines.ts";

/**
 * A UN document as extracted from its PDF: numbered paragraphs, I./A./1./(a) headings,
 * footnote blocks after a `__________` rule, page headers, a blank line after every line.
 */
const FOOTNOTE_RULE = /^_{5,}$/;
const PAGE_FURNITURE = /^(?:[A-Z]\/[A-Z]+\/\d+\/\d+(?:\/Add\.\d+)?|\d+\s+GE\.\d{2}-\d{5}|GE\.\d{2}-\d{5}\s+\d+)$/;
// Russian UN documents letter their headings in Cyrillic (А., В., С.).
const HEADING = /^(?:(?<roman>[IVX]+)\.|(?<letter>[A-ZА-Я])\.|(?<digit>\d{1,2})\.|\((?<sub>[a-z])\))\s+\S/;
const NOTE_START = /^ +(\d{1,3}) +\S/;
const REPEATED_URL = /^https?:\/\/\S+$/;

export function unReportBlocks(raw: string): Block[] {
  const lines = rawLines(raw);
  const blocks: Block[] = [];
  const notes: PassageBlock[] = [];
  let nextPara = 1;
  let nextNote = 1;
  let current: PassageBlock | HeadingBlock | undefined;
  let inFootnotes = false;
  let note: PassageBlock | undefined;

  const nextContent = (from: number): number => {
    for (let j = from; j < lines.length; j++) {
      const l = lines[j]!;
      if (l.text && !PAGE_FURNITURE.test(l.text)) return j;
    }
    return lines.length;
  };
  const opensBlock = (j: number) => j >= lines.length || startsParagraph(lines[j]!) || HEADING.test(lines[j]!.text);
  const startsParagraph = (l: RawLine) => {
    const m = /^(\d{1,3})\.\s+\S/.exec(l.text);
    return m !== null && Number(m[1]) === nextPara;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.text) continue;
    if (inFootnotes) {
      if (PAGE_FURNITURE.test(line.text)) continue;
      // The extraction repeats each footnote URL on lines of its own, with no trailing space.
      if (REPEATED_URL.test(line.raw)) continue;
      const m = NOTE_START.exec(line.raw);
      if (m && Number(m[1]) === nextNote) {
        note = { kind: "note", noteId: String(nextNote), lines: [skipNumber(line, m[1]!)] };
        notes.push(note);
        nextNote++;
        continue;
      }
      if (!line.raw.startsWith(" ") && note) {
        note.lines.push(line.span);
        continue;
      }
      inFootnotes = false; // text resumes: an indented line after the notes
    }
    if (FOOTNOTE_RULE.test(line.text)) {
      inFootnotes = true;
      note = undefined;
      continue;
    }
    if (PAGE_FURNITURE.test(line.text)) continue;
    if (startsParagraph(line)) {
      current = { kind: "paragraph", number: nextPara, lines: [line.span] };
      blocks.push(current);
      nextPara++;
      continue;
    }
    const h = HEADING.exec(line.text);
    if (h && line.text.length < 100 && !/[.,;:]$/.test(line.text)) {
      // A heading is followed by a paragraph or another heading; a long one wraps onto a second line.
      const following = nextContent(i + 1);
      const second = lines[following];
      // (Sub-items "(a) To pursue…" wrap too, but they end in punctuation and are never two-line headings.)
      const wraps =
        second !== undefined &&
        !h.groups!.sub &&
        !opensBlock(following) &&
        second.text.length < 80 &&
        !/[.,;:]$/.test(second.text) &&
        opensBlock(nextContent(following + 1));
      if (opensBlock(following) || wraps) {
        const g = h.groups!;
        const level = g.roman ? 1 : g.letter ? 2 : g.digit ? 3 : 4;
        blocks.push({ kind: "heading", level, lines: wraps ? [line.span, second!.span] : [line.span] });
        current = undefined;
        if (wraps) i = following;
        continue;
      }
    }
    if (!current) {
      current = { kind: "paragraph", lines: [] };
      blocks.push(current);
    }
    // Sub-items "(a) To pursue…" of a paragraph start on a line of their own.
    const item: BlockLine = /^\([a-z]\)\s/.test(line.text) ? { ...line.span, breakBefore: true } : line.span;
    current.lines.push(item);
  }
  if (notes.length > 0) {
    blocks.push({ kind: "heading", level: 1, lines: [], syntheticTitle: "Footnotes", at: notes[0]!.lines[0]!.start });
    blocks.push(...notes);
  }
  return blocks;
}

/** The note's text without its number. */
function skipNumber(line: RawLine, number: string): BlockLine {
  let start = line.offset + line.raw.indexOf(number) + number.length;
  while (start < line.span.end && /\s/.test(line.raw[start - line.offset]!)) start++;
  return { start, end: line.span.end };
}
