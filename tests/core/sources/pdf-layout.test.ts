/** The PDF layout pass on hand-made pages of positioned text items (what pdfjs' getTextContent gives). */
import { describe, expect, test } from "vitest";
import { verifyQuote } from "../../../src/core/citations/verify.ts";
import { CatalogEntrySchema } from "../../../src/core/schema/catalog.ts";
import type { Passage } from "../../../src/core/sources/model.ts";
import { pdfLayout } from "../../../src/core/sources/pdf-layout.ts";
import type { PositionedItem, PositionedPage } from "../../../src/core/sources/pdf-lines.ts";
import { sourceFromExtraction, type Source } from "../../../src/core/sources/source.ts";

const WIDTH = 595;
const HEIGHT = 842;
const BODY = 11;
const LEADING = 14;

/** A page builder: lines written top down at a left margin, one item a word (as many PDFs draw them). */
class PageBuilder {
  readonly items: PositionedItem[] = [];
  y = 700;
  line(text: string, options: { x?: number; size?: number; gap?: number } = {}): this {
    const size = options.size ?? BODY;
    this.y -= options.gap ?? LEADING;
    let x = options.x ?? 72;
    for (const word of text.split(" ")) {
      const width = word.length * size * 0.5;
      this.items.push({ text: word, x, y: this.y, width, size });
      x += width + size * 0.25;
    }
    return this;
  }
  at(text: string, x: number, y: number, size = BODY): this {
    this.items.push({ text, x, y, width: text.length * size * 0.5, size });
    return this;
  }
  page(label?: string): PositionedPage {
    return { width: WIDTH, height: HEIGHT, items: this.items, ...(label ? { label } : {}) };
  }
}

/** A page with a running header, a footer with its printed number, and body lines. */
function furnished(printed: number, body: (b: PageBuilder) => void): PositionedPage {
  const b = new PageBuilder().at("A/HRC/25/48/Add.1", 72, 800, 8).at(`GE.13-19123 ${printed}`, 72, 40, 8);
  body(b);
  return b.page();
}

const entry = CatalogEntrySchema.parse({
  id: "test-pdf",
  file: "test.pdf",
  title: "A test report",
  publisher: "Tests",
  date: "2024",
  kind: "other",
  language: "en",
  rights: { notice: "Written for the tests.", permissionRequired: false },
  shortCite: "Tests (2024)",
  structure: "pdf",
});

function read(pages: PositionedPage[]): { source: Source; removed: { text: string; pages: number }[] } {
  const extracted = pdfLayout(pages);
  return { source: sourceFromExtraction(entry, "0".repeat(64), extracted), removed: extracted.removed ?? [] };
}

const text = (s: Source, p: Passage) => s.reading.text.slice(p.start, p.end);
const flow = (s: Source) => s.reading.passages.filter((p) => p.kind !== "heading" && p.kind !== "note");

describe("running headers and footers", () => {
  const pages = [7, 8, 9, 10].map((n) =>
    furnished(n, (b) => b.line(`${n - 6}. Paragraph number ${n - 6} of the report says something about page ${n}.`).line("It ends on this line.")),
  );
  const { source, removed } = read(pages);

  test("are lifted out of the passages by position and repetition, and reported once each with their page count", () => {
    expect(removed).toEqual([
      { text: "A/HRC/25/48/Add.1", pages: 4 },
      { text: "GE.13-19123 7", pages: 4, last: "GE.13-19123 10" },
    ]);
    for (const p of source.reading.passages) expect(text(source, p)).not.toMatch(/A\/HRC|GE\.13/);
  });

  test("give the page labels when the PDF has none: the printed numbers", () => {
    expect(source.reading.pages!.map((p) => p.label)).toEqual(["7", "8", "9", "10"]);
    expect(flow(source).map((p) => [p.locator, p.page])).toEqual([
      ["para. 1", "7"],
      ["para. 2", "8"],
      ["para. 3", "9"],
      ["para. 4", "10"],
    ]);
  });

  test("a year at the end of a running header is not a page number; the footer's number is", () => {
    const titled = [221, 222, 223].map((n) => {
      const b = new PageBuilder().at("Trafficking in Persons Report 2016", 72, 800, 8).at(String(n), 290, 40, 8);
      b.line(`Text of page ${n} of the report, long enough to be a line of it.`);
      return b.page();
    });
    expect(read(titled).source.reading.pages!.map((p) => p.label)).toEqual(["221", "222", "223"]);
  });

  test("a page label the PDF gives wins over the printed number", () => {
    const labelled = pages.map((p, i) => ({ ...p, label: ["iii", "iv", "1", "2"][i]! }));
    expect(read(labelled).source.reading.pages!.map((p) => p.label)).toEqual(["iii", "iv", "1", "2"]);
  });

  test("a quote cited at p. N verifies when it starts on that page, and is rejected at another page", () => {
    const quote = "says something about page 9";
    expect(verifyQuote(source, quote, { locator: "p. 9" }).status).toBe("verified");
    expect(verifyQuote(source, quote, { locator: "para. 3" }).status).toBe("verified");
    const wrong = verifyQuote(source, quote, { locator: "p. 8" });
    expect(wrong.status).toBe("rejected");
  });
});

describe("the lines of a page", () => {
  test("two columns are read left column first, each top to bottom", () => {
    const b = new PageBuilder();
    const left = ["The left column starts here and runs", "down the page to its foot where the", "left column ends."];
    const right = ["The right column comes after it and", "is read only once the left is done", "so the paragraph stays in order."];
    for (let i = 0; i < 3; i++) b.line(left[i]!).at(right[i]!.split(" ")[0]!, 320, b.y);
    // The right column's remaining words, on the same baselines.
    const items = b.items.filter((it) => it.x < 320);
    right.forEach((line, i) => {
      let x = 320;
      for (const word of line.split(" ")) {
        items.push({ text: word, x, y: 700 - LEADING * (i + 1), width: word.length * 5.5, size: BODY });
        x += word.length * 5.5 + 2.75;
      }
    });
    const { source } = read([{ width: WIDTH, height: HEIGHT, items }]);
    expect(source.reading.text).toBe(`${left.join(" ")}\n\n${right.join(" ")}`);
  });

  test("two columns whose baselines do not line up are still read one after the other", () => {
    const column = (x: number, top: number, lines: string[]) =>
      lines.flatMap((line, i) => {
        let at = x;
        return line.split(" ").map((word) => {
          const item = { text: word, x: at, y: top - LEADING * i, width: word.length * 5.5, size: BODY };
          at += word.length * 5.5 + 2.75;
          return item;
        });
      });
    const left = ["The left column starts lower down", "because a heading pushed it there", "and its lines fall between those", "of the right column beside it."];
    const right = ["The right column starts at the top", "of the page and is read after the", "whole left column has been read", "to its very last line."];
    const { source } = read([{ width: WIDTH, height: HEIGHT, items: [...column(72, 693, left), ...column(320, 700, right)] }]);
    expect(source.reading.text).toBe(`${left.join(" ")} ${right.join(" ")}`);
  });

  test("a word hyphenated at a line end is one word for quotes; a real hyphen before a capital is kept", () => {
    const b = new PageBuilder().line("Victims of traf-").line("ficking and the UN-").line("Women office were met in Bishkek.");
    const { source } = read([b.page()]);
    expect(verifyQuote(source, "Victims of trafficking and the UN-Women office").status).toBe("verified");
    expect(source.reading.text).toContain("UN-Women");
  });

  test("a range broken after its dash is one range again", () => {
    const b = new PageBuilder().line("The Ministry manages them (see paras. 81–").line("89 below).");
    expect(read([b.page()]).source.reading.text).toBe("The Ministry manages them (see paras. 81–89 below).");
  });

  test("ligatures are spelled out", () => {
    const b = new PageBuilder().line("The ﬁrst ﬂow of eﬀort was ﬃne and baﬄing.");
    expect(read([b.page()]).source.reading.text).toBe("The first flow of effort was ffine and baffling.");
  });
});

describe("paragraphs", () => {
  test("a paragraph that runs over a page break is one passage, on the page it starts", () => {
    const one = new PageBuilder().line("1. The first paragraph is short.").line("2. The second paragraph begins at the foot of", { gap: 24 });
    const two = new PageBuilder().line("the page and ends on the next one.").line("3. The third follows it.", { gap: 24 });
    const { source } = read([one.page(), two.page()]);
    expect(flow(source).map((p) => [p.locator, text(source, p), p.page])).toEqual([
      ["para. 1", "1. The first paragraph is short.", "1"],
      ["para. 2", "2. The second paragraph begins at the foot of the page and ends on the next one.", "1"],
      ["para. 3", "3. The third follows it.", "2"],
    ]);
  });

  test("a larger line is a heading, and unnumbered paragraphs are cited by heading path and ¶k", () => {
    const b = new PageBuilder()
      .line("Protection", { size: 16 })
      .line("The government identified victims.", { gap: 24 })
      .line("It funded shelters run by NGOs.", { gap: 24 })
      .line("It did not prosecute officials complicit in trafficking crimes.", { gap: 24 });
    const { source } = read([b.page()]);
    expect(flow(source).map((p) => p.locator)).toEqual(["Protection ¶1", "Protection ¶2", "Protection ¶3"]);
  });
});

describe("footnotes at a page foot", () => {
  test("are notes of their own, linked from their raised markers, and out of the text's flow", () => {
    const b = new PageBuilder().line("Children are trafficked for sexual exploitation.");
    // The marker: a smaller item raised above the line's baseline, just after its last word.
    const last = b.items[b.items.length - 1]!;
    b.at("1", last.x + last.width + 0.5, b.y + 4, 7);
    b.line("The report goes on after the marker.");
    b.at("1 UNICEF, Child Trafficking in Kyrgyzstan, 2008.", 72, 90, 8).at("2 A second note on the same page.", 72, 80, 8);
    const { source } = read([b.page()]);
    const notes = source.reading.passages.filter((p) => p.kind === "note");
    expect(notes.map((p) => [p.locator, text(source, p)])).toEqual([
      ["note 1", "UNICEF, Child Trafficking in Kyrgyzstan, 2008."],
      ["note 2", "A second note on the same page."],
    ]);
    const [body] = flow(source);
    expect(body!.noteRefs.map((r) => r.noteIds)).toEqual([["1"]]);
    expect(text(source, body!)).not.toContain("UNICEF");
  });
});
