import { describe, expect, test } from "vitest";
import { buildIndex, passageDocuments, searchOne } from "../../../bench/minisearch-search.ts";
import { indexedSource, searchOver } from "../../../src/core/search/library-search.ts";
import { PassageSearch, type PassageResults } from "../../../src/core/search/passage-search.ts";
import { sourceSearchIndex } from "../../../src/core/search/source-search-index.ts";
import type { Source } from "../../../src/core/sources/source.ts";
import { library, SOURCE_IDS } from "../library.ts";

/** Words, phrases, typos, prefixes, Cyrillic, joined words, a query only OR can answer, a locator. */
const QUERIES = [
  ...["interrogated", "interogated", "interrog", "child interview", "Таис", "таис плюс", "children's rights", "child-sensitive"],
  ...["police stations privacy", "interrogated xylophone", "trafficking", "chi", "sexual exploitation", "75", "para", "Tier 2"],
  ...["non-punishment", "the", "prostitutoin", "Optional Protocol", "20 per cent", "Bishkek Osh"],
];

const ids = (results: PassageResults) => results.hits.map((h) => `${h.sourceId}#${h.passageIndex}`);

describe("one index per source", () => {
  test("ranks every query as one MiniSearch index over every passage did: same hits, same order, same scores", () => {
    const before = buildIndex(library().flatMap(passageDocuments));
    const search = searchOver(library());
    for (const query of QUERIES) {
      const expected = searchOne(before, query);
      const found = search.search(query);
      expect(found.total, query).toBe(expected.length);
      expect(found.total, query).toBeGreaterThan(0);
      // Equal scores may come in another order: compare scores in order, and the set of hits.
      expect(
        found.hits.map((h) => h.score),
        query,
      ).toEqual(expected.map((r) => expect.closeTo(r.score, 9)));
      expect(new Set(ids(found)), query).toEqual(new Set(expected.map((r) => r.id)));
    }
  });

  test("statistics are the library's: a source removed, or the sources added in another order, rank as a library built so", () => {
    const all = searchOver(library());
    all.remove(SOURCE_IDS.ecpat);
    const without = searchOver(library().filter((s) => s.entry.id !== SOURCE_IDS.ecpat));
    const reversed = searchOver(library().toReversed());
    const full = searchOver(library());
    const scores = (results: PassageResults) => results.hits.map((h) => h.score);
    const near = (results: PassageResults) => results.hits.map((h) => expect.closeTo(h.score, 9));
    for (const query of QUERIES) {
      expect(ids(all.search(query)), query).toEqual(ids(without.search(query)));
      expect(scores(all.search(query)), query).toEqual(near(without.search(query)));
      // Equal scores come in library order, which differs: compare the scores in order, and the set of hits.
      expect(scores(reversed.search(query)), query).toEqual(near(full.search(query)));
      expect(new Set(ids(reversed.search(query))), query).toEqual(new Set(ids(full.search(query))));
    }
    expect(all.passageCount).toBe(without.passageCount);
    expect(all.facets().sources.map((s) => s.id)).not.toContain(SOURCE_IDS.ecpat);
  });

  test("adding a source again under its id replaces its index", () => {
    const un = library().find((s) => s.entry.id === SOURCE_IDS.un)!;
    const search = searchOver(library());
    const changed = sourceSearchIndex({
      ...un,
      reading: { ...un.reading, text: un.reading.text.replace("interrogated", "questioned") },
    });
    search.add(indexedSource(un.entry), changed);
    expect(search.passageCount).toBe(searchOver(library()).passageCount);
    expect(search.search("questioned").hits[0]).toMatchObject({ sourceId: SOURCE_IDS.un, locator: "para. 75" });
    expect(search.search("interrogated").hits.some((h) => h.sourceId === SOURCE_IDS.un && h.locator === "para. 75")).toBe(false);
    expect(search.facets().sources.map((s) => s.id)).toEqual(library().map((s) => s.entry.id));
  });

  test("a limit returns the best hits only, and still counts them all", () => {
    const search = searchOver(library());
    for (const query of ["children", "chi", "police", "prostitution xylophone"]) {
      const all = search.search(query);
      const best = search.search(query, {}, 7);
      expect(all.total, query).toBeGreaterThan(7);
      expect(best.total).toBe(all.total);
      expect(best.hits.map((h) => h.score)).toEqual(all.hits.slice(0, 7).map((h) => h.score));
      expect(ids(best)).toEqual(ids(all).slice(0, 7));
    }
    expect(search.search("children", {}, 0)).toMatchObject({ hits: [], total: search.search("children").total });
  });

  test("a filter leaves the scores as they are without it", () => {
    const search = searchOver(library());
    const score = (results: PassageResults) => results.hits.find((h) => h.locator === "para. 75" && h.sourceId === SOURCE_IDS.un)!.score;
    expect(score(search.search("interrogated", { sourceIds: [SOURCE_IDS.un] }))).toBe(score(search.search("interrogated")));
  });

  test("an empty library finds nothing", () => {
    expect(new PassageSearch().search("children")).toEqual({ total: 0, hits: [] });
  });
});

describe("finding a hit's source", () => {
  /** A source of one passage, "A child was interviewed.", under `id`. */
  const tiny = (id: string) => {
    const text = "A child was interviewed.";
    const source = { reading: { text, passages: [{ start: 0, end: text.length, locator: "¶1", noteRefs: [], kind: "paragraph" }] } };
    return [{ id, title: id, label: id, kind: "report", year: 2020 }, sourceSearchIndex(source as unknown as Source)] as const;
  };

  test("takes no longer with many sources: 20,000 hits from 20,000 sources come back in well under a second of CPU time", () => {
    const search = new PassageSearch();
    const index = tiny("s")[1];
    for (let i = 0; i < 20_000; i++) search.add({ ...tiny(`s${i}`)[0] }, index);
    search.add(...tiny("s7")); // replaced: its passage gets a new place among all
    const before = process.cpuUsage();
    const results = search.search("interviewed");
    const { user, system } = process.cpuUsage(before);
    // Scanning every source per hit costs 20,000 × 20,000 steps (seconds); a look-up, milliseconds.
    expect((user + system) / 1000).toBeLessThan(500);
    expect(results.total).toBe(20_000);
    expect(results.hits.map((h) => h.sourceId).toSorted()).toEqual(Array.from({ length: 20_000 }, (_, i) => `s${i}`).toSorted());
    expect(results.hits.every((h) => h.passageIndex === 0 && h.locator === "¶1")).toBe(true);
  });
});
