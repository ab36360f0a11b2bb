/**
 * A session in Russian prints each module's Russian translation: a translator's rendering of a quote marked
 * «Неофициальный перевод» and cited as usual, a parallel quote cited as the language version, and an outdated
 * translation as a DRAFT. The fixtures (tests/fixtures/translations, tests/fixtures/russian) were written for the
 * tests and are not reviewed by a native speaker. The PDF is read back.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { buildHandout, type Edition } from "../../../src/core/handout/build-handout.ts";
import { parseModule } from "../../../src/core/modules/parse-module.ts";
import { checkTranslation } from "../../../src/core/modules/translated-module.ts";
import { ContentError, loadSession } from "../../../src/core/sessions/session-file.ts";
import { renderPdf } from "../../../src/cli/render-pdf.ts";
import { flat, readPdf } from "../../pdf-text.ts";
import { russianSource } from "../russian-library.ts";
import { root, sources, template } from "./fixtures.ts";

const DIR = join(root, "tests", "fixtures", "translations");
const ORIGINAL = readFileSync(join(DIR, "saunas.md"), "utf8");
const RUSSIAN = readFileSync(join(DIR, "saunas.ru.md"), "utf8");
const RENDERING = "Детей допрашивают сотрудники полиции, и они дают показания так же, как взрослые, в общих помещениях отделов полиции";
const ENGLISH_QUOTE =
  "Children are interrogated by police officers and give their statements in the same way as adults, in public areas of police stations";

const SESSION = `title: Сауны
audience: police
date: 2026-12-08
start: "09:00"
length: 60
place: Бишкек
trainer: А. Тренер
organisation: Test Org
language: ru
agenda:
  - module: saunas
    sections: [Допрос]
    minutes: 30
`;

function session(originalText = ORIGINAL, sessionText = SESSION) {
  const original = parseModule(originalText, "modules/saunas.md").module!;
  const checked = checkTranslation(RUSSIAN, "modules/saunas.ru.md", { module: original, text: originalText });
  const translations = new Map([["ru", new Map(checked.module ? [["saunas", checked.module]] : [])]]);
  return loadSession(sessionText, "templates/sessions/saunas.ru.yaml", new Map([["saunas", original]]), translations);
}

async function print(edition: Edition, originalText = ORIGINAL, sessionText = SESSION) {
  const handout = buildHandout({
    session: session(originalText, sessionText),
    template: template(),
    edition,
    sources: [...sources, russianSource()],
  });
  return { handout, text: flat((await readPdf(await renderPdf(handout.definition))).text) };
}

describe("a session in Russian", () => {
  test("prints the translation: the rendering in quotation marks, marked unofficial, then the quote's citation", async () => {
    const { handout, text } = await print("participant");
    expect(handout.draftReasons).toEqual([]);
    expect(text).toContain("Сауны и допрос в полиции");
    expect(text).toContain(`“${RENDERING}” Неофициальный перевод — UN Special Rapporteur (2013), para. 75 [1]`);
    // The participant reads the rendering only; the original words are in the trainer guide and the audit.
    expect(text).not.toContain(ENGLISH_QUOTE);
  });

  test("the trainer guide prints the original quote under the rendering, and the audit shows both", async () => {
    const trainer = await print("trainer");
    expect(trainer.text).toContain(`Неофициальный перевод — UN Special Rapporteur (2013), para. 75 [1] Оригинал: “${ENGLISH_QUOTE}”`);
    const audit = await print("audit");
    expect(audit.text).toContain(ENGLISH_QUOTE.slice(0, 40));
    expect(audit.text).toContain(`Неофициальный перевод: ${RENDERING.slice(0, 30)}`);
  });

  test("a verified parallel quote prints in Russian, cited as the Russian version", async () => {
    const whole = SESSION.replace("    sections: [Допрос]\n", "");
    const { text } = await print("participant", ORIGINAL, whole);
    expect(text).toContain(
      "“Специальному докладчику сообщили о работе «саун», особенно в Бишкеке” — Специальный докладчик ООН (2013), para. 14 (translation of [1])",
    );
    expect(text).not.toContain("operation of");
  });

  test("a translation made from an earlier version of the module prints as a DRAFT, saying so", async () => {
    const edited = ORIGINAL.replace("Ask the group which saunas", "Ask the group which saunas and hotels");
    const { handout, text } = await print("participant", edited);
    expect(handout.draftReasons).toEqual([
      "The Russian translation of “Saunas and the police interview” was made from an earlier version of the module.",
    ]);
    expect(text).toContain("The Russian translation of “Saunas and the police interview” was made from an earlier version of the module.");
  });

  test("a module with no translation in the session's language is refused in one sentence", () => {
    const noTranslation = () => {
      const original = parseModule(ORIGINAL, "modules/saunas.md").module!;
      return loadSession(SESSION, "templates/sessions/saunas.ru.yaml", new Map([["saunas", original]]), new Map());
    };
    expect(noTranslation).toThrow(ContentError);
    expect(noTranslation).toThrow(
      'templates/sessions/saunas.ru.yaml:11: agenda[0].module: "saunas" has no Russian translation that can be printed (modules/saunas.ru.md); translate it, or take it out of this session',
    );
  });

  test("sections name the translation's headings", () => {
    expect(() => session(ORIGINAL, SESSION.replace("[Допрос]", "[The interview]"))).toThrow(
      /"saunas" has no section "The interview" \(sections: "Где эксплуатируют детей", "Допрос"\)/,
    );
  });
});
