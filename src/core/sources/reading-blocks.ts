import type { Heading, NoteRef, Passage, ReadingText } from "./model.ts";

/** One thing the reader lays out, in document order. */
export type ReadingBlock =
  /** `passage` is the heading's own passage (its locator), when the source prints it. */
  | { kind: "heading"; heading: Heading; passage?: Passage }
  | { kind: "passage"; passage: Passage }
  /** Consecutive list items, shown as one list. */
  | { kind: "list"; items: Passage[] };

/** A piece of passage text as the reader shows it. */
export type InlineRun =
  /** `start` is the reading-text offset of the run's first character (for mapping a selection back). */
  | { kind: "text"; text: string; start: number }
  | { kind: "break" }
  | { kind: "note-ref"; noteIds: string[] };

/** Headings and passages merged by position, consecutive list items grouped. */
export function readingBlocks(reading: ReadingText): ReadingBlock[] {
  const headingPassages = new Map(reading.passages.filter((p) => p.kind === "heading").map((p) => [p.start, p]));
  const headingBlock = (heading: Heading): ReadingBlock => {
    const passage = headingPassages.get(heading.start);
    return passage ? { kind: "heading", heading, passage } : { kind: "heading", heading };
  };
  const placed: { start: number; block: ReadingBlock }[] = [
    ...reading.headings.map((heading) => ({ start: heading.start, block: headingBlock(heading) })),
    ...reading.passages
      .filter((passage) => passage.kind !== "heading")
      .map((passage) => ({ start: passage.start, block: { kind: "passage", passage } as const })),
  ].sort((a, b) => a.start - b.start);
  const blocks: ReadingBlock[] = [];
  for (const { block } of placed) {
    const last = blocks.at(-1);
    if (block.kind === "passage" && block.passage.kind === "list-item") {
      if (last?.kind === "list") last.items.push(block.passage);
      else blocks.push({ kind: "list", items: [block.passage] });
    } else blocks.push(block);
  }
  return blocks;
}

/** The runs of reading text in [start, end): text, line breaks, and note markers in place of their digits. */
export function inlineRuns(text: string, start: number, end: number, refs: readonly NoteRef[]): InlineRun[] {
  const runs: InlineRun[] = [];
  const pushText = (from: number, to: number) => {
    let at = from;
    text
      .slice(from, to)
      .split("\n")
      .forEach((line, i) => {
        if (i > 0) runs.push({ kind: "break" });
        if (line) runs.push({ kind: "text", text: line, start: at });
        at += line.length + 1;
      });
  };
  let at = start;
  for (const ref of refs) {
    if (ref.start < start || ref.end > end) continue;
    pushText(at, ref.start);
    runs.push({ kind: "note-ref", noteIds: ref.noteIds });
    at = ref.end;
  }
  pushText(at, end);
  return runs;
}

/** A table passage as rows of cells, each cell as runs; rows are "\n"-separated, cells "\t"-separated. */
export function tableCells(reading: ReadingText, passage: Passage): InlineRun[][][] {
  const rows: InlineRun[][][] = [];
  let rowStart = passage.start;
  for (const row of reading.text.slice(passage.start, passage.end).split("\n")) {
    let cellStart = rowStart;
    rows.push(
      row.split("\t").map((cell) => {
        const runs = inlineRuns(reading.text, cellStart, cellStart + cell.length, passage.noteRefs);
        cellStart += cell.length + 1;
        return runs;
      }),
    );
    rowStart += row.length + 1;
  }
  return rows;
}

/** A passage's runs (a table's cells are joined; use tableCells to lay a table out). */
export function passageRuns(reading: ReadingText, passage: Passage): InlineRun[] {
  return inlineRuns(reading.text, passage.start, passage.end, passage.noteRefs);
}
