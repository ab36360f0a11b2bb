/**
 * Russian verifies as English does, on the Russian test fixture (tests/fixtures/russian: not an
 * official translation, not reviewed by a native speaker). Every genuine quote is copied from it.
 */
import { describe, expect, test } from "vitest";
import { verifyQuote } from "../../../src/core/citations/verify.ts";
import { russianSource } from "../russian-library.ts";
import { assertRejected, assertVerified, expectMatchSaysQuote } from "./quote-check.ts";

const ru = russianSource();
const SAUNAS = "Специальному докладчику сообщили о работе «саун», особенно в Бишкеке";

describe("the Russian fixture is read as a UN report", () => {
  test("its paragraphs are numbered 1–14 as the original's are, with Cyrillic-lettered headings and two notes", () => {
    const locators = ru.reading.passages.map((p) => p.locator);
    expect(locators.filter((l) => l.startsWith("para. "))).toEqual(Array.from({ length: 14 }, (_, i) => `para. ${i + 1}`));
    expect(locators).toContain("§ А. Контекст");
    expect(locators.filter((l) => l.startsWith("note "))).toEqual(["note 1", "note 2"]);
  });
});

describe("a Russian quote verifies", () => {
  test.each([
    ["with the source's « » quotes", SAUNAS, 14],
    ['with straight " " quotes', SAUNAS.replace("«саун»", '"саун"'), 14],
    ["with „ “ quotes", SAUNAS.replace("«саун»", "„саун“"), 14],
    ["with ё where the source has ё", "при планировании и координации её визита", 5],
    ["across a non-breaking space, typed as a plain space", "с официальным визитом с 15 по 26 апреля 2013 года", 1],
    ["with a hyphen typed as the source's em dash", "а узбеки (14,4 %) и русские (6,6 %) - основные этнические и языковые меньшинства", 6],
    [
      "with a word hyphenated at a line end written as the break left it",
      "подвергаются особому риску быть вовле-чёнными в проституцию",
      14,
    ],
  ])("%s", (_what, quote, para) => {
    expectMatchSaysQuote(ru, verifyQuote(ru, quote, { locator: `para. ${para}` }), quote);
  });

  test("with a word hyphenated at a line end written whole", () => {
    const v = verifyQuote(ru, "подвергаются особому риску быть вовлечёнными в проституцию", { locator: "para. 14" });
    assertVerified(v);
    expect(ru.reading.text.slice(v.match.start, v.match.end).replace(/\s+/g, " ")).toBe(
      "подвергаются особому риску быть вовле-чёнными в проституцию",
    );
  });
});

describe("a Russian quote that misrepresents the fixture is rejected", () => {
  test("е for ё: the letters stay distinct (the fixture never mixes them)", () => {
    const v = verifyQuote(ru, "при планировании и координации ее визита", { locator: "para. 5" });
    assertRejected(v, "altered");
    expect(v.message).toBe('Altered from para. 5: "её" → "ее".');
  });

  test("a quote cut mid-word at its start or end", () => {
    assertRejected(verifyQuote(ru, SAUNAS.slice(1), { locator: "para. 14" }), "altered");
    assertRejected(verifyQuote(ru, "Специальному докладчику сообщили о работе «сау", { locator: "para. 14" }), "altered");
  });

  test("a changed figure, and a lower-case letter for a capital", () => {
    const v = verifyQuote(ru, "целых 30 % проституток, работающих в Бишкеке", { locator: "para. 14" });
    assertRejected(v, "altered");
    expect(v.message).toBe('Altered from para. 14: "20" → "30".');
    assertRejected(verifyQuote(ru, SAUNAS.toLowerCase(), { locator: "para. 14" }), "altered");
  });

  test("cited at the wrong paragraph", () => {
    const v = verifyQuote(ru, SAUNAS, { locator: "para. 13" });
    assertRejected(v, "wrong-locator");
    expect(v.message).toBe("The words are in un-hrc-25-48-add1-ru at para. 14, not at para. 13.");
  });
});
