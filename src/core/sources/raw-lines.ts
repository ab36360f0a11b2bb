import type { RawSpan } from "./model.ts";

/** One line of a raw file: its full range, and the range of its text without outer white space. */
export interface RawLine {
  /** The line as written, without its line break. */
  raw: string;
  /** The line without leading and trailing white space. */
  text: string;
  /** Where the trimmed text sits in the file. */
  span: RawSpan;
  /** 1-based line number, for messages. */
  number: number;
  /** Offset of the line's first character in the file. */
  offset: number;
}

/** Splits a file into lines, keeping offsets (handles \n and \r\n). */
export function rawLines(raw: string): RawLine[] {
  const lines: RawLine[] = [];
  let start = 0;
  let number = 1;
  while (start <= raw.length) {
    let end = raw.indexOf("\n", start);
    if (end < 0) end = raw.length;
    const lineEnd = end > start && raw[end - 1] === "\r" ? end - 1 : end;
    const line = raw.slice(start, lineEnd);
    const lead = line.length - line.trimStart().length;
    const text = line.trim();
    lines.push({ raw: line, text, span: { start: start + lead, end: start + lead + text.length }, number, offset: start });
    if (end === raw.length) break;
    start = end + 1;
    number++;
  }
  return lines;
}
