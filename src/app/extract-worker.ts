// The extract worker: the general reader (pdfjs, mammoth, parse5) and the search indexer, off the main thread.
import "./zod-config.ts";
import { serializeSourceSearchIndex, sourceSearchIndex } from "../core/search/source-search-index.ts";
import { documentKind, type DocumentKind } from "../core/sources/document-kind.ts";
import { extractedReading } from "../core/sources/extracted-text.ts";
import type { ReadingText } from "../core/sources/model.ts";
import type { RemovedLine } from "../core/sources/pdf-furniture.ts";
import { readingText } from "../core/sources/reading-text.ts";
import { decodeSourceText, fingerprintOf, SourceFileError } from "../core/sources/source.ts";
import { extractDocument } from "../extract/extract-document.ts";

/** A file to read: its bytes and name (the name only decides between Markdown and plain text, and names it in messages). */
export interface ExtractRequest {
  bytes: ArrayBuffer;
  name: string;
  /** Where the answers go: pdfjs, run in this thread, talks on the worker's own channel. */
  port: MessagePort;
}

/** A file read: its kind, fingerprint, raw text, reading text and search index. */
export interface ExtractedFile {
  kind: DocumentKind;
  fingerprint: string;
  raw: string;
  reading: ReadingText;
  /** The search index as JSON: the page only stores it and hands it to the search worker, so it crosses as one string, not as objects to rebuild. */
  index: string;
  /** Running headers and footers lifted out of a PDF. */
  removed: RemovedLine[];
}

/** What the worker answers; `progress` (pages read of a PDF) comes any number of times before `done`. */
export type ExtractReply =
  { kind: "progress"; done: number; total: number } | { kind: "done"; file: ExtractedFile } | { kind: "error"; message: string };

self.addEventListener("message", (event: MessageEvent<ExtractRequest | object>) => {
  if (!("port" in event.data)) return; // pdfjs' own messages
  const { port, name } = event.data;
  const post = (reply: ExtractReply) => port.postMessage(reply);
  read(event.data, post).then(
    (file) => post({ kind: "done", file }),
    (error: unknown) => post({ kind: "error", message: sentenceOf(error, name) }),
  );
});

async function read({ bytes: buffer, name }: ExtractRequest, post: (reply: ExtractReply) => void): Promise<ExtractedFile> {
  const bytes = new Uint8Array(buffer);
  const found = documentKind(bytes, name);
  // Text reads either way: a .md or .txt name says which was meant, as on the command line.
  const kind =
    found === "plain-text" && /\.md$/i.test(name) ? "markdown" : found === "markdown" && /\.txt$/i.test(name) ? "plain-text" : found;
  const fingerprint = fingerprintOf(bytes);
  if (kind === "markdown" || kind === "plain-text") {
    const raw = decodeSourceText(bytes, name);
    const reading = readingText(raw, kind);
    return { kind, fingerprint, raw, reading, index: serializeSourceSearchIndex(sourceSearchIndex({ reading })), removed: [] };
  }
  const extracted = await extractDocument(bytes, kind, { name, onPage: (done, total) => post({ kind: "progress", done, total }) });
  const reading = extractedReading(extracted);
  return {
    kind,
    fingerprint,
    raw: extracted.raw,
    reading,
    index: serializeSourceSearchIndex(sourceSearchIndex({ reading })),
    removed: extracted.removed ?? [],
  };
}

function sentenceOf(error: unknown, name: string): string {
  if (error instanceof SourceFileError) return `${error.message.replace(/\.$/, "")}.`;
  return `${name} could not be read (${error instanceof Error ? error.message.split("\n")[0] : String(error)}).`;
}
