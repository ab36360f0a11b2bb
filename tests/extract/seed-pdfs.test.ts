/**
 * PDFs made here from the seeds, in three layouts, read back by the general reader: every
 * locator of the seed names the same words in the PDF, quotes verify at their locator and at
 * the printed page they start on, and the running headers and footers are gone.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { verifyQuote } from "../../src/core/citations/verify.ts";
import { sourceFromExtraction, type Source } from "../../src/core/sources/source.ts";
import { extractDocument } from "../../src/extract/extract-document.ts";
import type { ExtractedText } from "../../src/core/sources/extracted-text.ts";
import { source, type SourceKey } from "../core/library.ts";
import { seedPdf, type Layout, type Placed, type SeedPdf } from "./seed-pdf.ts";

const LAYOUTS: (Layout & { seed: SourceKey })[] = [
  {
    name: "one column with running header, footer and page numbers",
    seed: "un",
    columns: 1,
    footnotes: false,
    header: "A/HRC/25/48/Add.1",
    footer: (n) => `GE.13-19123 ${n}`,
    footerAlign: "center",
    firstNumber: 3,
    wordsPerPage: 420,
  },
  {
    name: "two columns",
    seed: "tip",
    columns: 2,
    footnotes: false,
    header: "Trafficking in Persons Report 2016",
    footer: (n) => String(n),
    footerAlign: "center",
    firstNumber: 221,
    wordsPerPage: 480,
  },
  {
    name: "footnotes at the page foot and paragraphs broken across pages",
    seed: "un",
    columns: 1,
    footnotes: true,
    header: "A/HRC/25/48/Add.1",
    footer: (n) => String(n),
    footerAlign: "outer",
    firstNumber: 1,
    wordsPerPage: 360,
  },
];

/** The sentences of a placed passage, each with the page it starts on. */
function sentences(placed: Placed): { quote: string; page: number }[] {
  const words = placed.text.split(" ");
  const out: { quote: string; page: number }[] = [];
  let from = 0;
  for (let i = 0; i < words.length; i++) {
    if (!/[.;:]$/.test(words[i]!) || (i + 1 < words.length && !/^[A-Z(]/.test(words[i + 1]!))) continue;
    const quote = words.slice(from, i + 1);
    if (quote.length >= 6) out.push({ quote: quote.join(" "), page: placed.runs.filter(([w]) => w <= from).at(-1)![1] });
    from = i + 1;
  }
  return out;
}

for (const layout of LAYOUTS) {
  describe(`a PDF of the seed "${layout.seed}": ${layout.name}`, () => {
    const seed = () => source(layout.seed);
    let made: SeedPdf;
    let extracted: ExtractedText;
    let pdf: Source;

    beforeAll(async () => {
      made = await seedPdf(seed(), layout);
      extracted = await extractDocument(made.bytes, "pdf");
      pdf = sourceFromExtraction({ ...seed().entry, file: "seed.pdf", structure: "pdf" }, "0".repeat(64), extracted);
    });

    test("every locator of the seed names the same words in the PDF", () => {
      const rejected = made.placed
        .map((p) => ({ locator: p.passage.locator, verdict: verifyQuote(pdf, p.text, { locator: p.passage.locator }) }))
        .filter((r) => r.verdict.status !== "verified")
        .map((r) => `${r.locator}: ${r.verdict.status === "rejected" ? r.verdict.message : ""}`);
      expect(rejected).toEqual([]);
      expect(made.placed.length).toBe(seed().reading.passages.filter((p) => p.kind !== "note").length);
    });

    test("at least 30 sentences verify at their locator and at the printed page they start on, and not at the next page", () => {
      let checked = 0;
      for (const placed of made.placed.filter((p) => p.passage.kind !== "heading")) {
        for (const { quote, page } of sentences(placed)) {
          // Only quotes the seed itself verifies at this locator (a sentence that occurs twice does not).
          if (verifyQuote(seed(), quote, { locator: placed.passage.locator }).status !== "verified") continue;
          const printed = String(made.printed[page]);
          expect(verifyQuote(pdf, quote, { locator: placed.passage.locator }).status, `${quote} at ${placed.passage.locator}`).toBe(
            "verified",
          );
          expect(verifyQuote(pdf, quote, { locator: `p. ${printed}` }).status, `${quote} at p. ${printed}`).toBe("verified");
          if (page + 1 < made.printed.length)
            expect(verifyQuote(pdf, quote, { locator: `p. ${made.printed[page + 1]}` }).status).toBe("rejected");
          checked++;
        }
      }
      expect(checked).toBeGreaterThanOrEqual(30);
    });

    test("the pages are labelled with their printed numbers, and the running header and footer are lifted out", () => {
      expect(pdf.reading.pages!.map((p) => p.label)).toEqual(made.printed.map(String));
      expect(extracted.removed!.map((r) => [r.text, r.pages])).toContainEqual([layout.header, made.printed.length]);
      for (const p of pdf.reading.passages) expect(pdf.reading.text.slice(p.start, p.end)).not.toContain(layout.header);
    });

    if (layout.footnotes)
      test("the footnotes are the seed's notes, each linked from the paragraph that marks it", () => {
        const notes = (s: Source) =>
          s.reading.passages.filter((p) => p.kind === "note").map((p) => [p.locator, s.reading.text.slice(p.start, p.end)]);
        expect(notes(pdf)).toEqual(notes(seed()));
        const linked = (s: Source) =>
          s.reading.passages.flatMap((p) => p.noteRefs.flatMap((r) => r.noteIds.map((id) => `${p.locator} → ${id}`)));
        expect(linked(pdf)).toEqual(linked(seed()));
      });

    test("a paragraph broken across a page break is one passage", () => {
      const broken = made.placed.filter((p) => p.runs.length > 1);
      expect(broken.length).toBeGreaterThan(0);
      for (const p of broken) expect(verifyQuote(pdf, p.text, { locator: p.passage.locator }).status).toBe("verified");
    });
  });
}
