import type { Block, BlockLine, HeadingBlock, PassageBlock } from "./assemble.ts";
import type { ExtractedText } from "./extracted-text.ts";
import type { PageMark, RawSpan } from "./model.ts";
import { findFurniture, pageLabels } from "./pdf-furniture.ts";
import { dominantSize, pageLines, type PdfLine, type PositionedPage } from "./pdf-lines.ts";

/**
 * The layout pass over a PDF's positioned text (pure: the items come from pdfjs elsewhere).
 * Lines by baseline and columns by x (`pdf-lines.ts`), running headers and footers by position
 * and repetition (`pdf-furniture.ts`); here, lines become headings (by size), paragraphs (by
 * vertical gap, first-line indent or a paragraph number, joined across page and column breaks),
 * list items, and notes (small numbered lines at a page's foot, or under a "Notes" heading).
 */
export function pdfLayout(pages: PositionedPage[]): ExtractedText {
  const lines = pages.map((page, i) => pageLines(page, i));
  const furniture = findFurniture(pages, lines);
  const { labels, from } = pageLabels(pages, furniture.printed);
  const { raw, spans, marks } = rawText(lines, labels);
  const body = lines.map((pageLines) => pageLines.filter((l) => !furniture.lines.has(l)));
  const bodySize = dominantSize(body.flat());
  const layout = new Layout(body, spans, labels, bodySize);
  return { raw, blocks: layout.blocks(), markers: "superscript", pages: marks, pageLabelsFrom: from, removed: furniture.removed };
}

/** Every line of every page (headers and footers too), pages separated by a form feed. */
function rawText(lines: PdfLine[][], labels: string[]): { raw: string; spans: Map<PdfLine, RawSpan>; marks: PageMark[] } {
  let raw = "";
  const spans = new Map<PdfLine, RawSpan>();
  const marks: PageMark[] = [];
  lines.forEach((pageLines, p) => {
    if (p > 0) raw += "\n\f\n";
    marks.push({ label: labels[p]!, rawStart: raw.length });
    pageLines.forEach((line, i) => {
      if (i > 0) raw += "\n";
      // A soft or Unicode hyphen that ends a line is written as the hyphen the reading text knows.
      const text = line.text.replace(/[\u00ad\u2010\u2011]$/, "-");
      spans.set(line, { start: raw.length, end: raw.length + text.length });
      raw += text;
    });
  });
  return { raw, spans, marks };
}

const NOTE_START = /^(?:([⁰¹²³⁴⁵⁶⁷⁸⁹]+)\s*|(\d{1,3})\.?\s+|(\*{1,3})\s*)(?=\S)/;
const PARA_NUMBER = /^(\d{1,3})\.(?:\s+\S|$)/;
const BULLET = /^[•●▪◦■‣∙·]\s+/;
const SUB_ITEM = /^\((?:[a-z]|[ivx]{1,5})\)\s/;
const NOTES_HEADING = /^(?:end ?notes|foot ?notes|notes)$/i;
const SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
const ENDS_SENTENCE = /[.!?:;]["”’)\]]*$/;

class Layout {
  private readonly out: Block[] = [];
  private readonly notes: PassageBlock[] = [];
  private current: PassageBlock | HeadingBlock | undefined;
  private last: PdfLine | undefined;
  private nextPara = 1;
  /** The level of the "Notes" heading being read, while the lines are endnotes. */
  private endnotesLevel: number | undefined;
  private readonly headingLevels: Map<number, number>;
  private readonly spacing: number;
  private readonly gapStyle: boolean;
  private readonly columnEdges = new Map<string, { left: number; right: number }>();
  private readonly textAt = new Map<number, string>();
  private lastNotePage = -1;

  constructor(
    private readonly pages: PdfLine[][],
    private readonly spans: Map<PdfLine, RawSpan>,
    private readonly labels: string[],
    private readonly bodySize: number,
  ) {
    for (const [line, span] of spans) this.textAt.set(span.start, line.text);
    const sizes = [...new Set(pages.flat().filter((l) => this.isHeading(l)).map((l) => Math.round(l.size * 2) / 2))].sort((a, b) => b - a);
    this.headingLevels = new Map(sizes.map((s, i) => [s, i + 1]));
    const steps: number[] = [];
    for (const page of pages) {
      for (let i = 1; i < page.length; i++) {
        const [a, b] = [page[i - 1]!, page[i]!];
        if (a.column === b.column && b.y < a.y && this.isBody(a) && this.isBody(b)) steps.push(Math.round((a.y - b.y) * 2) / 2);
      }
      for (const column of new Set(page.map((l) => l.column))) {
        const mine = page.filter((l) => l.column === column && this.isBody(l));
        if (mine.length === 0) continue;
        this.columnEdges.set(`${page[0]!.page}:${column}`, { left: mode(mine.map((l) => Math.round(l.x0))), right: Math.max(...mine.map((l) => l.x1)) });
      }
    }
    this.spacing = mode(steps) || bodySize * 1.2;
    // A document that leaves a blank line between paragraphs says so often; one that indents them never does.
    const wide = steps.filter((s) => s > this.spacing * 1.35).length;
    this.gapStyle = wide >= Math.max(2, steps.length * 0.03);
  }

  blocks(): Block[] {
    for (const page of this.pages) {
      const { flow, notes } = this.splitFootnotes(page);
      flow.forEach((line, i) => this.take(line, flow[i + 1]));
      for (const line of notes) this.takeFootnote(line);
    }
    this.dropLoneNumbers();
    const blocks = this.out.filter((b) => b.lines.length > 0 || b.kind === "heading");
    if (this.notes.length > 0) {
      blocks.push({ kind: "heading", level: 1, lines: [], syntheticTitle: "Notes", at: this.notes[0]!.lines[0]!.start });
      blocks.push(...this.notes);
    }
    return blocks;
  }

  private isHeading(line: PdfLine): boolean {
    return line.size >= this.bodySize * 1.12 && line.text.length <= 200;
  }

  private isBody(line: PdfLine): boolean {
    return Math.abs(line.size - this.bodySize) <= this.bodySize * 0.08;
  }

  /** The lines at a page's foot in a smaller size, from the first that starts with a note number. */
  private splitFootnotes(page: PdfLine[]): { flow: PdfLine[]; notes: PdfLine[] } {
    let from = page.length;
    while (from > 0 && page[from - 1]!.size < this.bodySize * 0.92 && page[from - 1]!.column === page[page.length - 1]!.column) from--;
    const tail = page.slice(from);
    const first = tail.findIndex((l) => NOTE_START.test(l.text));
    if (first < 0) return { flow: page, notes: [] };
    // Small lines above the first note continue the last page's note, else they are text (a caption).
    const carried = this.notes.length > 0 && this.lastNotePage === (page[0]?.page ?? 0) - 1 ? tail.slice(0, first) : [];
    for (const line of carried) this.notes[this.notes.length - 1]!.lines.push(this.span(line));
    const flow = [...page.slice(0, from), ...tail.slice(0, first).filter((l) => !carried.includes(l))];
    return { flow, notes: tail.slice(first) };
  }

  private takeFootnote(line: PdfLine): void {
    const m = NOTE_START.exec(line.text);
    if (m) this.notes.push(this.noteBlock(line, m));
    else this.notes[this.notes.length - 1]?.lines.push(this.span(line));
    this.lastNotePage = line.page;
  }

  private noteBlock(line: PdfLine, m: RegExpExecArray): PassageBlock {
    const id = m[1] ? [...m[1]].map((c) => SUPERSCRIPTS.indexOf(c)).join("") : (m[2] ?? m[3]!);
    const span = this.span(line);
    const note: PassageBlock = { kind: "note", noteId: String(/^\d+$/.test(id) ? Number(id) : id), lines: [{ start: span.start + m[0].length, end: span.end }] };
    note.page = this.labels[line.page]!;
    return note;
  }

  private take(line: PdfLine, next: PdfLine | undefined): void {
    const span = this.span(line);
    if (this.isHeading(line)) {
      const level = this.headingLevels.get(Math.round(line.size * 2) / 2) ?? 1;
      const c = this.current;
      const continues = c?.kind === "heading" && c.level === level && this.last && this.last.page === line.page && this.last.y - line.y <= line.size * 1.8;
      if (continues) c.lines.push(span);
      else {
        this.current = { kind: "heading", level, lines: [span] };
        this.out.push(this.current);
        if (this.endnotesLevel !== undefined && level <= this.endnotesLevel) this.endnotesLevel = undefined;
      }
      if (NOTES_HEADING.test(this.lineTexts(this.current as HeadingBlock))) this.endnotesLevel = level;
      this.last = line;
      return;
    }
    if (this.endnotesLevel !== undefined) {
      const m = NOTE_START.exec(line.text);
      if (m && (this.current?.kind !== "note" || this.continuesNumbering(m))) {
        this.current = this.noteBlock(line, m);
        this.out.push(this.current);
      } else if (this.current?.kind === "note") this.current.lines.push(span);
      else this.startParagraph(line, span);
      this.last = line;
      return;
    }
    const number = PARA_NUMBER.exec(line.text);
    const numbered = number !== null && Number(number[1]) === this.nextPara;
    const bullet = BULLET.exec(line.text);
    if (numbered || bullet || !this.current || this.current.kind === "heading" || this.breaksBefore(this.last!, line, next)) {
      if (bullet) {
        this.current = { kind: "list-item", lines: [{ start: span.start + bullet[0].length, end: span.end }], page: this.labels[line.page]! };
        this.out.push(this.current);
      } else this.startParagraph(line, span, numbered ? this.nextPara++ : undefined);
    } else {
      // A real hyphen ("UN-" + "Women") or a range's dash ("81–" + "89") at a line end joins without a space.
      const previous = this.last!.text;
      const glued = (/\p{L}-$/u.test(previous) && /^\p{Lu}/u.test(line.text)) || (/\d[-–]$/.test(previous) && /^\d/.test(line.text));
      this.current.lines.push(SUB_ITEM.test(line.text) ? { ...span, breakBefore: true } : glued ? { ...span, glued: true } : span);
    }
    this.last = line;
  }

  private continuesNumbering(m: RegExpExecArray): boolean {
    const last = this.current?.kind === "note" ? Number(this.current.noteId) : NaN;
    const id = m[1] ? Number([...m[1]].map((c) => SUPERSCRIPTS.indexOf(c)).join("")) : Number(m[2]);
    return Number.isNaN(last) || id === last + 1;
  }

  private startParagraph(line: PdfLine, span: RawSpan, number?: number): void {
    this.current = { kind: "paragraph", lines: [span], page: this.labels[line.page]!, ...(number !== undefined ? { number } : {}) };
    this.out.push(this.current);
  }

  /** Whether `b` starts a new paragraph after `a`, by gap, indent, size or a short last line. */
  private breaksBefore(a: PdfLine, b: PdfLine, next: PdfLine | undefined): boolean {
    if (Math.min(a.size, b.size) / Math.max(a.size, b.size) < 0.92) return true;
    const samePlace = a.page === b.page && a.column === b.column && b.y < a.y;
    if (samePlace && this.gapStyle) return a.y - b.y > this.spacing * 1.35;
    return this.endsShort(a) || this.indented(b, next);
  }

  /** A line ending a sentence well short of its column's right edge: a paragraph's last line. */
  private endsShort(line: PdfLine): boolean {
    const edges = this.columnEdges.get(`${line.page}:${line.column}`);
    if (!edges) return false;
    const text = line.text.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+$/, "");
    return ENDS_SENTENCE.test(text) && line.x1 < edges.right - Math.max(2 * line.size, 0.12 * (edges.right - edges.left));
  }

  /** A first line indented from its column, with the next line back at the edge. */
  private indented(line: PdfLine, next: PdfLine | undefined): boolean {
    const edges = this.columnEdges.get(`${line.page}:${line.column}`);
    if (!edges || line.x0 <= edges.left + 0.8 * line.size) return false;
    return next !== undefined && next.page === line.page && next.column === line.column && next.x0 < line.x0 - 0.8 * line.size;
  }

  /** Paragraph numbers count only where the document numbers its paragraphs (several, in order). */
  private dropLoneNumbers(): void {
    const numbered = this.out.filter((b) => b.kind === "paragraph" && b.number !== undefined);
    if (numbered.length >= 3) return;
    for (const b of numbered) delete (b as PassageBlock).number;
  }

  private span(line: PdfLine): BlockLine {
    return { ...this.spans.get(line)! };
  }

  private lineTexts(block: HeadingBlock): string {
    return block.lines.map((l) => this.textAt.get(l.start) ?? "").join(" ");
  }
}

function mode(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = 0;
  let most = 0;
  for (const [v, n] of counts) if (n > most) [best, most] = [v, n];
  return best;
}
