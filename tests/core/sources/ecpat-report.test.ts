/** Reading text of the ECPAT monitoring report (sources/003_…, structure ecpat-monitoring). */
import { describe, expect, test } from "vitest";
import { passage, passagesContaining, source, textOf } from "../library.ts";

const ecpat = () => source("ecpat");
const notes = () => ecpat().reading.passages.filter((p) => p.kind === "note" && p.noteId !== "*");
const SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹";

describe("endnotes and their markers", () => {
  test("the ENDNOTES list gives 179 notes, “note 1” … “note 179”, in order", () => {
    expect(notes().map((p) => p.noteId)).toEqual(Array.from({ length: 179 }, (_, i) => String(i + 1)));
    expect(notes().map((p) => p.locator)).toEqual(Array.from({ length: 179 }, (_, i) => `note ${i + 1}`));
    for (const n of notes()) expect(textOf(ecpat(), n)).not.toMatch(/^(?:- |[⁰¹²³⁴⁵⁶⁷⁸⁹]|\d+ )/);
  });

  test("¹⁷⁴ in “Training law enforcement personnel” links to note 174, which cites the OSCE", () => {
    const p = passage(ecpat(), "Training law enforcement personnel ¶2");
    const ref = p.noteRefs.find((r) => r.noteIds.includes("174"));
    expect(ref).toBeDefined();
    expect(ecpat().reading.text.slice(ref!.start, ref!.end)).toBe("¹⁷⁴");
    expect(ecpat().reading.text.slice(p.start, ref!.start).endsWith("as well as case identification.")).toBe(true);
    expect(textOf(ecpat(), passage(ecpat(), "note 174"))).toContain("OSCE Promotes interactive Teaching among Police trainers");
  });

  test("^{149 150} links both notes", () => {
    const p = passage(ecpat(), "Child Pornography Child Abuse Images ¶3");
    const ref = p.noteRefs.find((r) => r.noteIds.includes("149"));
    expect(ref?.noteIds).toEqual(["149", "150"]);
    expect(ecpat().reading.text.slice(ref!.start, ref!.end)).toBe("^{149 150}");
  });

  test("every marker in the body is linked, and every link points to a note that exists", () => {
    const raw = ecpat().raw;
    const body = raw.slice(0, raw.indexOf("\nENDNOTES\n"));
    const printed = [...body.matchAll(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\^\{([\d ]+)\}/g)].flatMap((m) =>
      m[1] ? m[1].trim().split(/\s+/) : [[...m[0]].map((c) => SUPERSCRIPT.indexOf(c)).join("")],
    );
    const linked = ecpat().reading.passages.flatMap((p) => p.noteRefs.flatMap((r) => r.noteIds));
    expect(linked).toEqual(printed.map((n) => String(Number(n))));
    const ids = new Set(notes().map((n) => n.noteId));
    expect(linked.filter((id) => !ids.has(id))).toEqual([]);
  });

  test("markers sit inside the passage that carries them", () => {
    for (const p of ecpat().reading.passages) {
      for (const r of p.noteRefs) {
        expect(r.start).toBeGreaterThanOrEqual(p.start);
        expect(r.end).toBeLessThanOrEqual(p.end);
      }
    }
  });
});

describe("tables, lists and markup", () => {
  test("the contents and the instruments table are table passages with one row a line, cells split by tabs", () => {
    const tables = ecpat().reading.passages.filter((p) => p.kind === "table");
    expect(tables.map((p) => p.locator)).toEqual(["Contents ¶1", "Protection ¶2"]);
    const rows = textOf(ecpat(), passage(ecpat(), "Protection ¶2")).split("\n");
    expect(rows[0]).toBe("International instruments");
    expect(rows).toContain("Convention on the Rights of the Child – 1989\t12 January 1994\t29 July 2010");
    expect(rows).toContain("Special Rapporteur on the sale of children, child prostitution and child pornography\tNo visits so far");
    expect(rows[rows.length - 1]).toBe(
      "Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and children – 2000 (supplementing the UN Convention against Transnational Organized Crime)\t15 March 2003",
    );
    expect(textOf(ecpat(), passage(ecpat(), "Contents ¶1")).split("\n")).toHaveLength(12);
  });

  test("the paragraph after the instruments table is a paragraph of its own", () => {
    const [p, ...more] = passagesContaining(ecpat(), "The Kyrgyz Republic guarantees the overall protection of children's rights.");
    expect(more).toEqual([]);
    expect(p?.kind).toBe("paragraph");
    expect(textOf(ecpat(), p!).startsWith("The Kyrgyz Republic guarantees")).toBe(true);
  });

  test("glossary entries are 28 list items without the source's ** emphasis", () => {
    const items = ecpat().reading.passages.filter((p) => p.path[0] === "GLOSSARY OF TERMS AND ACRONYMS" && p.kind !== "heading");
    expect(items).toHaveLength(28);
    expect(items.every((p) => p.kind === "list-item")).toBe(true);
    expect(textOf(ecpat(), items[0]!)).toBe("IWPR: Institute for War and Peace Reporting");
    expect(textOf(ecpat(), items[21]!)).toBe("OSCE: Organisation on Security and Cooperation in Europe");
  });

  test("no passage carries Markdown emphasis or <i> tags", () => {
    for (const p of ecpat().reading.passages) expect(textOf(ecpat(), p)).not.toMatch(/\*\*|<\/?i>/);
  });

  test("priority actions are list items under their sub-heading", () => {
    const p = passage(ecpat(), "Priority Actions Required › Protection ¶3");
    expect(p.kind).toBe("list-item");
    expect(p.path).toEqual(["PRIORITY ACTIONS REQUIRED", "Protection"]);
    expect(textOf(ecpat(), p)).toBe("Legislation should incorporate the act of soliciting children online for sexual purposes (grooming);");
  });
});

describe("paragraphs and headings", () => {
  test("a paragraph broken across a page is one passage", () => {
    const [p, ...more] = passagesContaining(
      ecpat(),
      "Youth in the Kyrgyz Republic have been recognized as the group which is most at risk of trafficking.",
    );
    expect(more).toEqual([]);
    expect(p?.locator).toBe("Prevention ¶12");
    expect(textOf(ecpat(), passage(ecpat(), "Prostitution of Children ¶1"))).toContain(
      "the law makes no attempt to curb the demand for prostitution by targeting individuals who attempt",
    );
  });

  test("headings of both cases give locators", () => {
    expect(passage(ecpat(), "Child prostitution ¶1").path).toEqual(["INTRODUCTION", "Child prostitution"]);
    expect(textOf(ecpat(), passage(ecpat(), "Child prostitution ¶1"))).toMatch(/^In Kyrgyzstan, there is a general lack of specific information/);
    expect(passage(ecpat(), "Prostitution of Children ¶1").path).toEqual(["PROSTITUTION OF CHILDREN"]);
    expect(textOf(ecpat(), passage(ecpat(), "Prostitution of Children ¶1"))).toMatch(/^Article 157 of the Criminal Code criminalizes/);
    expect(textOf(ecpat(), passage(ecpat(), "Training law enforcement personnel ¶1"))).toMatch(/^Trainings on different forms of CSEC/);
  });

  test("TRAFFICKING IN CHILDREN FOR SEXUAL PURPOSES is a heading, even after a paragraph cut off mid-sentence", () => {
    expect(ecpat().reading.headings.map((h) => h.title)).toContain("TRAFFICKING IN CHILDREN FOR SEXUAL PURPOSES");
    expect(passagesContaining(ecpat(), "TRAFFICKING IN CHILDREN FOR SEXUAL PURPOSES").map((p) => [p.kind, p.locator])).toEqual([
      ["heading", "§ Trafficking in Children for Sexual Purposes"],
    ]);
    const first = passagesContaining(ecpat(), "The 1997 Criminal Code of the Kyrgyz Republic prohibits trafficking in human beings.")[0];
    expect(first?.locator).toBe("Trafficking in Children for Sexual Purposes ¶1");
  });

  test("every locator is unique", () => {
    const locators = ecpat().reading.passages.map((p) => p.locator);
    expect(locators.filter((l, i) => locators.indexOf(l) !== i)).toEqual([]);
  });
});
