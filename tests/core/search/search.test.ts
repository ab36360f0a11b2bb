import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, test } from "vitest";
import { anchorSelection } from "../../../src/core/citations/anchor.ts";
import { parseCatalog } from "../../../src/core/library/catalog-file.ts";
import { indexedSources } from "../../../src/core/search/library-search.ts";
import { PassageSearch, type PassageFilters, type PassageHit } from "../../../src/core/search/passage-search.ts";
import { parseSourceSearchIndex, serializeSourceSearchIndex, sourceSearchIndex } from "../../../src/core/search/source-search-index.ts";
import { CATALOG_PATH, library, passage, source, SOURCE_IDS, textOf } from "../library.ts";

// One index per source of the real seed library, serialized and loaded again as the browser does.
let index: PassageSearch;
beforeAll(() => {
  const catalog = parseCatalog(readFileSync(CATALOG_PATH, "utf8"), "sources/catalog.yaml");
  index = new PassageSearch();
  indexedSources(catalog).forEach((entry, i) => {
    index.add(entry, parseSourceSearchIndex(serializeSourceSearchIndex(sourceSearchIndex(library()[i]!))));
  });
});
/** Every hit, best first. */
const search = {
  search: (query: string, filters?: PassageFilters) => index.search(query, filters).hits,
  facets: () => index.facets(),
  get passageCount() {
    return index.passageCount;
  },
};

const UN = SOURCE_IDS.un;
const at = (hits: PassageHit[], sourceId: string, locator: string) =>
  hits.findIndex((h) => h.sourceId === sourceId && h.locator === locator);
const marked = (hit: PassageHit) => hit.snippet.filter((s) => s.match).map((s) => s.text);
const snippetText = (hit: PassageHit) => hit.snippet.map((s) => s.text).join("");

describe("finding UN para. 75", () => {
  test('"interrogated" finds it among the top results, the word marked in context', () => {
    const hits = search.search("interrogated");
    const i = at(hits, UN, "para. 75");
    expect(i).toBeGreaterThanOrEqual(0);
    expect(i).toBeLessThan(3);
    const hit = hits[i]!;
    expect(marked(hit)).toContain("interrogated");
    expect(snippetText(hit)).toMatch(/Children are interrogated by police officers/);
    expect(hit.sourceLabel).toBe("UN Special Rapporteur (2013)");
    expect(hit).toMatchObject({ kind: "un-report", year: 2013, note: false });
    expect(hit.text).toBe(textOf(source("un"), passage(source("un"), "para. 75")));
  });

  test("the snippet shows about thirty words, with ellipses where the passage goes on", () => {
    const hit = search.search("interrogated").find((h) => h.locator === "para. 75")!;
    const text = snippetText(hit);
    expect(text.startsWith("… ")).toBe(true);
    expect(text.endsWith(" …")).toBe(true);
    const words = text.replace(/…/g, "").trim().split(/\s+/);
    expect(words.length).toBeGreaterThanOrEqual(25);
    expect(words.length).toBeLessThanOrEqual(35);
  });

  test('a typo ("interogated") still finds it, the real word marked', () => {
    const hits = search.search("interogated");
    const i = at(hits, UN, "para. 75");
    expect(i).toBe(0);
    expect(marked(hits[i]!)).toContain("interrogated");
  });

  test('a prefix ("interrog") finds it, longer words marked', () => {
    const hits = search.search("interrog");
    const i = at(hits, UN, "para. 75");
    expect(i).toBeGreaterThanOrEqual(0);
    expect(i).toBeLessThan(3);
    expect(marked(hits[i]!).some((w) => /^interrog/.test(w))).toBe(true);
  });

  test("the sentence of the first match, given to anchorSelection, verifies at para. 75", () => {
    const hit = search.search("interrogated").find((h) => h.locator === "para. 75")!;
    const un = source("un");
    expect(un.reading.text.slice(hit.sentence.start, hit.sentence.end)).toBe(
      "Children are interrogated by police officers and give their statements in the same way as adults, " +
        "in public areas of police stations, with little regard for their privacy or specific needs.",
    );
    const { excerpt, verdict } = anchorSelection(un, hit.sentence.start, hit.sentence.end);
    expect(verdict.status).toBe("verified");
    expect(excerpt.locator).toBe("para. 75");
  });
});

describe("term processing", () => {
  test('Cyrillic: "Таис" finds Wikipedia "Tais Plus ¶1", in any case', () => {
    for (const query of ["Таис", "таис", "ТАИС", "Таи"]) {
      const hit = search.search(query)[0];
      expect(hit, query).toMatchObject({ sourceId: SOURCE_IDS.wikipedia, locator: "Tais Plus ¶1" });
      expect(marked(hit!)).toEqual(["Таис"]);
    }
  });

  test("typographic and straight apostrophes find the same passages", () => {
    const straight = search.search("children's rights").map((h) => `${h.sourceId}#${h.passageIndex}`);
    const curly = search.search("children’s rights").map((h) => `${h.sourceId}#${h.passageIndex}`);
    expect(straight.length).toBeGreaterThan(0);
    expect(curly).toEqual(straight);
  });

  test("note markers are not words: UN para. 14 ends with “girls”, its marker “2” left out", () => {
    const hit = search.search("boys", { sourceIds: [UN] }).find((h) => h.locator === "para. 14")!;
    expect(hit.text.endsWith("reportedly both boys and girls.")).toBe(true);
    expect(snippetText(hit).endsWith("girls.")).toBe(true);
  });

  test("notes are searched too, and say they are notes", () => {
    const hit = search.search("Opiate flows through Northern Afghanistan").find((h) => h.sourceId === UN);
    expect(hit).toMatchObject({ locator: "note 1", note: true });
  });

  test("an empty or punctuation-only query finds nothing", () => {
    expect(search.search("")).toEqual([]);
    expect(search.search("  …, “ ” ")).toEqual([]);
  });
});

describe("multi-word queries", () => {
  test("the passage holding every word ranks first; every hit holds them all", () => {
    const hits = search.search("police stations privacy");
    expect(hits[0]).toMatchObject({ sourceId: UN, locator: "para. 75" });
    for (const hit of hits) {
      expect(hit.text.toLowerCase()).toMatch(/police/);
      expect(hit.text.toLowerCase()).toMatch(/station/);
      expect(hit.text.toLowerCase()).toMatch(/privacy/);
    }
    // Each word alone finds more passages than all three together.
    expect(index.search("police").total).toBeGreaterThan(hits.length);
  });

  test("when no passage holds every word, passages holding any of them are found", () => {
    const hits = search.search("interrogated xylophone");
    expect(at(hits, UN, "para. 75")).toBe(0);
  });
});

describe("filters", () => {
  const query = "trafficking";

  test("by source", () => {
    const all = search.search(query);
    const un = search.search(query, { sourceIds: [UN] });
    expect(new Set(all.map((h) => h.sourceId)).size).toBeGreaterThan(1);
    expect(un.length).toBeGreaterThan(0);
    expect(un.length).toBeLessThan(all.length);
    expect(un.every((h) => h.sourceId === UN)).toBe(true);
    expect(search.search(query, { sourceIds: [] })).toEqual([]);
  });

  test("by kind", () => {
    const hits = search.search(query, { kinds: ["government-report", "encyclopedia"] });
    expect(new Set(hits.map((h) => h.sourceId))).toEqual(new Set([SOURCE_IDS.tip, SOURCE_IDS.wikipedia]));
  });

  test("by year range, inclusive", () => {
    const hits = search.search(query, { years: [2012, 2013] });
    expect(new Set(hits.map((h) => h.year))).toEqual(new Set([2012, 2013]));
    expect(search.search(query, { years: [2016, 2016] }).every((h) => h.sourceId === SOURCE_IDS.tip)).toBe(true);
    expect(search.search(query, { years: [1990, 2000] })).toEqual([]);
  });

  test("filters combine", () => {
    const hits = search.search(query, { sourceIds: [UN, SOURCE_IDS.tip], kinds: ["un-report"], years: [2010, 2020] });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.sourceId === UN)).toBe(true);
  });
});

describe("facets", () => {
  test("every source of the catalog, its kinds and years", () => {
    const facets = search.facets();
    expect(facets.sources.map((s) => s.id)).toEqual(library().map((s) => s.entry.id));
    expect(facets.kinds).toEqual(["web-compilation", "un-report", "government-report", "ngo-report", "encyclopedia"]);
    expect(facets.years).toEqual([2012, 2013, 2016, 2020]);
  });

  test("every passage of every source is indexed", () => {
    expect(search.passageCount).toBe(library().reduce((n, s) => n + s.reading.passages.length, 0));
  });
});
