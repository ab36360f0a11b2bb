/**
 * PDFs made from a seed's reading text, printed by Chromium from HTML written here, page by page
 * so that the test knows what is on every page: running header and footer, printed page numbers,
 * one or two columns, footnotes at the page foot, and paragraphs broken across pages.
 */
import { chromium } from "playwright-core";
import type { Passage } from "../../src/core/sources/model.ts";
import type { Source } from "../../src/core/sources/source.ts";
import { chromiumArgs, chromiumExecutable } from "../e2e/chromium.ts";

export interface Layout {
  name: string;
  columns: 1 | 2;
  footnotes: boolean;
  header: string;
  footer: (printed: number) => string;
  /** Where the footer's number sits: centred, or on the outer side (left on even pages). */
  footerAlign: "center" | "outer";
  /** The number printed on the first page. */
  firstNumber: number;
  /** Words of body text a page takes (a heading counts as 20). */
  wordsPerPage: number;
}

/** Where a passage's words went: the page each run of them starts on. */
export interface Placed {
  passage: Passage;
  /** Its text without note markers. */
  text: string;
  /** [first word index, page index] for each run of its words, in order. */
  runs: [number, number][];
}

export interface SeedPdf {
  bytes: Uint8Array;
  placed: Placed[];
  /** Printed number of each page. */
  printed: number[];
}

interface Word {
  text: string;
  notes: string[];
}

/** A passage's words, each with the notes its marker points to, and its text with the markers left out. */
function wordsOf(source: Source, p: Passage): { words: Word[]; text: string } {
  const full = source.reading.text;
  let text = "";
  const markers: { at: number; ids: string[] }[] = [];
  let at = p.start;
  for (const ref of p.noteRefs) {
    text += full.slice(at, ref.start);
    markers.push({ at: text.length, ids: ref.noteIds });
    at = ref.end;
  }
  text += full.slice(at, p.end);
  text = text.replace(/\s+/g, " ").trim();
  const words: Word[] = [];
  let offset = 0;
  for (const word of text.split(" ")) {
    const end = text.indexOf(word, offset) + word.length;
    words.push({ text: word, notes: markers.filter((m) => m.at === end).flatMap((m) => m.ids) });
    offset = end;
  }
  return { words, text };
}

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

const STYLE = (layout: Layout) => `
@page { size: 210mm 297mm; margin: 0 }
body { margin: 0; font-family: "DejaVu Serif", "Liberation Serif", serif; }
.page { position: relative; width: 210mm; height: 297mm; overflow: hidden; break-after: page; }
.head { position: absolute; top: 12mm; left: 25mm; right: 25mm; font-size: 8pt; }
.foot { position: absolute; bottom: 10mm; left: 25mm; right: 25mm; font-size: 8pt; }
.body { position: absolute; top: 25mm; left: 25mm; right: 25mm; bottom: ${layout.footnotes ? 60 : 25}mm; font-size: ${layout.columns === 2 ? 9.5 : 10.5}pt; line-height: 1.3; text-align: justify; ${layout.columns === 2 ? "column-count: 2; column-gap: 9mm; column-fill: auto;" : ""} }
.notes { position: absolute; bottom: 20mm; left: 25mm; right: 25mm; font-size: 8pt; line-height: 1.2; }
.notes p { margin: 0 0 2pt; }
p { margin: 0 0 7pt; }
p.runs-on { text-align-last: justify; margin-bottom: 0; }
h1, h2, h3 { font-weight: bold; margin: 6pt 0 7pt; break-after: avoid; }
h1 { font-size: ${layout.columns === 2 ? 14 : 15}pt; } h2 { font-size: ${layout.columns === 2 ? 12.5 : 13.5}pt; } h3 { font-size: ${layout.columns === 2 ? 11 : 12}pt; }
sup { font-size: 6.5pt; vertical-align: super; line-height: 0; }
`;

/** Lays a seed's passages (notes aside) out on pages and prints them with Chromium. */
export async function seedPdf(source: Source, layout: Layout): Promise<SeedPdf> {
  const notes = new Map(source.reading.passages.filter((p) => p.kind === "note").map((p) => [p.noteId!, wordsOf(source, p).text]));
  const pages: { html: string[]; notes: string[] }[] = [{ html: [], notes: [] }];
  let budget = layout.wordsPerPage;
  const placed: Placed[] = [];
  const newPage = () => {
    pages.push({ html: [], notes: [] });
    budget = layout.wordsPerPage;
  };
  const page = () => pages[pages.length - 1]!;
  const render = (words: Word[]) =>
    words
      .map((w) => {
        for (const id of w.notes) if (layout.footnotes && notes.has(id)) page().notes.push(`<p>${id} ${escape(notes.get(id)!)}</p>`);
        return escape(w.text) + (layout.footnotes ? w.notes.map((id) => `<sup>${id}</sup>`).join("") : "");
      })
      .join(" ");

  for (const p of source.reading.passages) {
    if (p.kind === "note") continue;
    const { words, text } = wordsOf(source, p);
    if (p.kind === "heading") {
      if (budget < 80) newPage();
      placed.push({ passage: p, text, runs: [[0, pages.length - 1]] });
      const level = Math.min(3, p.path.length);
      page().html.push(`<h${level}>${render(words)}</h${level}>`);
      budget -= 20;
      continue;
    }
    const runs: [number, number][] = [];
    let from = 0;
    while (from < words.length) {
      if (budget < 25) newPage();
      let to = Math.min(words.length, from + budget);
      // A run that stops mid-paragraph stops mid-sentence, as a page break usually does.
      while (to < words.length && to - from > 10 && /[.!?:;]$/.test(words[to - 1]!.text)) to--;
      runs.push([from, pages.length - 1]);
      const last = to < words.length;
      page().html.push(`<p${last ? ' class="runs-on"' : ""}>${render(words.slice(from, to))}</p>`);
      budget -= to - from + 6;
      from = to;
      if (last) newPage();
    }
    placed.push({ passage: p, text, runs });
  }

  const printed = pages.map((_, i) => layout.firstNumber + i);
  const html = pages
    .map((pg, i) => {
      const n = printed[i]!;
      const align = layout.footerAlign === "center" ? "center" : n % 2 === 0 ? "left" : "right";
      return `<div class="page"><div class="head">${escape(layout.header)}</div><div class="body">${pg.html.join("")}</div>${
        pg.notes.length > 0 ? `<div class="notes">${pg.notes.join("")}</div>` : ""
      }<div class="foot" style="text-align:${align}">${escape(layout.footer(n))}</div></div>`;
    })
    .join("");
  const browser = await chromium.launch({ executablePath: await chromiumExecutable(), args: chromiumArgs() });
  try {
    const tab = await browser.newPage();
    await tab.setContent(`<!doctype html><html lang="en"><head><style>${STYLE(layout)}</style></head><body>${html}</body></html>`);
    const bytes = new Uint8Array(await tab.pdf({ preferCSSPageSize: true, printBackground: false }));
    return { bytes, placed, printed };
  } finally {
    await browser.close();
  }
}
