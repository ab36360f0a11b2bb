import type { PdfLine, PositionedPage } from "./pdf-lines.ts";

/** A running header or footer line, as the import reports it: its text (on its first page) and on how many pages it was. */
export interface RemovedLine {
  text: string;
  pages: number;
  /** Its text on its last page, where that differs (a page number: "5" … "7"). */
  last?: string;
}

export interface Furniture {
  /** The lines lifted out of the text. */
  lines: Set<PdfLine>;
  /** Each distinct header or footer once, in the order first met. */
  removed: RemovedLine[];
  /** The printed page number found on each page (undefined where none). */
  printed: (string | undefined)[];
}

/** How far into the page, from its top or bottom edge, a running header or footer may sit. */
const EDGE_BAND = 0.14;
/** How many lines at each end of a page are looked at. */
const EDGE_LINES = 3;

const ROMAN = /^[ivxlc]+$/i;
const PAGE_NUMBER = /^(?:page |p\. ?)?(\d{1,4}|[ivxlc]{1,7})(?: (?:of|\/) \d{1,4})?$|^[-–—] ?(\d{1,4}) ?[-–—]$/i;

/**
 * Running headers and footers, found by where they are and how often they come back, not by
 * where the text stream puts them: a line near the top or bottom edge of a page whose words
 * (numbers aside) recur at the same height on other pages, or that is only a page number.
 */
export function findFurniture(pages: PositionedPage[], lines: PdfLine[][]): Furniture {
  const candidates: { line: PdfLine; edge: "top" | "bottom"; key: string }[] = [];
  lines.forEach((pageLines, p) => {
    const height = pages[p]!.height;
    const byHeight = [...pageLines].sort((a, b) => b.y - a.y);
    const top = byHeight.slice(0, EDGE_LINES).filter((l) => l.y >= height * (1 - EDGE_BAND));
    const bottom = byHeight
      .slice(-EDGE_LINES)
      .filter((l) => l.y <= height * EDGE_BAND)
      .filter((l) => !top.includes(l));
    for (const line of top) candidates.push({ line, edge: "top", key: keyOf(line.text) });
    for (const line of bottom) candidates.push({ line, edge: "bottom", key: keyOf(line.text) });
  });
  const groups = new Map<string, typeof candidates>();
  for (const c of candidates) {
    const key = `${c.edge}\u0000${c.key}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const minPages = pages.length <= 3 ? 2 : 3;
  const found = new Set<PdfLine>();
  for (const group of groups.values()) {
    const median = group.map((c) => c.line.y).sort((a, b) => a - b)[group.length >> 1]!;
    const level = group.filter((c) => Math.abs(c.line.y - median) <= 6);
    const pagesOn = new Set(level.map((c) => c.line.page)).size;
    const pageNumbers = level.filter((c) => PAGE_NUMBER.test(c.line.text));
    if (pagesOn >= minPages) for (const c of level) found.add(c.line);
    else for (const c of pageNumbers) found.add(c.line);
  }
  const printed: (string | undefined)[] = pages.map(() => undefined);
  const removed = new Map<string, RemovedLine>();
  // A line that is only a number is the page number; a number at the end of a running line is one
  // only where it changes from page to page (not the "2016" of "Report 2016").
  const kept = candidates.filter((c) => found.has(c.line));
  for (const c of kept) if (PAGE_NUMBER.test(c.line.text)) printed[c.line.page] ??= printedNumber(c.line.text);
  const edgeNumbers = new Map<string, Set<string>>();
  for (const c of kept) {
    const key = `${c.edge}\u0000${c.key}`;
    const number = printedNumber(c.line.text);
    if (number !== undefined) edgeNumbers.set(key, (edgeNumbers.get(key) ?? new Set()).add(number));
  }
  for (const c of kept) {
    const key = `${c.edge}\u0000${c.key}`;
    if ((edgeNumbers.get(key)?.size ?? 0) > 1) printed[c.line.page] ??= printedNumber(c.line.text);
    const known = removed.get(key);
    if (!known) removed.set(key, { text: c.line.text, pages: 1 });
    else {
      known.pages++;
      if (c.line.text !== known.text) known.last = c.line.text;
      else delete known.last;
    }
  }
  return { lines: found, removed: [...removed.values()], printed };
}

/** A line's words with every number as "#", so "Page 3" and "Page 4" are one header. */
function keyOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/\d+/g, "#")
    .split(" ")
    .map((w) => (ROMAN.test(w) && w.length <= 7 ? "#" : w))
    .join(" ");
}

/** The page number a header or footer prints: "12", "Page 12", "12 of 40", "- 12 -", "GE.13-19123 12", "xii". */
function printedNumber(text: string): string | undefined {
  const alone = PAGE_NUMBER.exec(text);
  if (alone) return alone[1] ?? alone[2];
  // A number at either end of a running line ("A/HRC/25/48/Add.1 12", "12 GE.13-19123").
  const edge = /^(\d{1,4}) \S|\S (\d{1,4})$/.exec(text);
  return edge ? (edge[1] ?? edge[2]) : undefined;
}

/**
 * Each page's label: the PDF's own, else the printed page number where it fits the run of
 * the others (an unnumbered cover is counted by them), else the page's position.
 */
export function pageLabels(pages: PositionedPage[], printed: (string | undefined)[]): { labels: string[]; from: "pdf" | "printed" | "position" } {
  if (pages.length > 0 && pages.every((p) => p.label !== undefined && p.label !== "")) return { labels: pages.map((p) => p.label!), from: "pdf" };
  const offsets = new Map<number, number>();
  printed.forEach((n, i) => {
    if (n !== undefined && /^\d+$/.test(n)) offsets.set(Number(n) - i, (offsets.get(Number(n) - i) ?? 0) + 1);
  });
  const [offset, votes] = [...offsets].sort((a, b) => b[1] - a[1])[0] ?? [0, 0];
  const numbered = printed.filter((n) => n !== undefined && /^\d+$/.test(n)).length;
  if (votes < 2 || votes < numbered / 2) return { labels: pages.map((_, i) => String(i + 1)), from: "position" };
  return {
    labels: pages.map((_, i) => {
      const own = printed[i];
      if (own !== undefined && !/^\d+$/.test(own)) return own; // roman front matter
      return i + offset >= 1 ? String(i + offset) : String(i + 1);
    }),
    from: "printed",
  };
}
