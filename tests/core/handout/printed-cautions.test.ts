import { describe, expect, test } from "vitest";
import { buildHandout, type Edition } from "../../../src/core/handout/build-handout.ts";
import { EMPTY_KIT, type TrainingKit } from "../../../src/core/handout/training-kit.ts";
import { parseModule } from "../../../src/core/modules/parse-module.ts";
import type { Module } from "../../../src/core/schema/module.ts";
import { assembleSession } from "../../../src/core/sessions/assemble-session.ts";
import { renderPdf } from "../../../src/cli/render-pdf.ts";
import { flat, readPdf } from "../../pdf-text.ts";
import { sources, template } from "./fixtures.ts";

// Cautions in print: an unacknowledged one makes the handout a DRAFT; an acknowledged attribution or
// older-data caution shows in the citation beside the quote and in the module's sources.

// ECPAT's report may be quoted only with permission: these handouts are printed from a library that holds it,
// so the only DRAFT reasons are the cautions'.
const ECPAT_PERMITTED: TrainingKit = {
  ...EMPTY_KIT,
  permissions: [{ source: "ecpat-gm-kg-2012", "granted-by": "A. Example", date: "2026-03-02", scope: "the tests", reference: "none" }],
};

/** The TIP report gives this to the 2013 UN special rapporteur report, in the sentence before. */
const BRIBES = `Police allegedly extorted bribes from child sex trafficking victims through threats of arrest for
prostitution, even though prostitution was neither illegal nor an administrative offense.`;
/** ECPAT's figures here come from a 2004 report (its notes 51 to 53); and it is "according to non-government organizations". */
const HIDDEN = `Child prostitution in Kyrgyzstan may not be visible, especially in big cities where exploited
children are kept in private homes used as hidden brothels; however, it is a widespread
phenomenon.`;
/** No caution at all. */
const PARA_75 = `Children are interrogated by police officers and give their statements in the same way
as adults, in public areas of police stations`;

function module(excerpts: string): Module {
  const text = `---\nid: cautioned\ntitle: Cautioned quotes\nsummary: Quotes with cautions.\nversion: 1\naudiences: [police]\ntopics: []\nminutes: 30\nobjectives:\n  - Read a citation\nreview: {status: approved, reviewer: R. Reviewer, date: 2026-11-20}\n---\n## What the reports say\n\n${excerpts}`;
  const parsed = parseModule(text, "modules/cautioned.md");
  if (!parsed.module || parsed.errors.length > 0) throw new Error(parsed.errors.map((e) => e.message).join("\n"));
  return parsed.module;
}

const excerpt = (source: string, locator: string, quote: string, acknowledge = "") =>
  `:::excerpt ${source} "${locator}"${acknowledge ? ` acknowledge=${acknowledge}` : ""}\n${quote}\n:::\n\n`;

async function print(m: Module, edition: Edition) {
  const session = assembleSession(
    {
      title: "Cautions",
      audience: "police",
      date: "2026-12-08",
      start: "09:00",
      length: 120,
      place: "Osh",
      trainer: "A. Trainer",
      organisation: "Test Org",
      agenda: [{ module: m.meta.id, minutes: 30 }],
    },
    new Map([[m.meta.id, m]]),
    "test",
  );
  const handout = buildHandout({ session, template: template(), edition, sources, kit: ECPAT_PERMITTED });
  const pdf = await readPdf(await renderPdf(handout.definition));
  return { handout, pdf, text: flat(pdf.text), cover: flat(pdf.pages[0]!) };
}

describe("an unacknowledged caution", () => {
  test("is a DRAFT reason, on the cover, and leaves the printed citation as it was", async () => {
    const { handout, text, cover } = await print(module(excerpt("us-tip-2016-kg", "Protection ¶2", BRIBES)), "participant");
    const reason =
      'Module “Cautioned quotes”: excerpt at Protection ¶2 has an unacknowledged caution (attribution): The source attributes this to the 2013 UN special rapporteur report ("According to the 2013 UN special rapporteur report, …").';
    expect(handout.draftReasons).toEqual([reason]);
    expect(cover).toContain("DRAFT — not for distribution");
    expect(cover).toContain(reason);
    expect(text).toContain("— U.S. Department of State (2016), Protection ¶2 [1]");
    expect(text).not.toContain("citing");
  });

  test("past five, the rest are counted and the audit named as the list of them all", async () => {
    const many = Array.from({ length: 7 }, () => excerpt("us-tip-2016-kg", "Protection ¶2", BRIBES)).join("");
    const { handout } = await print(module(many), "trainer");
    expect(handout.draftReasons).toHaveLength(6);
    expect(handout.draftReasons[5]).toBe("…and 2 more unacknowledged cautions; the citation audit lists them all.");
  });
});

describe("an acknowledged caution", () => {
  test.each<Edition>(["participant", "trainer"])(
    "%s: attribution prints whom the source cites, beside the quote and in the module's sources; no DRAFT",
    async (edition) => {
      const { handout, text } = await print(module(excerpt("us-tip-2016-kg", "Protection ¶2", BRIBES, "attribution")), edition);
      expect(handout.draftReasons).toEqual([]);
      expect(text).not.toContain("DRAFT");
      expect(text).toContain("— U.S. Department of State (2016), Protection ¶2, citing the 2013 UN special rapporteur report [1]");
      // The module's sources (pdf.js reads the list's number "1." where it is drawn, after the publisher).
      expect(text).toMatch(
        /U\.S\. Department of State \(2016\)\. Trafficking in Persons Report 2016: Kyrgyzstan \(Tier 2\)\. U\.S\. Department of State, ?(?:1\. ?)?Protection ¶2, citing the 2013 UN special rapporteur report\./,
      );
    },
  );

  test("older-data prints the year of the data; both acknowledged, both print", async () => {
    const { handout, text } = await print(
      module(excerpt("ecpat-gm-kg-2012", "Child prostitution ¶4", HIDDEN, "attribution,older-data")),
      "participant",
    );
    expect(handout.draftReasons).toEqual([]);
    expect(text).toContain("— ECPAT International (2012; data from 2004), Child prostitution ¶4, citing non-government organizations [1]");
    // The full reference names the author (pdf.js reads the list's number "1." where it is drawn).
    expect(text).toMatch(
      /Vykintas Lideikis \(compiler\), with El Pikir \(2012; data from 2004\)\. Global Monitoring [^[]*ECPAT International, Child prostitution ¶4, citing non-government organizations\./,
    );
  });

  test("one acknowledged and one not: the citation shows the acknowledged one, the DRAFT notice the other", async () => {
    const { handout, text } = await print(
      module(excerpt("ecpat-gm-kg-2012", "Child prostitution ¶4", HIDDEN, "older-data")),
      "participant",
    );
    expect(text).toContain("— ECPAT International (2012; data from 2004), Child prostitution ¶4 [1]");
    expect(handout.draftReasons).toEqual([
      'Module “Cautioned quotes”: excerpt at Child prostitution ¶4 has an unacknowledged caution (attribution): The source attributes this to non-government organizations ("According to non-government organizations …").',
    ]);
  });

  test("acknowledging a caution the quote does not have changes nothing in print", async () => {
    const { handout, text } = await print(module(excerpt("un-hrc-25-48-add1", "para. 75", PARA_75, "older-data")), "participant");
    expect(handout.draftReasons).toEqual([]);
    expect(text).toContain("— UN Special Rapporteur (2013), para. 75 [1]");
  });
});

describe("the citation audit", () => {
  test("prints each excerpt's cautions, each acknowledged or not, and counts them", async () => {
    const { text } = await print(
      module(
        excerpt("us-tip-2016-kg", "Protection ¶2", BRIBES, "attribution") +
          excerpt("ecpat-gm-kg-2012", "Child prostitution ¶4", HIDDEN, "older-data") +
          excerpt("un-hrc-25-48-add1", "para. 75", PARA_75),
      ),
      "audit",
    );
    expect(text).toContain(
      "3 excerpts; 3 verified against the library, 0 not; 3 cautions on verified words, 2 acknowledged in the module.",
    );
    expect(text).toContain("U.S. Department of State (2016), Protection ¶2, citing the 2013 UN special rapporteur report");
    expect(text).toContain('attribution: acknowledged The source attributes this to the 2013 UN special rapporteur report ("According to');
    expect(text).toContain("older-data: acknowledged The data are older than the source: note");
    expect(text).toContain("attribution: not acknowledged (DRAFT) The source attributes this to non-government organizations");
    expect(text).toContain("ECPAT International (2012; data from 2004), Child prostitution ¶4");
    // The excerpt without cautions says so.
    expect(text).toMatch(/in public areas of police stations verified none/);
  });
});
