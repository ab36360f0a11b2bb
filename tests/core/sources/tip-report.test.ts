/** Reading text of the U.S. TIP report 2016, Kyrgyzstan (sources/002_…, structure tip-country-narrative). */
import { describe, expect, test } from "vitest";
import { passage, source, textOf } from "../library.ts";

const tip = () => source("tip");
const paragraphs = () => tip().reading.passages.filter((p) => p.kind !== "heading");

describe("TIP country narrative", () => {
  test("its upper-case headings are its sections", () => {
    expect(tip().reading.headings.map((h) => h.title)).toEqual([
      "KYRGYZSTAN: TIER 2",
      "RECOMMENDATIONS FOR KYRGYZSTAN:",
      "PROSECUTION",
      "PROTECTION",
      "PREVENTION",
    ]);
  });

  test("paragraphs are named by section and ordinal, headings by their section", () => {
    expect(tip().reading.passages.map((p) => p.locator)).toEqual([
      "§ Kyrgyzstan: Tier 2",
      "Kyrgyzstan: Tier 2 ¶1",
      "Kyrgyzstan: Tier 2 ¶2",
      "§ Recommendations for Kyrgyzstan",
      "Recommendations for Kyrgyzstan ¶1",
      "§ Prosecution",
      "Prosecution ¶1",
      "Prosecution ¶2",
      "Prosecution ¶3",
      "Prosecution ¶4",
      "§ Protection",
      "Protection ¶1",
      "Protection ¶2",
      "§ Prevention",
      "Prevention ¶1",
    ]);
    expect(passage(tip(), "Protection ¶2").path).toEqual(["PROTECTION"]);
    expect(textOf(tip(), passage(tip(), "§ Recommendations for Kyrgyzstan"))).toBe("RECOMMENDATIONS FOR KYRGYZSTAN:");
    expect(paragraphs().every((p) => p.kind === "paragraph" && p.noteRefs.length === 0)).toBe(true);
  });

  test("each paragraph starts where the source's paragraph starts", () => {
    const openings = [
      "The Kyrgyz Republic (or Kyrgyzstan) is a source",
      "The Government of Kyrgyzstan does not fully meet",
      "Vigorously investigate and prosecute government officials",
      "The government decreased law enforcement efforts",
      "The government initiated four trafficking investigations",
      "Advocates for victims reported there was a general lack",
      "Corruption is a systemic problem in Kyrgyzstan.",
      "The government increased efforts to identify victims",
      "In 2015 and 2016, MVD was receptive to training",
      "The government increased efforts to prevent trafficking.",
    ];
    paragraphs().forEach((p, i) => expect(textOf(tip(), p).startsWith(openings[i]!), p.locator).toBe(true));
  });

  test("a sentence broken by a page break (empty lines) reads whole in Prosecution ¶3", () => {
    expect(textOf(tip(), passage(tip(), "Prosecution ¶3"))).toContain(
      "An international organization reported that in 2016 the judges’ training center and prosecutors’ training center signed memoranda of understanding calling for an introduction to trafficking issues to be integrated into training for these professionals.",
    );
  });

  test("hard-wrapped lines are joined with single spaces", () => {
    for (const p of tip().reading.passages) {
      const text = textOf(tip(), p);
      expect(text).not.toMatch(/\s{2,}|\n/);
      expect(text).toBe(text.trim());
    }
    expect(textOf(tip(), passage(tip(), "Kyrgyzstan: Tier 2 ¶2"))).toContain("guidelines for front-line officials");
  });
});
