import { describe, expect, test } from "vitest";
import { printedCitation } from "../../../src/core/handout/printed-citation.ts";
import { moduleFor } from "../../../src/core/modules/editions.ts";
import type { BodyNode, Module } from "../../../src/core/schema/module.ts";
import { flat } from "../../pdf-text.ts";
import { printed, sources, starterSession } from "./fixtures.ts";

const SESSION = "police-induction";
const modulesOf = (name: string) => starterSession(name).slots.flatMap((s) => (s.kind === "module" ? [s.module] : []));
const nodes = (m: Module, kind: BodyNode["kind"]) => m.body.filter((n) => n.kind === kind) as Extract<BodyNode, { body: string }>[];
/** The first sentence of a block's Markdown, as the PDF prints it (no Markdown marks). */
const firstWords = (md: string) =>
  flat(
    md
      .replace(/[*_`>#]/g, "")
      .replace(/\[([^\]]+)\]\([^)]+\)/g, "$1")
      .trim(),
  )
    .split(" ")
    .slice(0, 8)
    .join(" ");

describe("participant handout", () => {
  test("every quote and its citation is printed, each quote whole on one page", async () => {
    const { pdf, handout } = await printed(SESSION, "participant");
    const pages = pdf.pages.map(flat);
    expect(handout.excerpts.length).toBeGreaterThan(30);
    for (const e of handout.excerpts) {
      const quote = flat(e.node.quote.trim());
      expect(
        pages.some((p) => p.includes(quote)),
        `quote on one page: ${quote.slice(0, 60)}`,
      ).toBe(true);
      expect(flat(pdf.text)).toContain(printedCitation(e).short);
    }
  });

  test("no trainer note and no exercise answer; the exercise scenario is there", async () => {
    const { pdf } = await printed(SESSION, "participant");
    const text = flat(pdf.text);
    expect(text).not.toContain("TRAINER NOTE");
    expect(text).not.toContain("What a good answer covers");
    for (const m of modulesOf(SESSION)) {
      for (const t of nodes(m, "trainer")) expect(text).not.toContain(firstWords(t.body));
    }
    expect(text).toContain("EXERCISE");
    expect(text).toContain("Scenario");
  });

  test("only the police audience blocks appear", async () => {
    const { pdf } = await printed(SESSION, "participant");
    const text = flat(pdf.text);
    for (const m of modulesOf(SESSION)) {
      for (const a of m.body.filter((n) => n.kind === "audience")) {
        const words = firstWords((a as { body: string }).body);
        if ((a as { audiences: string[] }).audiences.includes("police")) expect(text).toContain(words);
        else expect(text).not.toContain(words);
      }
    }
    expect(text).toContain("FOR POLICE");
    expect(text).not.toContain("FOR SOCIAL WORKERS");
  });

  test("cover, contents with page numbers, page X of Y on every page", async () => {
    const { pdf } = await printed(SESSION, "participant");
    expect(pdf.pages[0]).toContain("Participant handout · for police");
    expect(flat(pdf.pages[0]!)).toContain("8 December 2026, 09:00–12:45");
    expect(pdf.pages[0]).toContain("Bishkek, MVD training centre");
    expect(pdf.pages[1]).toContain("Contents");
    for (const m of modulesOf(SESSION)) expect(flat(pdf.pages[1]!)).toMatch(new RegExp(`${m.meta.title.replace(/[()]/g, ".")} \\d+`));
    pdf.pages.forEach((p, i) => expect(p).toContain(`Page ${i + 1} of ${pdf.numPages}`));
  });

  test("the cover says when the quoted sources were published, from their catalog dates", async () => {
    const { pdf, handout } = await printed(SESSION, "participant");
    const quoted = new Set(handout.excerpts.map((e) => e.source!));
    const years = [...quoted].map((src) => Number(src.entry.date.slice(0, 4)));
    expect(new Set(years).size).toBeGreaterThan(1);
    expect(flat(pdf.pages[0]!)).toContain(
      `Sources quoted ${Math.min(...years)}–${Math.max(...years)} (publication dates in the catalog of the ${quoted.size} sources quoted;`,
    );
  });

  test("sources at the end of each module, a bibliography with URLs and each source's rights notice", async () => {
    const { pdf, handout } = await printed(SESSION, "participant");
    const text = flat(pdf.text);
    // Each module ends with its numbered sources (the list's numbers come out of the PDF out of order).
    expect(text.match(/\bSources (?:Najat|U\.S\.|ECPAT|Vykintas|Martin|Wikipedia)/g)?.length).toBe(modulesOf(SESSION).length);
    expect(text).toContain("Bibliography and rights");
    const used = new Set(handout.excerpts.map((e) => e.source!));
    for (const s of used) {
      expect(text).toContain(flat(s.entry.rights.notice));
      if (s.entry.url) expect(text).toContain(s.entry.url);
    }
    expect(text).toContain("Permission required to reproduce. Rights: © 2012 ECPAT International.");
  });

  test("PDF metadata: title, author, subject, keywords, language", async () => {
    const { pdf, bytes } = await printed(SESSION, "participant");
    expect(pdf.info.Title).toBe("Child victims of sexual exploitation — induction for police investigators — Participant handout");
    expect(pdf.info.Author).toBe("Lead trainer, Sourcebook Training Network");
    expect(pdf.info.Subject).toMatch(/^Participant handout for police: /);
    expect(pdf.info.Keywords).toContain("victim-identification");
    expect(bytes.toString("latin1")).toMatch(/\/Lang \(en\)/);
  });
});

describe("trainer guide", () => {
  test("has every trainer note, the exercise answers, the timings", async () => {
    const { pdf } = await printed(SESSION, "trainer");
    const text = flat(pdf.text);
    for (const m of modulesOf(SESSION)) {
      for (const t of nodes(moduleFor(m, "police", "trainer"), "trainer")) expect(text).toContain(firstWords(t.body));
    }
    expect(text).toContain("What a good answer covers (trainer only)");
    expect(text).toContain("09:00–10:30 · 90 minutes in this session");
    expect(pdf.pages[0]).toContain("Trainer guide · for police");
  });

  test("prints each check-before-teaching block; the participant handout prints none", async () => {
    const checks = modulesOf(SESSION).flatMap((m) => nodes(m, "check"));
    expect(checks.length).toBeGreaterThan(0);
    const trainer = flat((await printed(SESSION, "trainer")).pdf.text);
    const participant = flat((await printed(SESSION, "participant")).pdf.text);
    expect(trainer).toContain("CHECK BEFORE TEACHING");
    expect(participant).not.toContain("CHECK BEFORE TEACHING");
    for (const c of checks) {
      const first = firstWords(c.body.split("\n")[0]!.replace(/^- /, ""));
      expect(trainer).toContain(first);
      expect(participant).not.toContain(first);
    }
  });

  test.each(["police-induction", "judicial-seminar", "social-work-case-management"])(
    "%s: no section heading is left alone at the foot of a page",
    async (name) => {
      const { pdf } = await printed(name, "trainer");
      const headings = modulesOf(name).flatMap((m) => m.body.flatMap((n) => (n.kind === "section" ? [n.title] : [])));
      for (const page of pdf.pages) {
        const lines = page
          .split("\n")
          .map((l) => l.trim())
          .filter(Boolean);
        // The last lines of a page are the footer; the line before them is the page's last content.
        // Running header, footer ("… Page 4 of 35") and the DRAFT watermark are not page content.
        const body = lines.filter((l) => !/Page \d+ of \d+$/.test(l) && !/^Sourcebook Training Network · /.test(l) && l !== "DRAFT");
        expect(headings, `page ends on a heading: ${body.at(-1)}`).not.toContain(body.at(-1));
      }
    },
  );
});

describe("pocket card and citation audit", () => {
  test("the pocket card fits on one or two pages and carries key points and checklists", async () => {
    const { pdf } = await printed("judicial-seminar", "card");
    expect(pdf.numPages).toBeLessThanOrEqual(2);
    expect(pdf.pages[0]).toContain("Pocket card for judges and prosecutors");
    const text = flat(pdf.text);
    const keypoint = modulesOf("judicial-seminar")[0]!.body.find((n) => n.kind === "keypoints") as { body: string };
    expect(text).toContain(firstWords(keypoint.body.split("\n")[0]!.replace(/^- /, "")));
  });

  test("the pocket card never ends a column or page on a heading: a module's title and a checklist's title print with what follows", async () => {
    // The police card ended page 1 on the non-punishment title and half its checklist's title.
    const { pdf } = await printed("police-induction", "card");
    const page = pdf.pages.map(flat).find((p) => p.includes("Non-punishment of child victims of sexual exploitation"))!;
    expect(page).toContain("A raid or check where children may be present (trainer guidance)");
    expect(page).toContain("Brief the team beforehand");
  });

  test("the audit lists every excerpt with source, locator, verdict and review state", async () => {
    const { pdf, handout } = await printed("judicial-seminar", "audit");
    const text = flat(pdf.text);
    const cautions = handout.excerpts.flatMap((e) => e.cautions);
    expect(cautions.length).toBeGreaterThan(0);
    // The shipped modules acknowledge every caution they have (issue 13).
    expect(cautions.filter((c) => !c.acknowledged)).toEqual([]);
    expect(text).toContain(
      `${handout.excerpts.length} excerpts; ${handout.excerpts.length} verified against the library, 0 not; ${cautions.length} cautions on verified words, ${cautions.length} acknowledged in the module.`,
    );
    expect(text.match(/\bverified\b/g)!.length).toBeGreaterThanOrEqual(handout.excerpts.length);
    for (const e of handout.excerpts) expect(text).toContain(printedCitation(e).short);
    expect(sources.length).toBe(5);
  });
});
