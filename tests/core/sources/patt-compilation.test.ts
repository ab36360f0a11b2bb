/** Reading text of Patt's compilation (sources/000_…, structure patt-compilation): every excerpt cites the report it quotes. */
import { describe, expect, test } from "vitest";
import { passage, passagesContaining, source, textOf } from "../library.ts";

const patt = () => source("patt");
const ENTRY = "2018 Findings on the Worst Forms of Child Labor";

describe("quoted reports", () => {
  test("the 2018 Findings entry: US Dept of Labor, 2019, page 701", () => {
    for (const locator of [`${ENTRY} ¶1`, `${ENTRY} ¶2`]) {
      const p = passage(patt(), locator);
      expect(p.quotedIn).toEqual({
        title: ENTRY,
        publisher: "Office of Child Labor, Forced Labor, and Human Trafficking, Bureau of International Labor Affairs, US Dept of Labor, 2019",
        date: "2019",
        accessed: "2 September 2020",
        page: "701",
      });
      expect(p.page).toBe("701");
    }
    expect(textOf(patt(), passage(patt(), `${ENTRY} ¶1`))).toMatch(/^Although the Kyrgyz Republic has programs that target child labor/);
  });

  test("other entries carry their own title, publisher and date", () => {
    const byText = (words: string) => {
      const [p, ...more] = passagesContaining(patt(), words);
      expect(more).toEqual([]);
      return p!.quotedIn;
    };
    expect(byText("The Committee is concerned that the recommendations made")).toMatchObject({
      title: "Concluding Observations of the Committee on the Rights of the Child (CRC)",
      publisher: "UN Convention on the Rights of the Child, 1 October 2004",
      date: "1 October 2004",
      accessed: "17 February 2011",
    });
    expect(byText("A flourishing commercial sex industry exploited girls")).toMatchObject({
      title: "Human Rights Reports » 2005 Country Reports on Human Rights Practices",
      publisher: "U.S. Dept of State Bureau of Democracy, Human Rights, and Labor, March 8, 2006",
      date: "March 8, 2006",
    });
    expect(byText("In the “New Generation” plan")).toMatchObject({
      title: "Five Years After Stockholm: ECPAT: Fifth Report on implementation of the Agenda for Action",
      publisher: "ECPAT International, November 2001",
      date: "November 2001",
    });
    expect(byText("Thousands of children lived in the streets")).toMatchObject({
      title: "International Helsinki Federation for Human Rights (IHF) Report - Kyrgyzstan -",
      publisher: "IHF Focus, Kyrgyzstan AR 2004, 6/9/2004",
      page: "12",
    });
  });

  test("every passage between the first entry and the footer cites a report", () => {
    const passages = patt().reading.passages;
    const first = passages.findIndex((p) => p.quotedIn);
    const footer = passages.findIndex((p) => textOf(patt(), p).startsWith("All material used herein"));
    expect(first).toBeGreaterThan(0);
    expect(footer).toBe(passages.length - 1);
    for (const p of passages.slice(first, footer).filter((p) => p.kind !== "heading")) {
      expect(p.quotedIn?.title, p.locator).toBeTruthy();
      expect(p.quotedIn?.publisher, p.locator).toBeTruthy();
      expect(p.quotedIn?.accessed, p.locator).toMatch(/^\d{1,2} \w+ \d{4}$/);
      expect(p.path, p.locator).toHaveLength(1); // the entry's title heading
    }
  });

  test("a page is not carried over into the next entry", () => {
    expect(passage(patt(), "VIII. Special Protection Measures ¶1").page).toBe("26");
    expect(passage(patt(), "ECPAT Country Monitoring Report ¶1").page).toBeUndefined();
    expect(passage(patt(), "ECPAT Country Monitoring Report ¶1").quotedIn?.page).toBeUndefined();
  });

  test("entry titles, bylines, [accessed …], [page N] and Note:: lines are heading passages, not paragraphs", () => {
    for (const p of patt().reading.passages) {
      if (p.kind !== "heading") expect(textOf(patt(), p)).not.toMatch(/^\[(?:accessed|page)\b|^Note::|^\*\*\* ARCHIVES/);
    }
    const entry = "ECPAT Country Monitoring Report";
    expect(passagesContaining(patt(), "Vykintas Lideikis").map((p) => [p.kind, p.locator])).toEqual([["heading", `${entry}, line 1`]]);
    expect(textOf(patt(), passage(patt(), `${entry}, line 2`))).toBe("[accessed 2 September 2020]");
    expect(textOf(patt(), passage(patt(), `§ ${entry}`))).toBe(`${entry} [PDF]`);
    expect(textOf(patt(), passage(patt(), "International Helsinki Federation for Human Rights (IHF) Report - Kyrgyzstan - ¶1"))).toMatch(
      /^RIGHTS OF THE CHILD - Thousands of children/,
    );
  });
});

describe("Patt's own text", () => {
  test("the introduction cites no report", () => {
    const intro = patt().reading.passages.filter((p) => p.path.length === 0);
    expect(intro.length).toBeGreaterThan(0);
    expect(intro[0]!.locator).toBe("Introduction ¶1");
    for (const p of intro) expect(p.quotedIn, p.locator).toBeUndefined();
    expect(passagesContaining(patt(), "CAUTION:")[0]?.quotedIn).toBeUndefined();
  });

  test("the footer cites no report", () => {
    const [footer] = passagesContaining(patt(), "All material used herein reproduced under the fair use exception");
    expect(footer?.quotedIn).toBeUndefined();
    expect(footer?.page).toBeUndefined();
  });
});
