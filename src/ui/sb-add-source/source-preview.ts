import type { ReadingText } from "../../core/sources/model.ts";

/** A passage as the preview shows it: its locator (and page), and its first words. */
export interface PreviewPassage {
  locator: string;
  page?: string;
  text: string;
}

const SHOWN = 12;
const WORDS = 40;

/** The first pages' passages (of a PDF, those on its first two pages; else the first few), with their locators. */
export function previewPassages(reading: ReadingText): PreviewPassage[] {
  const firstPages = new Set(reading.pages?.slice(0, 2).map((p) => p.label));
  const shown: PreviewPassage[] = [];
  for (const p of reading.passages) {
    if (p.kind === "heading" || p.kind === "note") continue;
    if (firstPages.size > 0 && p.page !== undefined && !firstPages.has(p.page)) break;
    const words = reading.text.slice(p.start, p.end).split(/\s+/);
    const text = words.length > WORDS ? `${words.slice(0, WORDS).join(" ")} …` : words.join(" ");
    shown.push({ locator: p.locator, ...(p.page !== undefined ? { page: p.page } : {}), text });
    if (shown.length === SHOWN) break;
  }
  return shown;
}
