import { describe, expect, test } from "vitest";
import { anchorSelection } from "../../../src/core/citations/anchor.ts";
import { indexTerms, queryTerms, wordSpans } from "../../../src/core/search/search-terms.ts";
import { sentenceRanges } from "../../../src/core/search/sentence.ts";
import { snippetOf } from "../../../src/core/search/snippet.ts";
import { library } from "../library.ts";

const sentences = (text: string) => sentenceRanges(text, 0, text.length).map((r) => text.slice(r.start, r.end));

describe("sentences", () => {
  test("split at . ! ? before a capital, not after abbreviations or initials", () => {
    expect(sentences("75. The U.S. report, e.g. on Bishkek, says so. M. Patt agrees! Does he? “Yes.” (See para. 14.) End")).toEqual([
      "The U.S. report, e.g. on Bishkek, says so.",
      "M. Patt agrees!",
      "Does he?",
      "“Yes.”",
      "(See para. 14.)",
      "End",
    ]);
  });

  test("a note marker after the full stop stays out of the sentence; line and cell breaks end one", () => {
    const text = "Minors were exploited.2 Street children too.\nA row\tA cell";
    const ranges = sentenceRanges(text, 0, text.length, [{ start: 22, end: 23 }]);
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(["Minors were exploited.", "Street children too.", "A row", "A cell"]);
  });

  test("every sentence of every passage of the seed library anchors and verifies", () => {
    let count = 0;
    for (const source of library()) {
      for (const p of source.reading.passages) {
        for (const r of sentenceRanges(source.reading.text, p.start, p.end, p.noteRefs)) {
          const { verdict } = anchorSelection(source, r.start, r.end);
          expect(verdict.status, `${source.entry.id} ${p.locator}: ${source.reading.text.slice(r.start, r.end)}`).toBe("verified");
          count++;
        }
      }
    }
    expect(count).toBeGreaterThan(1000);
  });
});

describe("terms", () => {
  test("words of any script, hyphens and apostrophes inside a word kept", () => {
    expect(wordSpans("The NGO Таис Плюс — child-sensitive, children’s ‘rights’.").map((w) => w.text)).toEqual([
      "The",
      "NGO",
      "Таис",
      "Плюс",
      "child-sensitive",
      "children’s",
      "rights",
    ]);
  });

  test("indexed under the joined form and each part; a query looks for the parts", () => {
    expect(indexTerms("Child‑Sensitive")).toEqual(["childsensitive", "child", "sensitive"]);
    expect(indexTerms("Children’s")).toEqual(["childrens", "children"]);
    expect(queryTerms("child-sensitive")).toEqual(["child", "sensitive"]);
    expect(queryTerms("children's")).toEqual(["children"]);
    expect(queryTerms("Cafe\u0301")).toEqual(["café"]);
  });
});

describe("snippets", () => {
  test("a short passage is shown whole, matched words as their own segments", () => {
    expect(snippetOf("Police officers met police.", [], new Set(["police"]))).toEqual([
      { text: "Police", match: true },
      { text: " officers met ", match: false },
      { text: "police", match: true },
      { text: ".", match: false },
    ]);
  });

  test("a joined word found by one part has only that part marked", () => {
    expect(snippetOf("major narcotics-trafficking routes", [], new Set(["trafficking"]))).toEqual([
      { text: "major narcotics-", match: false },
      { text: "trafficking", match: true },
      { text: " routes", match: false },
    ]);
    expect(snippetOf("a child-sensitive way", [], new Set(["childsensitive", "child"])).filter((s) => s.match)).toEqual([
      { text: "child-sensitive", match: true },
    ]);
  });

  test("note markers are left out of the snippet", () => {
    expect(
      snippetOf("girls.2 Then", [{ start: 6, end: 7 }], new Set(["then"]))
        .map((s) => s.text)
        .join(""),
    ).toBe("girls. Then");
  });
});
