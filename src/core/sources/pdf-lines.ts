/**
 * The first step of the PDF layout pass: positioned text items of one page → lines in reading
 * order. Items are grouped by baseline, raised small items become superscripts, rows are cut
 * where a gutter runs down the page, and columns are read one after the other.
 */

/** A run of text as the PDF draws it (pdfjs' `getTextContent` items, in points). */
export interface PositionedItem {
  text: string;
  /** Left edge, from the page's left. */
  x: number;
  /** Baseline, from the page's bottom. */
  y: number;
  width: number;
  /** Font size. */
  size: number;
}

/** One page of a PDF as its text items, with the page label the PDF gives, if any. */
export interface PositionedPage {
  width: number;
  height: number;
  items: PositionedItem[];
  /** The PDF's own label for the page (`/PageLabels`), when it has them. */
  label?: string;
}

/** A line of a page, in reading order. */
export interface PdfLine {
  text: string;
  x0: number;
  x1: number;
  /** Baseline, from the page's bottom. */
  y: number;
  /** The size of most of its characters. */
  size: number;
  /** 0-based page index. */
  page: number;
  /** Which column it is in, left to right; -1 for a line across the columns. */
  column: number;
}

const LIGATURES: Record<string, string> = { ﬀ: "ff", ﬁ: "fi", ﬂ: "fl", ﬃ: "ffi", ﬄ: "ffl", ﬅ: "st", ﬆ: "st" };
const SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

/** Ligatures spelled out, and a soft or Unicode hyphen at the end of a line made a plain one. */
export function normalizeItemText(text: string): string {
  return text.replace(/[ﬀ-ﬆ]/g, (c) => LIGATURES[c] ?? c).replace(/\u00a0/g, " ");
}

interface Row {
  y: number;
  size: number;
  items: (PositionedItem & { sup?: boolean })[];
}

/** A cut of a row between two of its pieces, wide enough to be a gutter. */
interface Segment {
  items: Row["items"];
  x0: number;
  x1: number;
}

/** The page's lines in reading order: across-the-page lines where they are, each column top to bottom between them. */
export function pageLines(page: PositionedPage, pageIndex: number): PdfLine[] {
  const rows = baselineRows(page.items);
  const segmented = rows.map((row) => ({ row, segments: segmentsOf(row) }));
  const gutter = findGutter(segmented, page.width);
  const lines: PdfLine[] = [];
  const toLine = (row: Row, segment: Segment, column: number): PdfLine => ({
    text: segmentText(segment.items, row.size),
    x0: segment.x0,
    x1: segment.x1,
    y: row.y,
    size: row.size,
    page: pageIndex,
    column,
  });
  if (gutter === undefined) {
    for (const { row, segments } of segmented) {
      const all = { items: segments.flatMap((s) => s.items), x0: segments[0]!.x0, x1: segments[segments.length - 1]!.x1 };
      lines.push(toLine(row, all, 0));
    }
    return lines.filter((l) => l.text !== "");
  }
  // Between two lines that cross the gutter, the left column is read before the right.
  let left: PdfLine[] = [];
  let right: PdfLine[] = [];
  const flush = () => {
    lines.push(...left, ...right);
    left = [];
    right = [];
  };
  for (const { row, segments } of segmented) {
    if (segments.some((s) => s.x0 < gutter && s.x1 > gutter)) {
      flush();
      const all = { items: segments.flatMap((s) => s.items), x0: segments[0]!.x0, x1: segments[segments.length - 1]!.x1 };
      lines.push(toLine(row, all, -1));
      continue;
    }
    const side = (column: number) => segments.filter((s) => (column === 0 ? s.x1 <= gutter : s.x0 >= gutter));
    for (const [column, list] of [
      [0, left],
      [1, right],
    ] as const) {
      const mine = side(column);
      if (mine.length > 0) list.push(toLine(row, { items: mine.flatMap((s) => s.items), x0: mine[0]!.x0, x1: mine[mine.length - 1]!.x1 }, column));
    }
  }
  flush();
  return lines.filter((l) => l.text !== "");
}

/** Items grouped by baseline, top of the page first; a smaller item raised above a baseline is its superscript. */
function baselineRows(items: PositionedItem[]): Row[] {
  const visible = items
    .filter((i) => i.text.trim() !== "" && i.size > 0)
    .map((i) => ({ ...i, text: normalizeItemText(i.text) }))
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const rows: Row[] = [];
  for (const item of visible) {
    const row = rows.find((r) => Math.abs(r.y - item.y) <= Math.max(1, 0.2 * Math.min(r.size, item.size)) && sizeClose(r.size, item.size));
    if (row) row.items.push(item);
    else rows.push({ y: item.y, size: item.size, items: [item] });
  }
  // A row of small items just above a larger one is that row's superscripts (note markers, "1st").
  const kept: Row[] = [];
  for (const row of rows) {
    const host = rows.find((r) => r !== row && r.size >= row.size * 1.2 && row.y > r.y && row.y - r.y <= 0.6 * r.size && overlapsX(r, row));
    if (host && row.items.every((i) => i.text.trim().length <= 6)) {
      host.items.push(...row.items.map((i) => ({ ...i, sup: true })));
    } else kept.push(row);
  }
  for (const row of kept) {
    row.items.sort((a, b) => a.x - b.x);
    row.size = dominantSize(row.items.filter((i) => !i.sup));
  }
  return kept.sort((a, b) => b.y - a.y);
}

function sizeClose(a: number, b: number): boolean {
  return Math.min(a, b) / Math.max(a, b) > 0.8;
}

function overlapsX(a: Row, b: Row): boolean {
  const span = (r: Row) => [Math.min(...r.items.map((i) => i.x)), Math.max(...r.items.map((i) => i.x + i.width))] as const;
  const [a0, a1] = span(a);
  const [b0, b1] = span(b);
  return b0 <= a1 + 2 && b1 >= a0 - 2;
}

/** The size most of the characters have. */
export function dominantSize(items: { size: number; text: string }[]): number {
  const weight = new Map<number, number>();
  for (const i of items) {
    const key = Math.round(i.size * 2) / 2;
    weight.set(key, (weight.get(key) ?? 0) + i.text.length);
  }
  let best = items[0]?.size ?? 0;
  let most = -1;
  for (const [size, w] of weight) if (w > most) [best, most] = [size, w];
  return best;
}

/** A row cut where a gap is wider than a word space could be. */
function segmentsOf(row: Row): Segment[] {
  const segments: Segment[] = [];
  for (const item of row.items) {
    const last = segments[segments.length - 1];
    if (last && item.x - last.x1 <= 1.2 * row.size) {
      last.items.push(item);
      last.x1 = Math.max(last.x1, item.x + item.width);
    } else segments.push({ items: [item], x0: item.x, x1: item.x + item.width });
  }
  return segments;
}

/**
 * The x of a gutter between two columns: a vertical band in the middle half of the page that
 * lines on both sides keep clear of and few lines cross (a title or a heading across both
 * columns). Columns' baselines need not line up. Undefined for a page of one column.
 */
function findGutter(rows: { row: Row; segments: Segment[] }[], width: number): number | undefined {
  const segments = rows.flatMap((r) => r.segments);
  let best: { x: number; crossing: number; run: number } | undefined;
  let run: { from: number; crossing: number } | undefined;
  for (let x = Math.round(width * 0.25); x <= width * 0.75; x++) {
    let left = 0;
    let right = 0;
    let crossing = 0;
    for (const s of segments) {
      if (s.x1 <= x) left++;
      else if (s.x0 >= x) right++;
      else crossing++;
    }
    const clear = left >= 3 && right >= 3 && crossing < 0.25 * Math.min(left, right);
    if (!clear || (run && run.crossing !== crossing)) run = undefined;
    if (!clear) continue;
    run ??= { from: x, crossing };
    const length = x - run.from;
    if (!best || crossing < best.crossing || (crossing === best.crossing && length > best.run)) best = { x: (run.from + x) / 2, crossing, run: length };
  }
  return best?.x;
}

/** The text of a line's items: a space where the gap between two is wider than a letter's spacing. */
function segmentText(items: Row["items"], size: number): string {
  let text = "";
  let end: number | undefined;
  for (const item of items) {
    const piece = item.sup ? superscript(item.text.trim()) : item.text;
    if (end !== undefined && !item.sup && item.x - end > 0.15 * size && !text.endsWith(" ") && !piece.startsWith(" ")) text += " ";
    text += piece;
    end = item.x + item.width;
  }
  return text.replace(/\s+/g, " ").trim();
}

/** Raised digits written as superscript digits (how the reading text marks a note), anything else as it is. */
function superscript(text: string): string {
  return /^[\d,\s]+$/.test(text) ? text.replace(/\d/g, (d) => SUPERSCRIPT_DIGITS[Number(d)]!).replace(/\s+/g, "") : text;
}
