/**
 * A module's translation (`modules/<id>.<language>.md`): its front matter, its body, the mirror check
 * against the original and whether it is current. The fixture (tests/fixtures/translations) is a short
 * module written for the tests and its Russian translation, not reviewed by a native speaker.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { parseModule } from "../../../src/core/modules/parse-module.ts";
import { checkTranslation, type CheckedTranslation } from "../../../src/core/modules/translated-module.ts";
import { parseTranslation } from "../../../src/core/modules/translation-file.ts";
import type { ExcerptNode } from "../../../src/core/schema/module.ts";
import { ROOT } from "../library.ts";

const DIR = join(ROOT, "tests", "fixtures", "translations");
const ORIGINAL = readFileSync(join(DIR, "saunas.md"), "utf8");
const RUSSIAN = readFileSync(join(DIR, "saunas.ru.md"), "utf8");
const FILE = "modules/saunas.ru.md";

const original = (text = ORIGINAL) => ({ module: parseModule(text, "modules/saunas.md").module!, text });
const check = (translation: string, originalText = ORIGINAL): CheckedTranslation => checkTranslation(translation, FILE, original(originalText));
const messages = (translation: string) => check(translation).errors.map((e) => e.message);
/** The line of the fixture translation holding `words`, 1-based. */
const lineOf = (words: string, text = RUSSIAN) => text.split("\n").findIndex((l) => l.includes(words)) + 1;

describe("a module's translation", () => {
  test("the fixture parses, mirrors its original and is current", () => {
    const checked = check(RUSSIAN);
    expect(checked.errors.map((e) => e.message)).toEqual([]);
    expect(checked.status?.current).toBe(true);
    const excerpts = checked.module!.body.filter((n): n is ExcerptNode => n.kind === "excerpt");
    expect(excerpts[0]!.parallel?.quote).toBe("Специальному докладчику сообщили о работе «саун», особенно в Бишкеке");
    expect(excerpts[1]!.translation).toMatch(/^Детей допрашивают сотрудники полиции/);
    expect(excerpts[1]!.quote).toMatch(/^Children are interrogated/);
    // What a reader reads comes from the translation; the id and topics from the original.
    expect(checked.module!.meta).toMatchObject({ id: "saunas", title: "Сауны и допрос в полиции", topics: ["testing"], audiences: ["police"] });
    expect(checked.module!.translation).toEqual({ language: "ru", originalTitle: "Saunas and the police interview", current: true });
  });

  test("a bad front matter field is named with file, line and field", () => {
    const bad = RUSSIAN.replace(/translated-from: \w+/, "translated-from: 1a2b");
    expect(parseTranslation(bad, FILE).errors.map((e) => e.message)).toEqual([`${FILE}:4: translated-from: expected 16 hex digits`]);
    expect(parseTranslation(RUSSIAN.replace("language: ru\n", ""), FILE).errors.map((e) => e.message)).toEqual([`${FILE}:2: language: is missing`]);
  });

  test(":::translation is refused in an original module, where no original quote stands beside it", () => {
    const withRendering = ORIGINAL.replace("especially in Bishkek\n:::", "especially in Bishkek\n:::translation\nособенно в Бишкеке\n:::");
    expect(parseModule(withRendering, "modules/saunas.md").errors.map((e) => e.message)).toEqual([
      `modules/saunas.md:${lineOf('"para. 14"', ORIGINAL)}: translation: :::translation belongs in a module's translation (modules/<id>.<language>.md), not in the original`,
    ]);
  });

  test("an empty :::translation is an error at its line", () => {
    const empty = RUSSIAN.replace(/:::translation\n.*\n/, ":::translation\n");
    expect(messages(empty)).toContain(`${FILE}:${lineOf(":::translation")}: translation: the translation of the quote has no words`);
  });
});

describe("the mirror check", () => {
  const excerpt2 = lineOf(':::excerpt un-hrc-25-48-add1 "para. 75"');
  const excerpt1 = lineOf(':::excerpt un-hrc-25-48-add1 "para. 14"');

  test("a quote that is not the original's words", () => {
    const changed = RUSSIAN.replace("in public areas of police stations\n:::translation", "in police stations\n:::translation");
    expect(messages(changed)).toEqual([`${FILE}:${excerpt2}: excerpt 2 quotes a different passage from the original (para. 75)`]);
  });

  test("the same words in another typography are the same quote (the verifier's canonical form)", () => {
    const retyped = RUSSIAN.replace("“saunas”", '"saunas"').replace("in the same way as\nadults", "in the same way as adults");
    expect(messages(retyped)).toEqual([]);
  });

  test("another locator, another source, other acknowledgements", () => {
    expect(messages(RUSSIAN.replace('"para. 75"', '"para. 76"'))).toEqual([
      `${FILE}:${excerpt2}: excerpt 2 is at para. 76 where the original's is at para. 75`,
    ]);
    expect(messages(RUSSIAN.replace('un-hrc-25-48-add1 "para. 75"', 'us-tip-2016-kg "para. 75"'))).toEqual([
      `${FILE}:${excerpt2}: excerpt 2 cites us-tip-2016-kg where the original cites un-hrc-25-48-add1 (para. 75)`,
    ]);
    expect(messages(RUSSIAN.replace('"para. 14"', '"para. 14" acknowledge=attribution'))).toEqual([
      `${FILE}:${excerpt1}: excerpt 1 acknowledges attribution where the original acknowledges no caution (para. 14)`,
    ]);
  });

  test("an excerpt left out, and one added", () => {
    const without = RUSSIAN.replace(/:::excerpt un-hrc-25-48-add1 "para. 75"[\s\S]*?\n:::\n(?=\n:::trainer)/, "");
    expect(messages(without)).toEqual([
      `${FILE}:${excerpt1}: the original's excerpt 2 (un-hrc-25-48-add1, para. 75) is missing from the translation`,
    ]);
    const extra = `${RUSSIAN}\n:::excerpt un-hrc-25-48-add1 "para. 14"\nespecially in Bishkek\n:::translation\nособенно в Бишкеке\n:::\n`;
    expect(messages(extra)).toEqual([`${FILE}:${RUSSIAN.split("\n").length + 1}: excerpt 3 is not in the original, which has 2 excerpts`]);
  });

  test("an excerpt with neither a parallel quote nor a translation", () => {
    const bare = RUSSIAN.replace(/:::translation\n.*\n/, "");
    expect(messages(bare)).toEqual([
      `${FILE}:${excerpt2}: excerpt 2 has neither a :::parallel quote nor a :::translation after the original quote, so its readers would get the original's words alone`,
    ]);
  });

  test("objectives, audiences, sections and the module it translates", () => {
    const oneObjective = RUSSIAN.replace("  - Объяснить, почему допрос по-взрослому вредит ребёнку\n", "");
    expect(messages(oneObjective)).toEqual([
      `${FILE}:${lineOf("  - Назвать")}: objectives: the translation has 1 objective, the original 2: translate each, in the same order`,
    ]);
    expect(messages(RUSSIAN.replace("audiences: [police]", "audiences: [police, social-work]"))).toEqual([
      `${FILE}:${lineOf("audiences:")}: audiences: social-work is not among the original's audiences (police, judicial)`,
    ]);
    expect(messages(RUSSIAN.replace("## Допрос\n", ""))).toEqual([
      `${FILE}: the translation has 1 section, the original 2: keep every ## heading, translated`,
    ]);
    expect(messages(RUSSIAN.replace("translation-of: saunas", "translation-of: sauna"))).toEqual([
      `${FILE}:2: translation-of: "sauna" is not the module this file translates ("saunas")`,
    ]);
    expect(messages(RUSSIAN.replace("language: ru", "language: ky"))).toEqual([
      `${FILE}:3: language: "ky" does not match the file name (expected ru)`,
    ]);
  });

  test("an audience block for an audience the translation does not list", () => {
    const judicial = RUSSIAN.replace(":::audience police", ":::audience judicial");
    expect(messages(judicial)).toEqual([
      `${FILE}:${lineOf(":::audience police")}: audience: judicial is not among the module's audiences (police)`,
    ]);
  });
});

describe("current or outdated", () => {
  test("a translation made from the original as it is now is current", () => {
    expect(check(RUSSIAN).status?.current).toBe(true);
  });

  test("once the original changes, the translation is outdated and the new fingerprint is given", () => {
    const edited = ORIGINAL.replace("Ask the group which saunas", "Ask the group which saunas and hotels");
    const checked = check(RUSSIAN, edited);
    expect(checked.errors).toEqual([]);
    expect(checked.status?.current).toBe(false);
    expect(checked.status?.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(checked.module?.translation?.current).toBe(false);
    // Writing that fingerprint marks it current again.
    const updated = RUSSIAN.replace(/translated-from: \w+/, `translated-from: ${checked.status!.fingerprint}`);
    expect(check(updated, edited).status?.current).toBe(true);
  });
});
