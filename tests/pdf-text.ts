import { readFileSync } from "node:fs";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export interface PdfText {
  pages: string[];
  text: string;
  info: Record<string, unknown>;
  numPages: number;
}

/** Reads a PDF back the way a reader's viewer would: text per page and the document info. */
export async function readPdf(pathOrBytes: string | Uint8Array): Promise<PdfText> {
  const data = typeof pathOrBytes === "string" ? new Uint8Array(readFileSync(pathOrBytes)) : new Uint8Array(pathOrBytes);
  const doc = await getDocument({ data, useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    let text = "";
    for (const item of content.items) {
      if ("str" in item) text += item.str + (item.hasEOL ? "\n" : "");
    }
    pages.push(text);
  }
  const meta = await doc.getMetadata();
  await doc.destroy();
  return { pages, text: pages.join("\n"), info: meta.info as Record<string, unknown>, numPages: pages.length };
}

/** Text with line breaks and runs of spaces collapsed, for searching quotes that wrap. */
export function flat(text: string): string {
  return text.replace(/-\n(?=\p{Ll})/gu, "-").replace(/\s+/g, " ");
}
