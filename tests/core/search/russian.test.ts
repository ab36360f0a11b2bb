/**
 * Searching Russian: the seed UN report and its Russian test fixture (tests/fixtures/russian: not
 * an official translation, not reviewed by a native speaker), indexed as the app indexes sources.
 * What it does with word forms: a word finds itself in any case, ё and е as one letter; a prefix of
 * three letters or more finds every longer form ("дет" finds детей, дети, детьми); a Russian case
 * ending is dropped to a stem of four letters or more, whose longer words are found too
 * ("докладчика" finds докладчик); and from five letters one edit in five is forgiven.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { indexedSource } from "../../../src/core/search/library-search.ts";
import { PassageSearch, type PassageHit } from "../../../src/core/search/passage-search.ts";
import { parseSourceSearchIndex, serializeSourceSearchIndex, sourceSearchIndex } from "../../../src/core/search/source-search-index.ts";
import { englishSource, russianSource, RUSSIAN_ID } from "../russian-library.ts";

let index: PassageSearch;
beforeAll(() => {
  index = new PassageSearch();
  for (const s of [englishSource(), russianSource()])
    index.add(indexedSource(s.entry), parseSourceSearchIndex(serializeSourceSearchIndex(sourceSearchIndex(s))));
});

const hits = (query: string) => index.search(query).hits;
const marked = (hit: PassageHit) => hit.snippet.filter((s) => s.match).map((s) => s.text.toLowerCase());
const where = (list: PassageHit[]) => list.map((h) => `${h.sourceId} ${h.locator}`);

describe("a Russian word form", () => {
  test('"детей" finds the paragraphs that say детей, in any case, and only in the Russian version', () => {
    const found = hits("ДЕТЕЙ");
    expect(where(found)).toContain(`${RUSSIAN_ID} para. 3`);
    expect(found.every((h) => h.sourceId === RUSSIAN_ID)).toBe(true);
    expect(marked(found.find((h) => h.locator === "para. 3")!)).toEqual(["детей", "детей"]);
  });

  test('"детей" does not find "дети" (its stem "дет" is too short to stand for it), but the prefix "дет" finds детей, дети and детьми', () => {
    expect(hits("детей").some((h) => marked(h).includes("дети") && !marked(h).includes("детей"))).toBe(false);
    const words = new Set(hits("дет").flatMap(marked));
    for (const form of ["детей", "дети", "детьми"]) expect(words.has(form), form).toBe(true);
  });

  test('"сауны" finds «саун» and «сауны» in para. 14, the quotes left out of the words', () => {
    const [first] = hits("сауны");
    expect(first).toMatchObject({ sourceId: RUSSIAN_ID, locator: "para. 14" });
    expect(marked(first!)).toEqual(["саун", "сауны"]);
  });

  test('"ребенка" typed without ё finds "ребёнка"', () => {
    expect(where(hits("ребенка"))).toEqual(expect.arrayContaining([`${RUSSIAN_ID} para. 3`, `${RUSSIAN_ID} para. 9`]));
  });

  test("a word hyphenated at a line end is found whole", () => {
    expect(where(hits("вовлечёнными"))).toEqual([`${RUSSIAN_ID} para. 14`]);
  });
});

/** A one-source index of `paragraphs` (para. 1, 2 …), as the app indexes a source. */
function searchOver(id: string, paragraphs: string[]): PassageSearch {
  let text = "";
  const passages = paragraphs.map((body, i) => {
    const start = text.length;
    text += body + "\n\n";
    return { index: i, kind: "paragraph", locator: `para. ${i + 1}`, path: [], start, end: start + body.length, noteRefs: [] };
  });
  const search = new PassageSearch();
  const reading = { text, passages } as unknown as Parameters<typeof sourceSearchIndex>[0]["reading"];
  search.add({ id, title: id, label: id, kind: "report", year: 2024 }, sourceSearchIndex({ reading }));
  return search;
}

describe("Russian and Kyrgyz word forms (issue 14)", () => {
  test("«Специального докладчика» finds «Специальный докладчик» by the words' stems", () => {
    const found = hits("Специального докладчика");
    expect(where(found)).toEqual(expect.arrayContaining([`${RUSSIAN_ID} para. 1`, `${RUSSIAN_ID} para. 2`]));
    expect(marked(found.find((h) => h.locator === "para. 1")!)).toEqual(["специальный", "докладчик"]);
    expect(found.every((h) => h.sourceId === RUSSIAN_ID)).toBe(true);
  });

  test("«КЫРГЫЗСТАН» in capitals finds «Кыргызстан», and «Кыргызстана» too", () => {
    const found = hits("КЫРГЫЗСТАН");
    expect(where(found)).toEqual(expect.arrayContaining([`${RUSSIAN_ID} para. 1`, `${RUSSIAN_ID} para. 6`]));
    expect(where(hits("кыргызстана"))).toEqual(expect.arrayContaining([`${RUSSIAN_ID} para. 6`]));
  });

  test("ё and е are one letter: «ребенок» finds «ребёнок», «ребёнок» finds «ребенок», as exact matches", () => {
    const search = searchOver("ru-small", ["Ребёнок был опрошен в присутствии педагога.", "Ребенок не должен отвечать дважды."]);
    const locators = (q: string) =>
      search
        .search(q)
        .hits.map((h) => h.locator)
        .sort();
    expect(locators("ребенок")).toEqual(["para. 1", "para. 2"]);
    expect(locators("РЕБЁНОК")).toEqual(["para. 1", "para. 2"]);
    // An exact match scores as an exact match, not as a forgiven typo: both passages alike.
    const found = search.search("ребенок").hits;
    const [a, b] = [found.find((h) => h.locator === "para. 1")!, found.find((h) => h.locator === "para. 2")!];
    expect(a.snippet.find((s) => s.match)?.text).toBe("Ребёнок");
    expect(Math.abs(a.score - b.score) / a.score).toBeLessThan(0.05);
  });

  test("Kyrgyz ң ө ү are letters of their own: «көл» (lake) is not «кол» (hand), «үй» (house) is not «уй» (cow)", () => {
    const search = searchOver("ky-small", [
      "Ысык-Көл облусундагы балдар үйүндө жашашат.",
      "Баланын колу жарадар болгон.",
      "Айылда бир уй жана бир үй бар.",
    ]);
    const locators = (q: string) => search.search(q).hits.map((h) => h.locator);
    expect(locators("көл")).toEqual(["para. 1"]);
    expect(locators("КОЛ")).toEqual(["para. 2"]);
    expect(locators("үйүндө")).toEqual(["para. 1"]);
    expect(search.search("уй").hits.map((h) => h.snippet.filter((s) => s.match).map((s) => s.text))).toEqual([["уй"]]);
    expect(locators("балда")).toEqual(["para. 1"]);
  });
});
