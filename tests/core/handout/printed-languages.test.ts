/**
 * An excerpt with a parallel quote prints in the language asked for: its own (the default), the
 * translation's, or both. The translation is the Russian test fixture (tests/fixtures/russian): not
 * an official translation, not reviewed by a native speaker. The PDF is read back, so Cyrillic
 * must be drawn with glyphs the embedded fonts have.
 */
import { describe, expect, test } from "vitest";
import { buildHandout, type HandoutRequest } from "../../../src/core/handout/build-handout.ts";
import { parseModule } from "../../../src/core/modules/parse-module.ts";
import { assembleSession } from "../../../src/core/sessions/assemble-session.ts";
import { renderPdf } from "../../../src/cli/render-pdf.ts";
import { flat, readPdf } from "../../pdf-text.ts";
import { russianSource } from "../russian-library.ts";
import { sources, template } from "./fixtures.ts";

const ENGLISH = "the Special Rapporteur was informed of the operation of “saunas”, especially in Bishkek";
const RUSSIAN = "Специальному докладчику сообщили о работе «саун», особенно в Бишкеке";

function moduleWith(russian: string) {
  const text = `---\nid: saunas\ntitle: Saunas\nsummary: S\nversion: 1\naudiences: [police]\ntopics: []\nminutes: 30\nobjectives:\n  - O\nreview: {status: approved, reviewer: R. Reviewer, date: 2026-11-20}\n---\n## Why it matters\n\n:::excerpt un-hrc-25-48-add1 "para. 14"\n${ENGLISH}\n:::parallel un-hrc-25-48-add1-ru\n${russian}\n:::\n`;
  const parsed = parseModule(text, "modules/saunas.md");
  if (!parsed.module || parsed.errors.length > 0) throw new Error(parsed.errors.map((e) => e.message).join("\n"));
  return parsed.module;
}

async function print(languages: HandoutRequest["languages"], russian = RUSSIAN) {
  const module = moduleWith(russian);
  const session = assembleSession(
    {
      title: "Two languages",
      audience: "police",
      date: "2026-12-08",
      start: "09:00",
      length: 60,
      place: "Osh",
      trainer: "A. Trainer",
      organisation: "Test Org",
      agenda: [{ module: "saunas", minutes: 30 }],
    },
    new Map([["saunas", module]]),
    "test",
  );
  const handout = buildHandout({
    session,
    template: template(),
    edition: "participant",
    sources: [...sources, russianSource()],
    ...(languages ? { languages } : {}),
  });
  const pdf = await readPdf(await renderPdf(handout.definition));
  return { handout, text: flat(pdf.text) };
}

describe("a handout with a parallel quote", () => {
  test("by default prints the excerpt's own words only", async () => {
    const { handout, text } = await print(undefined);
    expect(handout.draftReasons).toEqual([]);
    expect(text).toContain(`“${ENGLISH}”`);
    expect(text).not.toContain("Бишкеке");
  });

  test("with both languages prints both, the Russian read back from the PDF as written, cited at the same paragraph", async () => {
    const { text } = await print("both");
    expect(text).toContain(`“${ENGLISH}”`);
    expect(text).toContain(`“${RUSSIAN}”`);
    expect(text).toContain("— Специальный докладчик ООН (2013), para. 14 (translation of [1])");
  });

  test("with ru prints the Russian words only", async () => {
    const { text } = await print("ru");
    expect(text).toContain(`“${RUSSIAN}”`);
    expect(text).not.toContain("operation of");
  });

  test("a parallel quote that does not verify makes the handout a DRAFT, saying why", async () => {
    const { handout } = await print("both", RUSSIAN.replace("саун", "бань"));
    expect(handout.draftReasons.join(" ")).toContain("parallel quote from un-hrc-25-48-add1-ru: Altered from para. 14");
  });
});
