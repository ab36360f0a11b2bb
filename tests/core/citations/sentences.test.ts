/** Sentences and clauses of a passage (docs/citation-rules.md, "What near means"), on real passages of the seeds. */
import { describe, expect, test } from "vitest";
import { passageSpans, type Span } from "../../../src/core/citations/sentences.ts";
import { indexSource } from "../../../src/core/citations/source-index.ts";
import { passage, source, type SourceKey } from "../library.ts";

function split(key: SourceKey, locator: string): { sentences: string[]; clauses: string[] } {
  const src = source(key);
  const index = indexSource(src);
  const spans = passageSpans(index, passage(src, locator).index);
  const text = (s: Span) => index.canonical.slice(s.start, s.end).trim();
  return { sentences: spans.sentences.map(text), clauses: spans.clauses.map(text) };
}

describe("sentences", () => {
  test("end at a stop before a capital, not after an abbreviation, an initial or the paragraph's number", () => {
    const { sentences } = split("un", "para. 9");
    expect(sentences).toHaveLength(2);
    expect(sentences[0]).toMatch(/^9\. The Government of Kyrgyzstan has ratified/);
    expect(sentences[1]).toBe(
      "Kyrgyzstan has also ratified the International Labour Organization (ILO) Worst Forms of Child Labour Convention, 1999 (No. 182) and Minimum Age Convention, 1973 (No. 138).",
    );
    expect(split("un", "para. 30").sentences[2]).toMatch(/\(art\. 36, para\. 3\), the State is required/);
  });

  test("a note marker after the stop does not join two sentences", () => {
    const { sentences } = split("ecpat", "Child prostitution ¶4");
    // The source prints "minors.⁴⁹ According to …".
    expect(sentences[0]).toBe("The State estimates that 10% of prostitutes are minors.");
    expect(sentences[1]).toMatch(
      /^According to non-?government organizations .* e\.g\. 20% of prostitutes working in the capital city are reportedly underage\.$/,
    );
  });
});

describe("clauses", () => {
  test("a list in one sentence: the lead-in and each lettered item, split at the colon and the semicolons (UN para. 101)", () => {
    const { sentences, clauses } = split("un", "para. 101");
    expect(sentences).toHaveLength(1);
    expect(clauses.map((c) => c.slice(0, 4))).toEqual(["101.", "(a) ", "(b) ", "(c) ", "(d) ", "(e) ", "(f) ", "(g) "]);
  });

  test("items of a list run together with semicolons (TIP Recommendations ¶1)", () => {
    const { clauses } = split("tip", "Recommendations for Kyrgyzstan ¶1");
    expect(clauses).toHaveLength(9);
    expect(clauses[3]).toBe("finalize guidelines on victim identification and train officials on their use;");
  });

  test("commas do not split a clause: a trailing phrase belongs to the clause it ends (UN para. 41)", () => {
    const { clauses } = split("un", "para. 41");
    expect(clauses[1]).toMatch(/^Article 154 .* is a criminal offence, punishable by a fine .* up to five years of imprisonment\.$/);
  });
});
