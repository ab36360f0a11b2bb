import type { Browser } from "playwright-core";

const SENTENCES = [
  "Police officers said that interviews took place in rooms built for children.",
  "A social worker was present at every hearing the mission attended.",
  "Judges heard each child once, and the recording was used at trial.",
  "Prosecutors asked for more shelters outside the capital.",
  "The mission visited two regions where no specialised court exists.",
  "Families were rarely told what the proceedings would involve.",
  "Several officials could not say how many cases had been closed.",
];

/** A report's words: numbered paragraphs, each of its own length and words, with a word no other has (`pdfword<n>`). */
export function numberedParagraphs(count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const said = Array.from({ length: 2 + (i % 4) }, (_, k) => SENTENCES[(i * 3 + k) % SENTENCES.length]);
    return `${i + 1}. In district ${i + 1} the Special Rapporteur heard of pdfword${i + 1}. ${said.join(" ")}`;
  });
}

/**
 * A PDF printed by Chromium from HTML: numbered paragraphs, a running header and a page number on
 * every page, `perPage` paragraphs a page.
 */
export async function numberedPdf(browser: Browser, pages: number, perPage = 4): Promise<Buffer> {
  const paragraphs = numberedParagraphs(pages * perPage);
  const body = Array.from({ length: pages }, (_, p) => {
    const own = paragraphs.slice(p * perPage, (p + 1) * perPage).map((t) => `<p>${t}</p>`);
    return `<div class="page"><div class="head">Report of the Special Rapporteur</div>${own.join("")}<div class="foot">${p + 1}</div></div>`;
  }).join("");
  const style = `@page { size: A4; margin: 20mm; } body { font: 11pt/1.4 serif; } p { margin: 0 0 8pt; }
    .page { break-after: page; height: 255mm; position: relative; } .head { font-size: 9pt; margin-bottom: 14pt; }
    .foot { font-size: 9pt; text-align: center; position: absolute; bottom: 0; left: 0; right: 0; }`;
  const tab = await browser.newPage();
  try {
    await tab.setContent(`<!doctype html><html lang="en"><head><style>${style}</style></head><body>${body}</body></html>`);
    return await tab.pdf({ preferCSSPageSize: true });
  } finally {
    await tab.close();
  }
}
