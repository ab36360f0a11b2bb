import type { Content } from "./pdf-document.ts";
import { Marked, type Token, type Tokens } from "marked";
import { isWebUrl } from "../text/web-url.ts";

/** Plain marked: trainer Markdown inside blocks has no `:::` blocks of its own. */
const markdown = new Marked({ gfm: true });

type Inline =
  string | { text: string | Inline[]; bold?: boolean; italics?: boolean; link?: string; style?: string; decoration?: "underline" };

/**
 * Trainer-written Markdown as pdfmake content: paragraphs, lists, headings, block quotes,
 * bold, italics, code and links. Raw HTML is printed as the text it is, never interpreted.
 */
export function markdownContent(text: string): Content[] {
  return blocks(markdown.lexer(text));
}

function blocks(tokens: Token[]): Content[] {
  const out: Content[] = [];
  for (const t of tokens) {
    switch (t.type) {
      case "paragraph":
        out.push({ text: inline((t as Tokens.Paragraph).tokens), style: "body" });
        break;
      case "heading": {
        const h = t as Tokens.Heading;
        out.push({ text: inline(h.tokens), style: h.depth <= 3 ? "subheading" : "minorheading" });
        break;
      }
      case "list": {
        const l = t as Tokens.List;
        const items = l.items.map((item) => {
          const content = blocks(item.tokens);
          return content.length === 1 ? content[0]! : { stack: content };
        });
        out.push(l.ordered ? { ol: items, style: "list", start: Number(l.start) || 1 } : { ul: items, style: "list" });
        break;
      }
      case "blockquote":
        out.push({ stack: blocks((t as Tokens.Blockquote).tokens), style: "blockquote" });
        break;
      case "code":
        out.push({ text: (t as Tokens.Code).text, style: "code" });
        break;
      case "hr":
        out.push({ canvas: [{ type: "line", x1: 0, y1: 4, x2: 120, y2: 4, lineWidth: 0.5, lineColor: "#999999" }], margin: [0, 4, 0, 8] });
        break;
      case "table": {
        const tb = t as Tokens.Table;
        out.push({
          table: {
            headerRows: 1,
            body: [
              tb.header.map((c) => ({ text: inline(c.tokens), bold: true })),
              ...tb.rows.map((r) => r.map((c) => ({ text: inline(c.tokens) }))),
            ],
          },
          style: "markdownTable",
        });
        break;
      }
      case "text": {
        const tx = t as Tokens.Text;
        out.push({ text: tx.tokens ? inline(tx.tokens) : tx.text, style: "body" });
        break;
      }
      case "html":
        out.push({ text: (t as Tokens.HTML).text, style: "body" });
        break;
      case "space":
        break;
      default:
        if ("text" in t && typeof t.text === "string") out.push({ text: t.text, style: "body" });
    }
  }
  return out;
}

/** Inline tokens as pdfmake text runs. */
export function inline(tokens: Token[] | undefined): Inline[] {
  if (!tokens) return [];
  const out: Inline[] = [];
  for (const t of tokens) {
    switch (t.type) {
      case "strong":
        out.push({ text: inline((t as Tokens.Strong).tokens), bold: true });
        break;
      case "em":
        out.push({ text: inline((t as Tokens.Em).tokens), italics: true });
        break;
      case "codespan":
        out.push({ text: decode((t as Tokens.Codespan).text), style: "codespan" });
        break;
      case "link": {
        const l = t as Tokens.Link;
        // Only a web address becomes a link in the PDF; any other scheme is printed as plain text.
        out.push(isWebUrl(l.href) ? { text: inline(l.tokens), link: l.href, decoration: "underline" } : { text: inline(l.tokens) });
        break;
      }
      case "br":
        out.push("\n");
        break;
      case "del":
        out.push({ text: inline((t as Tokens.Del).tokens) });
        break;
      case "text": {
        const tx = t as Tokens.Text;
        // A line break inside a paragraph is a soft break: the words flow on.
        out.push(...(tx.tokens ? inline(tx.tokens) : [decode(tx.text).replace(/\n/g, " ")]));
        break;
      }
      default:
        out.push(decode("text" in t && typeof t.text === "string" ? t.text : t.raw));
    }
  }
  return out;
}

/** marked escapes &, <, >, quotes in text; a PDF wants the characters. */
function decode(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" })[e]!);
}
