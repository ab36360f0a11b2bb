import { parse, type DefaultTreeAdapterTypes as T } from "parse5";
import type { Block, BlockLine, PassageBlock } from "./assemble.ts";
import type { ExtractedText } from "./extracted-text.ts";

/**
 * A saved web page (or the HTML a Word file converts to) walked as parse5's tree, never with
 * regular expressions over the markup: headings, paragraphs, list items, tables, and footnotes
 * where the page marks them (`<sup><a href="#fn1">`, `role="doc-noteref"`, Wikipedia's
 * `cite_note`, mammoth's `footnote-`), their markers written as superscript digits. Scripts,
 * styles, navigation, page headers and footers and asides are skipped.
 */
export function htmlExtraction(html: string): ExtractedText {
  const document = parse(html);
  const walker = new HtmlWalker(noteTargets(document));
  walker.walk(document);
  return walker.finish();
}

/** Whether a text is a web page rather than plain text: a doctype or an `<html>`, `<head>` or `<body>` tag of its own. */
export function looksLikeHtml(text: string): boolean {
  const document = parse(text.slice(0, 20000), { sourceCodeLocationInfo: true });
  if (document.childNodes.some((n) => n.nodeName === "#documentType")) return true;
  const html = document.childNodes.find((n): n is T.Element => n.nodeName === "html");
  if (!html) return false;
  return html.sourceCodeLocation != null || html.childNodes.some((n) => isElement(n) && n.sourceCodeLocation != null && (n.tagName === "head" || n.tagName === "body"));
}

const SKIPPED = new Set(["script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "button", "svg", "iframe", "head", "select", "math"]);
const SKIPPED_ROLES = new Set(["navigation", "banner", "contentinfo", "complementary", "doc-backlink"]);
const BLOCKS = new Set([
  "p", "div", "section", "article", "main", "blockquote", "pre", "figure", "figcaption", "address", "body", "html",
  "dl", "dt", "dd", "center", "details", "summary", "fieldset", "caption", "ol", "ul", "hr",
]);
const HEADINGS: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
const SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

const isElement = (n: T.ChildNode | T.Document): n is T.Element => "tagName" in n;
const attr = (e: T.Element, name: string) => e.attrs.find((a) => a.name === name)?.value;

interface Targets {
  /** Element id of a note → the note's number. */
  notes: Map<string, string>;
  /** Ids of the markers themselves: a link back to one is a backlink, not text. */
  refs: Set<string>;
}

/** The links that are note markers, and the ids they point to. */
function noteTargets(document: T.Document): Targets {
  const targets: Targets = { notes: new Map(), refs: new Set() };
  let next = 1;
  const visit = (node: T.ChildNode | T.Document, inSup: boolean) => {
    if (!isElement(node) && !("childNodes" in node)) return;
    if (isElement(node) && node.tagName === "a") {
      const href = attr(node, "href") ?? "";
      const label = textOf(node).replace(/[[\]\s]/g, "");
      const noteLike = inSup || attr(node, "role") === "doc-noteref" || /(?:^|[-_])(?:fn|footnote|endnote|note|cite_note)/i.test(href);
      if (href.startsWith("#") && href.length > 1 && noteLike && /^\d{1,4}$|^\*$/.test(label || String(next))) {
        const id = decodeURIComponent(href.slice(1));
        if (!targets.notes.has(id)) targets.notes.set(id, label || String(next));
        next = Number(targets.notes.get(id)) + 1 || next + 1;
        const own = attr(node, "id");
        if (own) targets.refs.add(own);
        return;
      }
    }
    const sup = inSup || (isElement(node) && node.tagName === "sup");
    if (isElement(node) && node.tagName === "sup" && attr(node, "id")) targets.refs.add(attr(node, "id")!);
    for (const child of node.childNodes) visit(child, sup);
  };
  visit(document, false);
  return targets;
}

function textOf(node: T.ChildNode | T.Document): string {
  if (node.nodeName === "#text") return (node as T.TextNode).value;
  return "childNodes" in node ? node.childNodes.map(textOf).join("") : "";
}

class HtmlWalker {
  private raw = "";
  private readonly blocks: Block[] = [];
  private readonly notes: PassageBlock[] = [];
  /** The lines of the block being read (a `<br>` starts a new one). */
  private lines: string[] = [""];
  private pre = 0;
  /** Inside a note or a table cell, blocks only start a new line. */
  private collecting = 0;

  constructor(private readonly targets: Targets) {}

  walk(node: T.ChildNode | T.Document): void {
    if (node.nodeName === "#text") return this.text((node as T.TextNode).value);
    if (!isElement(node)) {
      if ("childNodes" in node && node.nodeName === "#document") for (const child of node.childNodes) this.walk(child);
      return;
    }
    const tag = node.tagName;
    if (SKIPPED.has(tag) || SKIPPED_ROLES.has(attr(node, "role") ?? "") || attr(node, "hidden") !== undefined || attr(node, "aria-hidden") === "true") return;
    const id = attr(node, "id");
    const noteId = id !== undefined ? this.targets.notes.get(id) : undefined;
    if (noteId !== undefined) return this.note(node, noteId);
    if (tag === "a" && this.isMarker(node)) return this.marker(node);
    if (tag === "a" && this.isBacklink(node)) return;
    if (tag === "br") return void this.lines.push("");
    if (this.collecting > 0 && (BLOCKS.has(tag) || tag in HEADINGS || tag === "li" || tag === "tr")) {
      this.lines.push("");
      for (const child of node.childNodes) this.walk(child);
      return void this.lines.push("");
    }
    if (tag in HEADINGS) return this.block(node, (lines) => this.blocks.push({ kind: "heading", level: HEADINGS[tag]!, lines }));
    if (tag === "li") return this.listItem(node);
    if (tag === "table") return this.table(node);
    if (tag === "pre") {
      this.pre++;
      this.block(node, (lines) => this.blocks.push({ kind: "paragraph", lines }));
      this.pre--;
      return;
    }
    if (BLOCKS.has(tag)) return this.block(node, (lines) => this.blocks.push({ kind: "paragraph", lines }));
    for (const child of node.childNodes) this.walk(child);
  }

  finish(): ExtractedText {
    this.flush((lines) => this.blocks.push({ kind: "paragraph", lines }));
    if (this.notes.length > 0) this.blocks.push({ kind: "heading", level: 1, lines: [], syntheticTitle: "Notes", at: this.notes[0]!.lines[0]?.start ?? 0 }, ...this.notes);
    return { raw: this.raw, blocks: this.blocks, markers: "superscript" };
  }

  private text(value: string): void {
    const last = this.lines.length - 1;
    if (this.pre > 0) {
      const [first, ...more] = value.split("\n");
      this.lines[last] += first!;
      this.lines.push(...more);
    } else this.lines[last] += value.replace(/\s+/g, " ");
  }

  /** A block element: what came before it is a block of its own, then its content. */
  private block(node: T.Element, emit: (lines: BlockLine[]) => void): void {
    this.flush((lines) => this.blocks.push({ kind: "paragraph", lines }));
    for (const child of node.childNodes) this.walk(child);
    this.flush(emit);
  }

  private listItem(node: T.Element): void {
    this.flush((lines) => this.blocks.push({ kind: "paragraph", lines }));
    for (const child of node.childNodes) {
      if (isElement(child) && (child.tagName === "ul" || child.tagName === "ol")) {
        this.flush((lines) => this.blocks.push({ kind: "list-item", lines }));
        this.walk(child);
      } else this.walk(child);
    }
    this.flush((lines) => this.blocks.push({ kind: "list-item", lines }));
  }

  /** A table as one passage: a line per row, cells separated by a tab. */
  private table(node: T.Element): void {
    this.flush((lines) => this.blocks.push({ kind: "paragraph", lines }));
    const rows: T.Element[] = [];
    const collect = (n: T.Element) => {
      for (const c of n.childNodes) {
        if (!isElement(c) || c.tagName === "table") continue;
        if (c.tagName === "tr") rows.push(c);
        else collect(c);
      }
    };
    collect(node);
    const lines: BlockLine[] = [];
    for (const row of rows) {
      const cells = row.childNodes.filter((c): c is T.Element => isElement(c) && (c.tagName === "td" || c.tagName === "th"));
      const texts = cells.map((cell) => {
        this.collecting++;
        for (const child of cell.childNodes) this.walk(child);
        this.collecting--;
        const text = this.lines.join(" ").replace(/\s+/g, " ").trim();
        this.lines = [""];
        return text;
      });
      if (texts.every((t) => t === "")) continue;
      const line = this.line(texts.join("\t"));
      lines.push(lines.length > 0 ? { ...line, breakBefore: true } : line);
    }
    if (lines.length > 0) this.blocks.push({ kind: "table", lines });
  }

  private note(node: T.Element, noteId: string): void {
    const saved = this.lines;
    this.lines = [""];
    this.collecting++;
    for (const child of node.childNodes) this.walk(child);
    this.collecting--;
    const lines = this.take();
    this.lines = saved;
    if (lines.length > 0) this.notes.push({ kind: "note", noteId, lines });
  }

  private isMarker(node: T.Element): boolean {
    const href = attr(node, "href") ?? "";
    return href.startsWith("#") && this.targets.notes.has(decodeURIComponent(href.slice(1)));
  }

  private isBacklink(node: T.Element): boolean {
    const href = attr(node, "href") ?? "";
    return (href.startsWith("#") && this.targets.refs.has(decodeURIComponent(href.slice(1)))) || /^[↑^↩]+$/.test(textOf(node).trim());
  }

  private marker(node: T.Element): void {
    const id = this.targets.notes.get(decodeURIComponent((attr(node, "href") ?? "").slice(1)))!;
    const mark = /^\d+$/.test(id) ? [...id].map((d) => SUPERSCRIPTS[Number(d)]).join("") : id;
    const last = this.lines.length - 1;
    this.lines[last] = this.lines[last]!.replace(/\s+$/, "") + mark;
  }

  /** Ends the block being read: its non-empty lines, written out. */
  private flush(emit: (lines: BlockLine[]) => void): void {
    const lines = this.take();
    if (lines.length > 0) emit(lines);
  }

  private take(): BlockLine[] {
    const texts = this.lines.map((l) => (this.pre > 0 ? l.trimEnd() : l.replace(/\s+/g, " ").trim())).filter((l) => l !== "");
    this.lines = [""];
    return texts.map((t, i) => (i > 0 ? { ...this.line(t), breakBefore: true } : this.line(t)));
  }

  /** Writes one line to the raw side; its span. */
  private line(text: string): BlockLine {
    if (this.raw.length > 0) this.raw += "\n";
    const start = this.raw.length;
    this.raw += text;
    return { start, end: this.raw.length };
  }
}
