import type { EXTRACTED_STRUCTURES, SourceStructure } from "../schema/catalog.ts";
import { assemble, type AssembleOptions, type Block } from "./assemble.ts";
import { ecpatReportBlocks } from "./ecpat-report.ts";
import type { ReadingText } from "./model.ts";
import { pattCompilationBlocks } from "./patt-compilation.ts";
import { plainTextBlocks } from "./plain-text.ts";
import { tipReportBlocks } from "./tip-report.ts";
import { unReportBlocks } from "./un-report.ts";
import { wikipediaBlocks } from "./wikipedia.ts";

/** The structures read from a text file by a parser of their own. */
export type TextStructure = Exclude<SourceStructure, (typeof EXTRACTED_STRUCTURES)[number]>;

const PARSERS: Record<TextStructure, { blocks: (raw: string) => Block[]; options: AssembleOptions }> = {
  "un-report": { blocks: unReportBlocks, options: { markers: "trailing-digits" } },
  "tip-country-narrative": { blocks: tipReportBlocks, options: { markers: "none" } },
  "ecpat-monitoring": { blocks: ecpatReportBlocks, options: { markers: "superscript", stripMarkup: true, leadName: "Cover" } },
  wikipedia: { blocks: wikipediaBlocks, options: { markers: "none" } },
  "patt-compilation": { blocks: pattCompilationBlocks, options: { markers: "none" } },
  "plain-text": { blocks: plainTextBlocks, options: { markers: "superscript" } },
  markdown: { blocks: plainTextBlocks, options: { markers: "superscript", stripMarkup: true } },
};

/** Derives the reading text of a raw source file laid out as `structure`. */
export function readingText(raw: string, structure: TextStructure): ReadingText {
  const parser = PARSERS[structure];
  return assemble(raw, parser.blocks(raw), parser.options);
}

/** How many passages of text (paragraphs, list items, tables) and notes a source has; headings are not counted. */
export function passageCounts(reading: ReadingText): { passages: number; notes: number } {
  let passages = 0;
  let notes = 0;
  for (const p of reading.passages) {
    if (p.kind === "note") notes++;
    else if (p.kind !== "heading") passages++;
  }
  return { passages, notes };
}
