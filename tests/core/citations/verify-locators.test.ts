/** The forms a trainer writes a locator in (src/core/citations/locator.ts), checked through verifyQuote. */
import { describe, expect, test } from "vitest";
import { passagesAtLocator, resolveLocator } from "../../../src/core/citations/locator.ts";
import { verifyQuote } from "../../../src/core/citations/verify.ts";
import { sectionName } from "../../../src/core/sources/locator-names.ts";
import { SOURCE_IDS, source, textOf, type SourceKey } from "../library.ts";
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
    good: ["para. 75", "para 75", "Para. 75", "PARA. 75", "¶75", "¶ 75", "paragraph 75", "  para.   75 "],
    // A range names several passages; a locator names one.
    bad: ["para. 74", "para. 7", "paras. 76–78", "¶76", "paras. 74–76", "paras. 75-76"],
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
    good: ["Protection ¶2", "protection ¶ 2", "PROTECTION ¶2", "Protection, para. 2", "Protection paragraph 2"],
    // "§ Protection" and "Protection" name the heading, not the paragraphs under it.
    bad: ["Protection ¶1", "Protection, para. 1", "§ Prevention", "Prosecution ¶2", "para. 2", "§ Protection", "§Protection", "Protection"],
  },
  "TIP recommendations": {
    source: "tip",
    quote:
      "amend the law to exempt identified trafficking victims from punishment for unlawful acts committed as a direct result of being subjected to trafficking",
    at: "Recommendations for Kyrgyzstan ¶1",
    good: ["Recommendations for Kyrgyzstan ¶1", "Recommendations for Kyrgyzstan, para. 1", "RECOMMENDATIONS FOR KYRGYZSTAN ¶1"],
    bad: ["§ Prosecution", "Recommendations for Kyrgyzstan ¶2", "§ Recommendations for Kyrgyzstan"],
  },
  "ECPAT sub-section qualified by its chapter": {
    source: "ecpat",
    quote: "Legislation should incorporate the act of soliciting children online for sexual purposes (grooming);",
    at: "Priority Actions Required › Protection ¶3",
    good: [
      "Priority Actions Required › Protection ¶3",
      "Priority Actions Required > Protection ¶3",
      "priority actions required › protection ¶3",
    ],
    bad: ["Protection ¶3", "Priority Actions Required › Prevention ¶3", "§ Annex", "§ Priority Actions Required"],
  },
  "ECPAT section named by a mixed-case heading, or by its full heading path": {
    source: "ecpat",
    quote: "Trainings offered by the OSCE mostly focus on human rights protection.",
    at: "Training law enforcement personnel ¶2",
    good: [
      "Training law enforcement personnel ¶2",
      "training law enforcement personnel, para. 2",
      "Child Pornography Child Abuse Images › Training law enforcement personnel ¶2",
    ],
    bad: ["Training law enforcement personnel ¶1", "§ Support services for children", "§ Training law enforcement personnel"],
  },
  "ECPAT section under a chapter, by its full heading path": {
    source: "ecpat",
    quote: "In Kyrgyzstan, there is a general lack of specific information",
    at: "Child prostitution ¶1",
    good: ["Child prostitution ¶1", "Introduction › Child prostitution ¶1", "INTRODUCTION › Child prostitution ¶1"],
    bad: ["Introduction ¶1", "Child prostitution ¶2", "Kyrgyzstan › Child prostitution ¶1"],
  },
  "ECPAT annex list item is not the Protection chapter": {
    source: "ecpat",
    quote:
      "Establish by 2013 an effective and accessible system for reporting, follow up and support for child victims of suspected or actual incidents of sexual exploitation",
    at: "Protection of the child ¶2",
    good: ["Protection of the child ¶2", "Protection of the child, para. 2", "Annex › Protection of the child ¶2"],
    // "Protection ¶2" is the table in the PROTECTION chapter; both spellings of it must say no.
    bad: ["Protection ¶2", "Protection, para. 2", "§ Protection of the child"],
  },
  "ECPAT list item under Priority Actions, where case tells two sections apart": {
    source: "ecpat",
    quote: "The Commission on Children’s Report should include a board of expertise",
    at: "Priority Actions Required › Coordination and cooperation ¶1",
    good: ["Priority Actions Required › Coordination and cooperation ¶1", "Coordination and cooperation ¶1"],
    // The chapter's own paragraph, and a spelling that matches both sections without case.
    bad: ["Coordination and Cooperation ¶1", "coordination and cooperation ¶1", "COORDINATION AND COOPERATION ¶1"],
  },
  "ECPAT chapter paragraph, where case tells two sections apart": {
    source: "ecpat",
    quote: "Coordination and cooperation are crucial for an efficient and effective fight against CSEC.",
    at: "Coordination and Cooperation ¶1",
    good: ["Coordination and Cooperation ¶1"],
    bad: [
      "Coordination and cooperation ¶1",
      "coordination and cooperation ¶1",
      "Priority Actions Required › Coordination and cooperation ¶1",
    ],
  },
  "ECPAT endnote": {
    source: "ecpat",
    quote: "OSCE Promotes interactive Teaching among Police trainers in Kyrgyzstan.",
    at: "note 174",
    good: ["note 174", "n. 174", "endnote 174", "fn 174"],
    bad: ["note 17", "note 175", "Endnotes ¶1"],
  },
  "Wikipedia section": {
    source: "wikipedia",
    quote:
      "Concerns persist about police misconduct and corruption, including allegations that police threaten and extort sex trafficking victims",
    at: "Law enforcement ¶2",
    good: ["Law enforcement ¶2", "Law enforcement, para. 2"],
    bad: ["Law enforcement ¶1", "§ Sex trafficking", "§ Law enforcement"],
  },
  "Patt entry": {
    source: "patt",
    quote: "Concerns persist about police misconduct, including allegations that police threaten and extort sex trafficking victims",
    at: "2018 Findings on the Worst Forms of Child Labor ¶2",
    good: ["2018 Findings on the Worst Forms of Child Labor ¶2"],
    bad: [
      "2018 Findings on the Worst Forms of Child Labor ¶1",
      "§ 2018 Findings on the Worst Forms of Child Labor",
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
  test("a paragraph range names no passage, and says that a locator names one", () => {
    expect(passagesAtLocator(source("un"), "paras. 75–76")).toEqual([]);
    expect(resolveLocator(source("un"), "paras. 75–76").problem).toBe(
      '"paras. 75–76" names 2 passages of un-hrc-25-48-add1 (para. 75, para. 76); a locator names one passage: cite the one the words are in.',
    );
  });

  test("a section's heading locator names its heading, not the paragraphs under it", () => {
    const [heading, ...rest] = passagesAtLocator(source("tip"), "§ Protection");
    expect(rest).toEqual([]);
    expect(heading?.kind).toBe("heading");
    expect(textOf(source("tip"), heading!)).toBe("PROTECTION");
  });

  test("a locator that matches two sections only without case names neither, and says which two", () => {
    expect(resolveLocator(source("ecpat"), "coordination and cooperation ¶1").problem).toContain(
      "(Coordination and Cooperation ¶1, Priority Actions Required › Coordination and cooperation ¶1)",
    );
  });

  test("a differently-cased locator is accepted while it names one passage (the chapter has no ¶2)", () => {
    expect(passagesAtLocator(source("ecpat"), "coordination and cooperation ¶2").map((p) => p.locator)).toEqual([
      "Priority Actions Required › Coordination and cooperation ¶2",
    ]);
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

describe.each(Object.keys(SOURCE_IDS) as SourceKey[])("every locator of %s names exactly one passage", (key) => {
  test("each passage's own locator names that passage alone", () => {
    const src = source(key);
    const others = src.reading.passages.filter(
      (p) => passagesAtLocator(src, p.locator)[0] !== p || passagesAtLocator(src, p.locator).length !== 1,
    );
    expect(others.map((p) => p.locator)).toEqual([]);
  });

  test("no two passages' locators differ only by case", () => {
    const lower = source(key).reading.passages.map((p) => p.locator.toLowerCase());
    expect(lower.filter((l, i) => lower.indexOf(l) !== i)).toEqual([]);
  });

  test("the full heading path names the same passage as the short locator", () => {
    const src = source(key);
    const paths = src.reading.passages
      .filter((p) => p.kind !== "note" && p.number === undefined && p.path.length > 0 && !/\(\d+\)$/.test(p.locator))
      .map((p) => {
        const place = /(?: ¶\d+|, line \d+)$/.exec(p.locator)?.[0] ?? "";
        const path = p.path.map(sectionName).join(" › ");
        return { p, path: p.kind === "heading" && place === "" ? `§ ${path}` : `${path}${place}` };
      });
    expect(paths.length).toBeGreaterThan(0);
    const wrong = paths.filter(({ p, path }) => {
      const named = passagesAtLocator(src, path);
      return named.length !== 1 || named[0] !== p;
    });
    expect(wrong.map(({ path }) => path)).toEqual([]);
  });
});
