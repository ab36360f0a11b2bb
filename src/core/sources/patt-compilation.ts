import type { Block, PassageBlock } from "./assemble.ts";
import type { QuotedReport } from "./model.ts";
import { lineGroups } from "./line-groups.ts";
import { rawLines, type RawLine } from "./raw-lines.ts";

/**
 * Martin Patt's country page: a compilation of excerpts, each under the quoted report's title,
 * publisher and date, `[accessed …]`, optional `Note::` and `[page N]` lines. A passage of an
 * entry is cited as that report, quoted in Patt.
 */
const ACCESSED = /^\[accessed ([^\]]+)\]$/;
const ARCHIVED = /^At one time this article/;
const PAGE = /^\[page (\w+)\]\s*/;
const FOOTER = /^All material used herein/;
const MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
const DATE = new RegExp(`(?:\\d{1,2} )?${MONTH}(?: \\d{1,2},)? \\d{4}|\\d{1,2}/\\d{1,2}/\\d{4}|\\b(?:19|20)\\d{2}\\b`, "g");

export function pattCompilationBlocks(raw: string): Block[] {
  const lines = lineGroups(rawLines(raw), (l) => l.text === "").flat();
  const entries = findEntries(lines);
  const blocks: Block[] = [];
  let report: QuotedReport | undefined;
  let page: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const entry = entries.get(i);
    if (entry) {
      report = entry.report;
      page = undefined;
      blocks.push({ kind: "heading", level: 1, lines: [line.span] });
      for (const j of entry.bylines) blocks.push({ kind: "heading", level: 0, lines: [lines[j]!.span] });
      i = entry.end;
      continue;
    }
    if (FOOTER.test(line.text)) {
      report = undefined;
      blocks.push({ kind: "heading", level: 1, lines: [], syntheticTitle: "Page footer", at: line.span.start });
    }
    if (line.text === "*** ARCHIVES ***" || /^Note::/.test(line.text)) {
      blocks.push({ kind: "heading", level: 0, lines: [line.span] });
      continue;
    }
    const p = PAGE.exec(line.text);
    if (p) page = p[1];
    if (p && p[0].length === line.text.length) {
      blocks.push({ kind: "heading", level: 0, lines: [line.span] });
      continue;
    }
    const start = line.span.start + (p ? p[0].length : 0);
    const passage: PassageBlock = { kind: "paragraph", lines: [{ start, end: line.span.end }] };
    if (report) passage.quotedIn = { ...report, ...(page ? { page } : {}) };
    if (page) passage.page = page;
    blocks.push(passage);
  }
  return blocks;
}

interface Entry {
  report: QuotedReport;
  /** Lines after the title shown as its byline (publisher, [accessed], notes). */
  bylines: number[];
  /** Index of the entry's last header line. */
  end: number;
}

/** Entries keyed by the line index of their title. */
function findEntries(lines: RawLine[]): Map<number, Entry> {
  const entries = new Map<number, Entry>();
  lines.forEach((line, a) => {
    const accessed = ACCESSED.exec(line.text);
    if (!accessed) return;
    let p = a - 1;
    while (p >= 0 && ARCHIVED.test(lines[p]!.text)) p--;
    let t = p - 1;
    // "Five Years After Stockholm [PDF]" over "ECPAT: Fifth Report…": the subtitle joins the title.
    if (t > 0 && /\[(?:PDF|DOC)\]$/.test(lines[t - 1]!.text) && !/\]$/.test(lines[t]!.text)) t--;
    if (p < 1) return;
    const publisher = lines[p]!.text;
    const title = lines
      .slice(t, p)
      .map((l) => l.text.replace(/\s*\[(?:PDF|DOC)\]$/, ""))
      .join(": ");
    const date = [...publisher.matchAll(DATE)].pop()?.[0];
    let end = a;
    while (end + 1 < lines.length && /^Note::/.test(lines[end + 1]!.text)) end++;
    const bylines: number[] = [];
    for (let j = t + 1; j <= end; j++) bylines.push(j);
    entries.set(t, { report: { title, publisher, accessed: accessed[1]!, ...(date ? { date } : {}) }, bylines, end });
  });
  return entries;
}
