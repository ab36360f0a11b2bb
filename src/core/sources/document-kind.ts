import { looksLikeHtml } from "./html-text.ts";
import { decodeSourceText, SourceFileError } from "./source.ts";

/** What a file holds, told from its content. */
export type DocumentKind = "pdf" | "docx" | "html" | "markdown" | "plain-text";

const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, Math.min(to, bytes.length)));

/**
 * The kind of a file from its bytes, never its name: `%PDF-` near the start is a PDF, a zip
 * holding `word/document.xml` a Word file, text that parses with a doctype or an `<html>`,
 * `<head>` or `<body>` tag a web page, text with Markdown headings, emphasis or links
 * Markdown, other text plain text. Anything else is refused with one sentence.
 */
export function documentKind(bytes: Uint8Array, name: string): DocumentKind {
  if (ascii(bytes, 0, 1024).includes("%PDF-")) return "pdf";
  if (ascii(bytes, 0, 4) === "PK\u0003\u0004") {
    if (zipHolds(bytes, "word/document.xml")) return "docx";
    throw new SourceFileError(`${name} is a zip archive, not a Word document (.docx)`);
  }
  const text = decodeSourceText(bytes, name);
  if (looksLikeHtml(text)) return "html";
  return /^#{1,6}\s+\S|\*\*\S|\[[^\]\n]+\]\([^)\s]+\)/m.test(text) ? "markdown" : "plain-text";
}

/** Whether a zip's directory names a file (names are stored as plain bytes in each entry's header). */
function zipHolds(bytes: Uint8Array, path: string): boolean {
  const wanted = [...path].map((c) => c.charCodeAt(0));
  outer: for (let i = 0; i + wanted.length <= bytes.length; i++) {
    for (let k = 0; k < wanted.length; k++) if (bytes[i + k] !== wanted[k]) continue outer;
    return true;
  }
  return false;
}
