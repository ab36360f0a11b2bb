/** The forms a trainer writes a locator in (src/core/citations/locator.ts), checked through verifyQuote. */
import { describe, expect, test } from "vitest";
import { passagesAtLocator } from "../../../src/core/citations/locator.ts";
import { verifyQuote } from "../../../src/core/citations/verify.ts";
import { source, type SourceKey } from "../library.ts";
import { assertRejected, assertVerified } from "./quote-check.ts";

interface Case {
  source: SourceKey;
  quote: string;
  /** Where the words are. */
  at: string;
  /** Locators that name that passage. */
  good: string[];
  /** Locators that do not. */
  bad: string[];
}

const cases: Record<string, Case> = {
  "UN numbered paragraph": {
    source: "un",
    quote:
      "Few, if any, opportunities exist for girl victims to give their testimony of their experiences with policewomen or other female professionals",
    at: "para. 75",
    good: ["para. 75", "para 75", "Para. 75", "PARA. 75", "¶75", "¶ 75", "paragraph 75", "paras. 74–76", "paras. 75-76", "  para.   75 "],
    bad: ["para. 74", "para. 7", "paras. 76–78", "¶76"],
  },
  "UN footnote": {
    source: "un",
    quote: "The estimate indicator is based on the minimum statutory monthly pay.",
    at: "note 9",
    good: ["note 9", "Note 9", "n. 9", "fn. 9", "footnote 9"],
    bad: ["note 8", "note 90", "para. 9"],
  },
  "TIP section paragraph": {
    source: "tip",
    quote: "Government-provided attorneys reportedly lacked knowledge on handling trafficking cases.",
    at: "Protection ¶2",
    good: ["Protection ¶2", "protection ¶ 2", "PROTECTION ¶2", "Protection, para. 2", "§ Protection", "§Protection", "Protection"],
    bad: ["Protection ¶1", "Protection, para. 1", "§ Prevention", "Prosecution ¶2", "para. 2"],
  },
  "TIP recommendations": {
    source: "tip",
    quote:
      "amend the law to exempt identified trafficking victims from punishment for unlawful acts committed as a direct result of being subjected to trafficking",
    at: "Recommendations for Kyrgyzstan ¶1",
    good: ["Recommendations for Kyrgyzstan ¶1", "§ Recommendations for Kyrgyzstan", "Recommendations for Kyrgyzstan, para. 1"],
    bad: ["§ Prosecution", "Recommendations for Kyrgyzstan ¶2"],
  },
  "ECPAT sub-section qualified by its chapter": {
    source: "ecpat",
    quote: "Legislation should incorporate the act of soliciting children online for sexual purposes (grooming);",
    at: "Priority Actions Required › Protection ¶3",
    good: ["Priority Actions Required › Protection ¶3", "Priority Actions Required > Protection ¶3", "§ Priority Actions Required"],
    bad: ["Protection ¶3", "Priority Actions Required › Prevention ¶3", "§ Annex"],
  },
  "ECPAT section named by a mixed-case heading": {
    source: "ecpat",
    quote: "Trainings offered by the OSCE mostly focus on human rights protection.",
    at: "Training law enforcement personnel ¶2",
    good: ["Training law enforcement personnel ¶2", "§ Training law enforcement personnel", "training law enforcement personnel, para. 2"],
    bad: ["Training law enforcement personnel ¶1", "§ Support services for children"],
  },
  "ECPAT annex list item is not the Protection chapter": {
    source: "ecpat",
    quote:
      "Establish by 2013 an effective and accessible system for reporting, follow up and support for child victims of suspected or actual incidents of sexual exploitation",
    at: "Protection of the child ¶2",
    good: ["Protection of the child ¶2", "Protection of the child, para. 2", "§ Protection of the child"],
    // "Protection ¶2" is the table in the PROTECTION chapter; both spellings of it must say no.
    bad: ["Protection ¶2", "Protection, para. 2"],
  },
  "ECPAT endnote": {
    source: "ecpat",
    quote: "OSCE Promotes interactive Teaching among Police trainers in Kyrgyzstan.",
    at: "note 174",
    good: ["note 174", "n. 174", "endnote 174", "fn 174"],
    bad: ["note 17", "note 175"],
  },
  "Wikipedia section": {
    source: "wikipedia",
    quote:
      "Concerns persist about police misconduct and corruption, including allegations that police threaten and extort sex trafficking victims",
    at: "Law enforcement ¶2",
    good: ["Law enforcement ¶2", "§ Law enforcement", "Law enforcement, para. 2"],
    bad: ["Law enforcement ¶1", "§ Sex trafficking"],
  },
  "Patt entry": {
    source: "patt",
    quote: "Concerns persist about police misconduct, including allegations that police threaten and extort sex trafficking victims",
    at: "2018 Findings on the Worst Forms of Child Labor ¶2",
    good: ["2018 Findings on the Worst Forms of Child Labor ¶2", "§ 2018 Findings on the Worst Forms of Child Labor"],
    bad: [
      "2018 Findings on the Worst Forms of Child Labor ¶1",
      "§ Concluding Observations of the Committee on the Rights of the Child (CRC)",
    ],
  },
};

describe.each(Object.entries(cases))("%s", (_name, c) => {
  test.each(c.good)("verified when cited as %j", (locator) => {
    const v = verifyQuote(source(c.source), c.quote, { locator });
    assertVerified(v);
    expect(v.match.locator).toBe(c.at);
  });

  test.each(c.bad)("a wrong locator when cited as %j", (locator) => {
    const v = verifyQuote(source(c.source), c.quote, { locator });
    assertRejected(v, "wrong-locator");
  });
});

describe("passagesAtLocator", () => {
  test("a paragraph range names each paragraph in it", () => {
    expect(passagesAtLocator(source("un"), "paras. 75–76").map((p) => p.locator)).toEqual(["para. 75", "para. 76"]);
  });

  test("a section names all of its paragraphs, in order", () => {
    expect(passagesAtLocator(source("tip"), "§ Protection").map((p) => p.locator)).toEqual(["Protection ¶1", "Protection ¶2"]);
  });

  test("a note locator names the note", () => {
    const [note, ...rest] = passagesAtLocator(source("un"), "note 2");
    expect(rest).toEqual([]);
    expect(note?.kind).toBe("note");
    expect(note?.noteId).toBe("2");
  });

  test("an unknown locator names nothing", () => {
    expect(passagesAtLocator(source("un"), "para. 110")).toEqual([]);
    expect(passagesAtLocator(source("tip"), "§ Conclusions")).toEqual([]);
  });
});
