import { isAbsolute, relative } from "node:path";
import type { DiffPart } from "../core/citations/word-diff.ts";

const useColor = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code: string) => (s: string) => (useColor ? `\x1b[${code}m${s}\x1b[0m` : s);
export const green = paint("32");
export const red = paint("31");
export const dim = paint("2");
export const bold = paint("1");
export const yellow = paint("33");

/** A word diff as git prints one: [-source words-]{+quote words+}. */
export function diffLine(diff: DiffPart[]): string {
  return diff.map((d) => (d.op === "equal" ? d.text : d.op === "delete" ? red(`[-${d.text}-]`) : green(`{+${d.text}+}`))).join(" ");
}

/** Left-aligned columns. */
export function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length)));
  return rows.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]!))).join("  ")).join("\n");
}

/** Shortens text to `max` characters at a word boundary. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  return text.slice(0, text.lastIndexOf(" ", max - 1)) + " …";
}

/** A path as a message shows it: relative to the working folder when inside it, else in full. */
export function shownPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
}
