/**
 * Searching Russian: the seed UN report and its Russian test fixture (tests/fixtures/russian: not
 * an official translation, not reviewed by a native speaker), indexed as the app indexes sources.
 * What it does with word forms: no stemming. A word finds itself in any case, a prefix of three
 * letters or more finds every longer form ("дет" finds детей, дети, детьми), and from five letters
 * one edit in five is forgiven, which is what lets "ребенка" find "ребёнка".
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

  test('"детей" does not find "дети" (no stemming), but the prefix "дет" finds детей, дети and детьми', () => {
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
