/**
 * The module library shows on each shipped module whether its translations are current. The fixture
 * (tests/fixtures/translations) is a short module written for the tests and its Russian translation.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { readTranslationStates } from "../../src/app/module-translations.ts";
import { ROOT } from "../core/library.ts";

const DIR = join(ROOT, "tests", "fixtures", "translations");
const ORIGINAL = readFileSync(join(DIR, "saunas.md"), "utf8");
const RUSSIAN = readFileSync(join(DIR, "saunas.ru.md"), "utf8");
const files = (entries: Record<string, string>) =>
  Object.fromEntries(Object.entries(entries).map(([path, text]) => [path, () => Promise.resolve(text)]));

test("a translation made from the module as shipped is current; once the module changes, outdated", async () => {
  const translations = files({ "../../modules/saunas.ru.md": RUSSIAN });
  const current = await readTranslationStates(files({ "../../modules/saunas.md": ORIGINAL }), translations);
  expect(current.get("saunas")).toEqual([{ language: "ru", current: true }]);
  const edited = ORIGINAL.replace("Ask the group which saunas", "Ask the group which saunas and hotels");
  const outdated = await readTranslationStates(files({ "../../modules/saunas.md": edited }), translations);
  expect(outdated.get("saunas")).toEqual([{ language: "ru", current: false }]);
});

test("a translation of no shipped module, or whose front matter cannot be read, shows nowhere", async () => {
  const states = await readTranslationStates(
    files({ "../../modules/other.md": ORIGINAL }),
    files({ "../../modules/saunas.ru.md": RUSSIAN, "../../modules/other.ru.md": "not a translation" }),
  );
  expect([...states.keys()]).toEqual([]);
});
