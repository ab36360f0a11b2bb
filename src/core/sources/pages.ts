import type { Passage, ReadingText } from "./model.ts";

/** The label of the page that reading offset `at` is on, for a paged source. */
export function pageAt(reading: ReadingText, at: number): string | undefined {
  const pages = reading.pages;
  if (!pages || pages.length === 0) return undefined;
  const raw = reading.toRaw[Math.min(at, reading.text.length)]!;
  // A document has at most a few hundred pages: a walk back from the last is quick enough.
  let page = pages.length - 1;
  while (page > 0 && pages[page]!.rawStart > raw) page--;
  return pages[page]!.label;
}

/** The passages with text on the page labelled `label` (a passage that runs over a page break is on both). */
export function passagesOnPage(reading: ReadingText, label: string): Passage[] {
  const pages = reading.pages ?? [];
  const index = pages.findIndex((p) => p.label === label);
  if (index < 0) return [];
  const from = pages[index]!.rawStart;
  const to = pages[index + 1]?.rawStart ?? Number.MAX_SAFE_INTEGER;
  return reading.passages.filter((p) => {
    if (p.end <= p.start) return false;
    const start = reading.toRaw[p.start]!;
    const end = reading.toRaw[p.end - 1]!;
    return Math.min(start, end) < to && Math.max(start, end) >= from;
  });
}

/** How a source's passages are cited, in words: "para. N, note N, p. N" or "section ¶k, p. N". */
export function locatorScheme(reading: ReadingText): string {
  const parts = [reading.passages.some((p) => p.number !== undefined) ? "para. N" : "section ¶k"];
  if (reading.passages.some((p) => p.kind === "note")) parts.push("note N");
  if (reading.pages && reading.pages.length > 0) parts.push("p. N");
  return parts.join(", ");
}
