import type { Block, BlockLine, PassageBlock } from "./assemble.ts";
import { endsSentence, isUpperCaseHeading, lineGroups, TRAILING_FUNCTION_WORD } from "./line-groups.ts";
import { rawLines, type RawLine } from "./raw-lines.ts";

/**
 * An ECPAT country monitoring report as extracted: cover, CONTENTS, upper-case chapter
 * headings and mixed-case sub-headings, `- ` lists, tab-separated tables, Markdown emphasis,
 * superscript endnote markers resolved by the ENDNOTES list, paragraphs broken at page ends.
 */
const SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";
const ENDNOTE = /^- (?:([⁰¹²³⁴⁵⁶⁷⁸⁹]+)|(\d{1,3}))\s+/;

export function ecpatReportBlocks(raw: string): Block[] {
  const groups = lineGroups(rawLines(raw), (l) => l.text === "");
  const blocks: Block[] = [];
  let seenContents = false;
  let inEndnotes = false;
  let nextNote = 1;
  let lastPassage: PassageBlock | undefined;
  let lastNote: PassageBlock | undefined;

  const push = (b: Block) => {
    blocks.push(b);
    if (b.kind !== "heading" && b.kind !== "note") lastPassage = b;
  };

  groups.forEach((group, g) => {
    const first = group[0]!;
    const next = groups[g + 1]?.[0];
    if (first.text === "CONTENTS") seenContents = true;
    if (inEndnotes) {
      for (const line of group) {
        const m = ENDNOTE.exec(line.text);
        const n = m ? (m[1] ? Number([...m[1]].map((c) => SUPERSCRIPT.indexOf(c)).join("")) : Number(m[2])) : NaN;
        if (n === nextNote) {
          lastNote = { kind: "note", noteId: String(n), lines: [{ start: line.span.start + m![0].length, end: line.span.end }] };
          blocks.push(lastNote);
          nextNote++;
        } else if (line.text.startsWith("- ") && lastNote) {
          lastNote.lines.push({ start: line.span.start + 2, end: line.span.end }); // a note's wrapped line
        } else {
          inEndnotes = false;
          push({ kind: "paragraph", lines: [line.span] });
        }
      }
      return;
    }
    // A capitalised line is a heading even after a paragraph cut off at a page end.
    const cutOff = !isUpperCaseHeading(first.text) && continuesPrevious(raw, first, lastPassage);
    if (seenContents && !cutOff && isHeading(group, next)) {
      push({ kind: "heading", level: isUpperCaseHeading(first.text) ? 1 : 2, lines: [first.span] });
      lastPassage = undefined; // a paragraph cut off at a page end does not continue past a heading
      if (first.text === "ENDNOTES") inEndnotes = true;
      return;
    }
    if (group.every((l) => l.raw.includes("\t"))) {
      push({ kind: "table", lines: group.map((l, i) => ({ ...l.span, breakBefore: i > 0 })) });
      return;
    }
    if (first.text.startsWith("* ")) {
      // An asterisk note printed mid-list (the Rio Declaration's source).
      blocks.push({ kind: "note", noteId: "*", lines: [{ start: first.span.start + 2, end: first.span.end }] });
      return;
    }
    for (const line of group) {
      if (continuesPrevious(raw, line, lastPassage)) {
        lastPassage!.lines.push(line.span);
      } else if (line.text.startsWith("- ")) {
        push({ kind: "list-item", lines: [{ start: line.span.start + 2, end: line.span.end }] });
      } else if (lastPassage && group.indexOf(line) > 0 && lastPassage.kind === "paragraph") {
        lastPassage.lines.push(line.span);
      } else {
        push({ kind: "paragraph", lines: [line.span] });
      }
    }
  });
  return blocks;
}

/** A one-line group that names what follows rather than starting a sentence. */
function isHeading(group: RawLine[], next: RawLine | undefined): boolean {
  if (group.length !== 1) return false;
  const text = group[0]!.text;
  if (text.startsWith("- ") || text.startsWith("* ") || group[0]!.raw.includes("\t") || text.length > 90) return false;
  if (TRAILING_FUNCTION_WORD.test(text) || (next && /^\p{Ll}/u.test(next.text))) return false;
  if (/[,;:!?⁰¹²³⁴⁵⁶⁷⁸⁹]$/.test(text)) return false;
  // "…in travel and tourism." heads a list in the annex; other full stops end sentences.
  if (text.endsWith(".")) return next !== undefined && next.text.startsWith("- (") && !text.slice(0, -1).includes(".");
  return true;
}

/** A line that carries on the previous passage across a page break. */
function continuesPrevious(raw: string, line: RawLine, previous: PassageBlock | undefined): boolean {
  if (!previous || previous.kind === "table" || line.text.startsWith("- ") || line.raw.includes("\t")) return false;
  if (/^\p{Ll}/u.test(line.text)) return true;
  const last = previous.lines[previous.lines.length - 1] as BlockLine;
  return last.end - last.start > 100 && !endsSentence(raw.slice(last.start, last.end));
}
