import mammoth from "mammoth";
import type { ExtractedText } from "../core/sources/extracted-text.ts";
import { htmlExtraction } from "../core/sources/html-text.ts";
import { pdfLayout } from "../core/sources/pdf-layout.ts";
import { decodeSourceText, SourceFileError } from "../core/sources/source.ts";
import { pdfPages, type OnPage } from "./pdf-pages.ts";

/** The kinds of document whose text is extracted rather than read as it is. */
export type ExtractedKind = "pdf" | "html" | "docx";

export interface ExtractOptions {
  onPage?: OnPage;
  signal?: AbortSignal;
  /** The file's name, for messages. */
  name?: string;
}

/**
 * The general reader: a PDF (pdfjs, then the layout pass), a Word file (mammoth to HTML) or
 * a web page (parse5), as extracted text and blocks. Runs in Node and in a browser worker.
 */
export async function extractDocument(bytes: Uint8Array, kind: ExtractedKind, options: ExtractOptions = {}): Promise<ExtractedText> {
  const name = options.name ?? "the file";
  if (kind === "pdf") return pdfLayout(await pdfPages(bytes, options.onPage, options.signal));
  if (kind === "html") return htmlExtraction(decodeSourceText(bytes, name));
  let html: string;
  try {
    // mammoth's Node build reads `buffer` (a Uint8Array will do), its browser build `arrayBuffer`.
    const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const input = { buffer: bytes, arrayBuffer } as unknown as { arrayBuffer: ArrayBuffer };
    html = (await mammoth.convertToHtml(input)).value;
  } catch (e) {
    throw new SourceFileError(`${name} cannot be read as a Word document (${e instanceof Error ? e.message.split("\n")[0] : String(e)})`);
  }
  return htmlExtraction(html);
}
