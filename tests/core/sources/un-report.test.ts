/** Reading text of the UN Special Rapporteur's report (sources/001_…, structure un-report). */
import { describe, expect, test } from "vitest";
import { passage, passagesContaining, source, textOf } from "../library.ts";

const un = () => source("un");
const flow = () => un().reading.passages.filter((p) => p.kind !== "note" && p.kind !== "heading");
const notes = () => un().reading.passages.filter((p) => p.kind === "note");

describe("numbered paragraphs", () => {
  test("paragraphs 1–109 each occur exactly once, in order, as “para. N”", () => {
    const numbered = un().reading.passages.filter((p) => p.number !== undefined);
    expect(numbered.map((p) => p.number)).toEqual(Array.from({ length: 109 }, (_, i) => i + 1));
    expect(numbered.map((p) => p.locator)).toEqual(Array.from({ length: 109 }, (_, i) => `para. ${i + 1}`));
    for (const p of numbered) {
      expect(p.kind).toBe("paragraph");
      expect(textOf(un(), p)).toMatch(new RegExp(`^${p.number}\\. \\S`));
    }
  });

  test("every passage of the body is a numbered paragraph", () => {
    expect(flow().filter((p) => p.number === undefined).map((p) => p.locator)).toEqual([]);
  });

  test("para. 75 sits under III › E. Policies and programmes … › 2. Investigation and prosecution", () => {
    // The report's section E ("Policies and programmes to address the sale of children, child
    // prostitution and child pornography") holds subsections 1–7; D. Institutional framework ends at para. 64.
    expect(passage(un(), "para. 75").path).toEqual([
      "III. Situational analysis",
      "E. Policies and programmes to address the sale of children, child prostitution and child pornography",
      "2. Investigation and prosecution",
    ]);
  });

  test("paras. 56–64 sit under D. Institutional framework", () => {
    for (let n = 56; n <= 64; n++) {
      expect(passage(un(), `para. ${n}`).path).toEqual(["III. Situational analysis", "D. Institutional framework"]);
    }
  });

  test("para. 40 sits under C › 4. Criminal laws … › (a) Sale of children", () => {
    expect(passage(un(), "para. 40").path).toEqual([
      "III. Situational analysis",
      "C. Domestic legal framework",
      "4. Criminal laws addressing the sale, trafficking, sexual abuse and exploitation of children",
      "(a) Sale of children",
    ]);
  });

  test("headings printed over two lines are headings, joined, and not part of the paragraph before", () => {
    const titles = un().reading.headings.map((h) => h.title);
    expect(titles).toContain("4. Criminal laws addressing the sale, trafficking, sexual abuse and exploitation of children");
    expect(titles).toContain("E. Policies and programmes to address the sale of children, child prostitution and child pornography");
    expect(textOf(un(), passage(un(), "para. 38"))).toMatch(/circulated among ministries for their revision and approval\.$/);
    expect(textOf(un(), passage(un(), "para. 64"))).toMatch(/the institutional framework regarding child rights remains fragile\.$/);
    // Each is a heading passage of its own, named by its section.
    expect(passagesContaining(un(), "Criminal laws addressing").map((p) => [p.kind, p.locator])).toEqual([
      ["heading", "§ 4. Criminal laws addressing the sale, trafficking, sexual abuse and exploitation of children"],
    ]);
    expect(passagesContaining(un(), "E. Policies and programmes").map((p) => [p.kind, p.locator])).toEqual([
      ["heading", "§ E. Policies and programmes to address the sale of children, child prostitution and child pornography"],
    ]);
  });

  test("lettered sub-items start on a line of their own inside their paragraph", () => {
    const lines = textOf(un(), passage(un(), "para. 101")).split("\n");
    expect(lines.map((l) => l.slice(0, 4))).toEqual(["101.", "(a) ", "(b) ", "(c) ", "(d) ", "(e) ", "(f) ", "(g) "]);
  });
});

describe("footnotes", () => {
  test("footnotes 1–13 are note passages “note N”, after the body", () => {
    expect(notes().map((p) => p.noteId)).toEqual(Array.from({ length: 13 }, (_, i) => String(i + 1)));
    expect(notes().map((p) => p.locator)).toEqual(Array.from({ length: 13 }, (_, i) => `note ${i + 1}`));
    const lastBody = flow()[flow().length - 1]!;
    for (const n of notes()) expect(n.start).toBeGreaterThan(lastBody.end);
  });

  test("each footnote is linked from its marker in the paragraph that cites it", () => {
    const links = flow().flatMap((p) => p.noteRefs.map((r) => [r.noteIds.join(","), p.locator]));
    expect(links).toEqual([
      ["1", "para. 8"],
      ["2", "para. 14"],
      ["3", "para. 16"],
      ["4", "para. 16"],
      ["5", "para. 18"],
      ["6", "para. 20"],
      ["7", "para. 22"],
      ["8", "para. 26"],
      ["9", "para. 41"],
      ["10", "para. 76"],
      ["11", "para. 76"],
      ["12", "para. 81"],
      ["13", "para. 87"],
    ]);
  });

  test("para. 14's marker is the “2” after “girls.”, and note 2 cites ECPAT", () => {
    const p = passage(un(), "para. 14");
    const [ref] = p.noteRefs;
    expect(ref?.noteIds).toEqual(["2"]);
    expect(un().reading.text.slice(ref!.start, ref!.end)).toBe("2");
    expect(un().reading.text.slice(ref!.start - 6, ref!.start)).toBe("girls.");
    expect(textOf(un(), passage(un(), "note 2"))).toContain("ECPAT International, Global Monitoring status of action");
  });

  test("numbers that are not markers are not linked (para. 15's figures, para. 7's per cents)", () => {
    expect(passage(un(), "para. 15").noteRefs).toEqual([]);
    expect(passage(un(), "para. 7").noteRefs).toEqual([]);
  });

  test("a footnote's URL broken over two lines is joined and kept once", () => {
    const note2 = textOf(un(), passage(un(), "note 2"));
    expect(note2.split("http://resources.ecpat.net/EI/Pdf/A4A_II/A4A_V2_CA_KYRGYZSTAN.pdf")).toHaveLength(2);
  });
});

describe("page furniture and line joins", () => {
  test("running headers and page numbers are not in the reading text", () => {
    const text = un().reading.text;
    expect(text).not.toContain("A/HRC/25/48/Add.1");
    expect(text).not.toContain("GE.13-19116");
    expect(text).not.toMatch(/^\d+ GE\./m);
  });

  test("the extraction's repeated bare URL lines are not in any passage", () => {
    const text = un().reading.text;
    for (const junk of ["Afghanistan_%20northern", "A4A_II/%20A4A", "publications/%20article", "Education/%20Documents", "http://http/"]) {
      expect(text).not.toContain(junk);
    }
  });

  test("no body paragraph carries footnote text", () => {
    expect(flow().filter((p) => /ECPAT International, Global Monitoring|Available from/.test(textOf(un(), p)))).toEqual([]);
  });

  test("lines are joined with one space; blank lines and line breaks are gone from paragraphs", () => {
    for (const p of flow()) {
      const text = textOf(un(), p);
      expect(text).not.toMatch(/\n(?!\([a-z]\) )/); // only sub-items start a line
      expect(text).not.toMatch(/ {2,}(?![0-9])/); // "para.  61" is printed with two spaces in the source
      expect(text).toBe(text.trim());
    }
  });

  test("words hyphenated at a line end read joined", () => {
    expect(textOf(un(), passage(un(), "para. 20"))).toContain("Although exact estimates of out-of-school children vary greatly");
    expect(textOf(un(), passage(un(), "para. 34"))).toContain("as a ground-breaking step towards");
    expect(textOf(un(), passage(un(), "para. 23"))).toContain("These guardians are often ill-equipped, economically or emotionally");
    for (const broken of ["out-of- school", "ground- breaking", "ill- equipped", "Non- "]) expect(un().reading.text).not.toContain(broken);
  });

  test("para. 15's last sentence, interrupted by the footnote block, reads as one sentence", () => {
    const text = textOf(un(), passage(un(), "para. 15"));
    expect(text).toMatch(
      /Furthermore, cases of forced marriage with a person under the age of 17, which includes cases of bride kidnapping, rose from seven criminal cases in 2009 to 13 in 2012\.$/,
    );
    expect(text).not.toContain("ECPAT");
  });
});
