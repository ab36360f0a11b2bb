import { TextBuilder } from "../text/text-builder.ts";
import { nameLocators, type PassagePlace } from "./locator-names.ts";
import type { Heading, NoteRef, Passage, PassageKind, QuotedReport, RawSpan, ReadingText } from "./model.ts";

/** A raw line of a block; `breakBefore` keeps it on its own line (list sub-items, table rows). */
export interface BlockLine extends RawSpan {
  breakBefore?: boolean;
  /** Joined to the line before without a space: after a real hyphen that ended it ("UN-" + "Women"). */
  glued?: boolean;
}

export interface HeadingBlock {
  kind: "heading";
  /** 1 is the top section level; 0 is a display line (document title, byline) outside the path. */
  level: number;
  lines: BlockLine[];
  /** Text shown when the heading has no raw lines of its own ("Footnotes"). */
  syntheticTitle?: string;
  /** Raw position a synthetic heading stands for. */
  at?: number;
}

export interface PassageBlock {
  kind: Exclude<PassageKind, "heading">;
  lines: BlockLine[];
  number?: number;
  noteId?: string;
  page?: string;
  quotedIn?: QuotedReport;
}

export type Block = HeadingBlock | PassageBlock;

export interface AssembleOptions {
  /** How note markers are printed in this source. */
  markers: "superscript" | "trailing-digits" | "none";
  /** Drop Markdown emphasis and <i> tags from the reading text. */
  stripMarkup?: boolean;
  /** Name of the passages before the first heading. */
  leadName?: string;
}

const SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
const MARKUP = /\*\*|<\/?i>|(?<![\w*])\*(?=[^\s*])|(?<=[^\s*])\*(?![\w*])/g;

/** Lays the blocks out as reading text (blocks separated by a blank line) with locators. */
export function assemble(raw: string, blocks: Block[], options: AssembleOptions): ReadingText {
  const out = new TextBuilder(raw);
  const headings: Heading[] = [];
  const passages: Passage[] = [];
  const places: PassagePlace[] = [];
  const lineBreakHyphens: number[] = [];
  const path: { level: number; title: string }[] = [];
  const counters = new Map<string, number>();
  const count = (key: string) => {
    const n = (counters.get(key) ?? 0) + 1;
    counters.set(key, n);
    return n;
  };
  const add = (passage: Omit<Passage, "index" | "locator" | "path" | "noteRefs">, place: Omit<PassagePlace, "passage">) => {
    const p: Passage = { index: passages.length, locator: "", path: path.map((h) => h.title), noteRefs: [], ...passage };
    passages.push(p);
    places.push({ passage: p, ...place });
  };

  for (const block of blocks) {
    if (out.length > 0) out.insert("\n\n", block.lines[0]?.start ?? (block as HeadingBlock).at ?? 0);
    const start = out.length;
    if (block.kind === "heading" && block.lines.length === 0) {
      out.insert(block.syntheticTitle ?? "", block.at ?? 0);
    } else {
      writeLines(raw, out, block.lines, options.stripMarkup ?? false, lineBreakHyphens);
    }
    const end = out.length;
    const sectionKey = () => path.map((p) => p.title).join("\u0000");
    if (block.kind === "heading") {
      const title = out.textFrom(start);
      headings.push({ level: block.level, title, start, end });
      // Titles and bylines (level 0) are shown, not part of the path.
      if (block.level > 0) {
        while (path.length > 0 && path[path.length - 1]!.level >= block.level) path.pop();
        path.push({ level: block.level, title });
      }
      // A heading the source prints can be quoted; a synthetic one ("Footnotes") cannot.
      if (block.lines.length > 0) {
        const line = block.level === 0 ? count(`line\u0000${sectionKey()}`) : undefined;
        add({ kind: "heading", start, end }, line === undefined ? { heading: true } : { line });
      }
      continue;
    }
    const ordinal = block.kind === "note" ? 0 : count(sectionKey());
    add(
      {
        kind: block.kind,
        start,
        end,
        ...(block.number !== undefined ? { number: block.number } : {}),
        ...(block.noteId !== undefined ? { noteId: block.noteId } : {}),
        ...(block.page !== undefined ? { page: block.page } : {}),
        ...(block.quotedIn !== undefined ? { quotedIn: block.quotedIn } : {}),
      },
      { ordinal },
    );
  }
  const { text, toRaw } = out.finish();
  nameLocators(places, headings, options.leadName ?? "Introduction");
  const notes = new Set(passages.filter((p) => p.noteId).map((p) => p.noteId!));
  if (options.markers !== "none") linkMarkers(text, passages, notes, options.markers);
  return { text, toRaw, headings, passages, lineBreakHyphens };
}

/** Joins a block's lines: a space between lines, none after a line-break hyphen (whose place is recorded). */
function writeLines(raw: string, out: TextBuilder, lines: BlockLine[], stripMarkup: boolean, lineBreakHyphens: number[]): void {
  lines.forEach((line, i) => {
    if (i > 0) {
      const prev = out.lastChar;
      const next = raw[line.start];
      const before = raw.slice(lines[i - 1]!.start, lines[i - 1]!.end);
      const brokenWord = prev === "-" && /\p{Ll}/u.test(next ?? "") && /\p{L}-$/u.test(before);
      const brokenUrl = /(?:https?:\/\/|www\.)\S*[/_-]$/.test(before);
      if (line.breakBefore) out.insert("\n", line.start);
      else if (brokenWord) lineBreakHyphens.push(out.length - 1);
      else if (!brokenUrl && !line.glued) out.insert(" ", lines[i - 1]!.end);
    }
    if (!stripMarkup) return out.copy(line.start, line.end);
    let at = line.start;
    const segment = raw.slice(line.start, line.end);
    for (const m of segment.matchAll(MARKUP)) {
      out.copy(at, line.start + m.index);
      at = line.start + m.index + m[0].length;
    }
    out.copy(at, line.end);
  });
}

/** Finds note markers in passage text and links them to the notes they point to. */
function linkMarkers(text: string, passages: Passage[], notes: Set<string>, style: "superscript" | "trailing-digits"): void {
  let last = 0;
  for (const p of passages) {
    if (p.kind === "note") continue;
    const body = text.slice(p.start, p.end);
    const refs: NoteRef[] = [];
    if (style === "superscript") {
      for (const m of body.matchAll(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\^\{([\d ]+)\}/g)) {
        const ids = m[1] ? m[1].trim().split(/\s+/) : [[...m[0]].map((c) => SUPERSCRIPTS.indexOf(c)).join("")];
        const known = ids.map((id) => String(Number(id))).filter((id) => notes.has(id));
        if (known.length > 0) refs.push({ noteIds: known, start: p.start + m.index, end: p.start + m.index + m[0].length });
      }
    } else {
      // Plain digits glued to a word or stop ("networks.1 The"): only the next few note numbers count.
      for (const m of body.matchAll(/(?<=\p{L}|[\p{L})”’"][.,;:])(\d{1,3})(?=[\s,;:)]|$)/gu)) {
        const n = Number(m[1]);
        if (n > last && n <= last + 3 && notes.has(String(n))) {
          refs.push({ noteIds: [String(n)], start: p.start + m.index, end: p.start + m.index + m[0].length });
          last = n;
        }
      }
    }
    p.noteRefs = refs;
  }
}
