import { describe, expect, test } from "vitest";
import { buildHandout, EDITIONS, type Edition } from "../../../src/core/handout/build-handout.ts";
import { editionContents } from "../../../src/core/modules/edition-contents.ts";
import { parseModule } from "../../../src/core/modules/parse-module.ts";
import type { Audience, Module } from "../../../src/core/schema/module.ts";
import { assembleSession } from "../../../src/core/sessions/assemble-session.ts";
import { renderPdf } from "../../../src/cli/render-pdf.ts";
import { flat, readPdf } from "../../pdf-text.ts";
import { sources, template } from "./fixtures.ts";

// What a module prints as, edition by edition, for modules written for these tests.

const QUOTE = `:::excerpt un-hrc-25-48-add1 "para. 75"
Children are interrogated by police officers and give their statements in the same way
as adults, in public areas of police stations […]
:::`;

function module(id: string, title: string, head: string, body: string): Module {
  const text = `---\nid: ${id}\ntitle: ${title}\n${head}version: 1\naudiences: [police, judicial]\ntopics: []\nminutes: 30\nreview: {status: approved, reviewer: R. Reviewer, date: 2026-11-20}\n---\n${body}`;
  const parsed = parseModule(text, `modules/${id}.md`);
  if (!parsed.module || parsed.errors.length > 0) throw new Error(parsed.errors.map((e) => e.message).join("\n"));
  return parsed.module;
}

const COMPLETE = "summary: What the printed handout holds.\nobjectives:\n  - Tell an empty section from a full one\n";

const sections = module(
  "printed-sections",
  "Printed sections",
  COMPLETE,
  `## Why it matters

${QUOTE}

## A section with nothing in it

## For judges only

:::audience judicial
Only judges and prosecutors read this.
:::

## For trainers only

:::trainer
Only trainers read this.
:::

## Questions to discuss

:::discussion
- What did the police officers do?
- What should they have done instead?
:::
`,
);

const unfinished = () => module("unfinished", "Unfinished", 'summary: ""\nobjectives: []\n', `## Why it matters\n\n${QUOTE}\n`);

async function print(modules: Module[], edition: Edition, audience: Audience = "police") {
  const session = assembleSession(
    {
      title: "Printed modules",
      audience,
      date: "2026-12-08",
      start: "09:00",
      length: 240,
      place: "Osh",
      trainer: "A. Trainer",
      organisation: "Test Org",
      agenda: modules.map((m) => ({ module: m.meta.id, minutes: 30 })),
    },
    new Map(modules.map((m) => [m.meta.id, m])),
    "test",
  );
  const handout = buildHandout({ session, template: template(), edition, sources });
  const pdf = await readPdf(await renderPdf(handout.definition));
  return { handout, pdf, text: flat(pdf.text) };
}

describe("a module with no summary or no learning objectives", () => {
  test.each(EDITIONS)("%s: prints as DRAFT, saying what the module lacks", async (edition) => {
    const { handout } = await print([unfinished()], edition);
    expect(handout.draftReasons).toEqual(["Module “Unfinished” has no summary.", "Module “Unfinished” has no learning objectives."]);
  });

  test("the reasons are on the cover, and nothing stands in for the missing summary or objectives", async () => {
    const { pdf, text } = await print([unfinished()], "participant");
    expect(flat(pdf.pages[0]!)).toContain("Module “Unfinished” has no summary.");
    expect(flat(pdf.pages[0]!)).toContain("Module “Unfinished” has no learning objectives.");
    expect(text).not.toContain("By the end of this module you will be able to");
    expect(text).not.toContain("What this module is about");
  });

  test("a complete module gives no such reason", async () => {
    const { handout } = await print([sections], "participant");
    expect(handout.draftReasons).toEqual([]);
  });
});

describe("empty sections", () => {
  test.each<[Edition, string[], string[]]>([
    ["participant", ["Why it matters", "Questions to discuss"], ["A section with nothing in it", "For judges only", "For trainers only"]],
    ["trainer", ["Why it matters", "For trainers only", "Questions to discuss"], ["A section with nothing in it", "For judges only"]],
  ])("%s: a section with nothing in it, or only blocks cut from this edition, is not printed", async (edition, shown, hidden) => {
    const { text } = await print([sections], edition);
    for (const title of shown) expect(text).toContain(title);
    for (const title of hidden) expect(text).not.toContain(title);
  });

  test("the judges' edition prints their section, and the edition preview lists the same sections as the PDF", () => {
    const titles = (audience: Audience, reader: "participant" | "trainer") =>
      editionContents(sections, audience, reader).sections.map((s) => s.title);
    expect(titles("police", "participant")).toEqual(["Why it matters", "Questions to discuss"]);
    expect(titles("police", "trainer")).toEqual(["Why it matters", "For trainers only", "Questions to discuss"]);
    expect(titles("judicial", "participant")).toEqual(["Why it matters", "For judges only", "Questions to discuss"]);
  });
});

describe("discussion questions", () => {
  test.each<Edition>(["participant", "trainer"])("%s: numbered, so a trainer can say “question 2”", async (edition) => {
    const { text } = await print([sections], edition);
    expect(text).toMatch(/DISCUSSION QUESTIONS 1\. What did the police officers do\? 2\. What should they have done instead\?/);
  });
});

describe("the handout's own words count right", () => {
  test("the audit of one excerpt says “1 excerpt”", async () => {
    const { text } = await print([sections], "audit");
    expect(text).toContain("1 excerpt; 1 verified against the library, 0 not; no cautions.");
  });
});
