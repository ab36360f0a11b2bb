import { assemble, type AssembleOptions, type Block } from "./assemble.ts";
import type { PageMark, ReadingText } from "./model.ts";
import type { RemovedLine } from "./pdf-furniture.ts";

/**
 * What an extractor makes of a file that is not plain text (a PDF, a web page, a Word file):
 * the text it read, and the blocks that lay that text out. `raw` stands in for the file's
 * bytes on the raw side of the reading text's offsets: the original file is kept byte for
 * byte and fingerprinted, this text is derived from it.
 */
export interface ExtractedText {
  /** The extracted text: one line of the document a line, pages separated by a form feed. */
  raw: string;
  blocks: Block[];
  markers: AssembleOptions["markers"];
  /** Where each page starts in `raw`, with its printed label (PDFs only). */
  pages?: PageMark[];
  /** Where the page labels come from: the PDF's own, the numbers printed on the pages, or the pages' order. */
  pageLabelsFrom?: "pdf" | "printed" | "position";
  /** Running headers and footers lifted out, each once with the number of pages it was on. */
  removed?: RemovedLine[];
}

/** The reading text of an extracted document, its pages included. */
export function extractedReading(extracted: ExtractedText): ReadingText {
  const reading = assemble(extracted.raw, extracted.blocks, { markers: extracted.markers, leadName: "Introduction" });
  return extracted.pages ? { ...reading, pages: extracted.pages } : reading;
}
