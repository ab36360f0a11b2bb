import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex } from "@noble/hashes/utils.js";
import type { CatalogEntry } from "../schema/catalog.ts";
import { extractedReading, type ExtractedText } from "./extracted-text.ts";
import type { ReadingText } from "./model.ts";
import { readingText } from "./reading-text.ts";

/** A document of the library, loaded: its catalog entry, raw text, fingerprint and reading text. */
export interface Source {
  entry: CatalogEntry;
  /** The file's text; for a PDF, web page or Word file, the text extracted from it (`ExtractedText.raw`). */
  raw: string;
  /** SHA-256 of the raw bytes, hex: what an excerpt was verified against. */
  fingerprint: string;
  reading: ReadingText;
}

/** A source file that cannot be read as text. */
export class SourceFileError extends Error {}

/** Decodes a source file's bytes, refusing binary or non-UTF-8 content with a reason. */
export function decodeSourceText(bytes: Uint8Array, name: string): string {
  if (bytes.includes(0)) throw new SourceFileError(`${name} is a binary file, not plain text or Markdown`);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\ufeff/, "");
  } catch {
    throw new SourceFileError(`${name} is not UTF-8 text`);
  }
}

export function fingerprintOf(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes));
}

/**
 * Loads a text source from its bytes and catalog entry. A PDF, web page or Word file is extracted
 * first (`extractDocument`, then `sourceFromExtraction`): its reader stays out of this module, so
 * the app's first screen does not carry parse5.
 */
export function loadSource(entry: CatalogEntry, bytes: Uint8Array): Source {
  const name = `sources/${entry.file}`;
  const { structure } = entry;
  if (structure === "pdf" || structure === "html" || structure === "docx")
    throw new SourceFileError(`${name} is a ${KIND_NAMES[structure]}: its text is extracted before it is read`);
  const raw = decodeSourceText(bytes, name);
  return { entry, raw, fingerprint: fingerprintOf(bytes), reading: readingText(raw, structure) };
}

const KIND_NAMES = { pdf: "PDF", html: "web page", docx: "Word file" } as const;

/** A source whose text was extracted from its file; the fingerprint stays the file's. */
export function sourceFromExtraction(entry: CatalogEntry, fingerprint: string, extracted: ExtractedText): Source {
  return { entry, raw: extracted.raw, fingerprint, reading: extractedReading(extracted) };
}
