import { describe, expect, test } from "vitest";
import { IndexSearchService, type SourceIndexChunk } from "../../src/app/search-service.ts";
import { indexedSource } from "../../src/core/search/library-search.ts";
import { serializeSourceSearchIndex, sourceSearchIndex } from "../../src/core/search/source-search-index.ts";
import { library, SOURCE_IDS } from "../core/library.ts";

// The search service as the browser runs it, with the library's chunks handed in and the page's idle slices counted.
const chunks = (): SourceIndexChunk[] =>
  library().map((source) => ({
    source: indexedSource(source.entry),
    load: () => Promise.resolve(serializeSourceSearchIndex(sourceSearchIndex(source))),
  }));

/** Every slice the service asks for, with how many sources it had added when it asked. */
function slices(service: () => IndexSearchService) {
  const added: number[] = [];
  const nextSlice = () => {
    added.push(service().facets().sources.length);
    return Promise.resolve();
  };
  return { added, nextSlice };
}

describe("the search service", () => {
  test("reads one source's index per slice of the page's idle time, and searches once all are in", async () => {
    const { added, nextSlice } = slices(() => service);
    const service = new IndexSearchService(() => Promise.resolve(chunks()), nextSlice);
    expect(service.search("interrogated")).toEqual({ total: 0, hits: [] });
    await service.ready;
    expect(added).toHaveLength(library().length);
    // Nothing is searchable while loading: each slice sees the library as not yet there.
    expect(added.every((n) => n === 0)).toBe(true);
    expect(service.search("interrogated", {}, 1).hits[0]).toMatchObject({ sourceId: SOURCE_IDS.un, locator: "para. 75" });
    expect(service.facets().sources.map((s) => s.id)).toEqual(library().map((s) => s.entry.id));
  });

  test("a source added while the library loads is searchable once it has loaded, and no other is read again", async () => {
    const loads = new Map<string, number>();
    const counted = chunks().map((chunk) => ({
      ...chunk,
      load: () => {
        loads.set(chunk.source.id, (loads.get(chunk.source.id) ?? 0) + 1);
        return chunk.load();
      },
    }));
    const service = new IndexSearchService(
      () => Promise.resolve(counted.slice(1)),
      () => Promise.resolve(),
    );
    const first = library()[0]!;
    const ready = service.ready;
    service.addSource(indexedSource(first.entry), sourceSearchIndex(first));
    await ready;
    expect(service.facets().sources.map((s) => s.id)).toContain(first.entry.id);
    expect(service.search("Tais Plus").total).toBeGreaterThan(0);
    expect([...loads.values()].every((n) => n === 1)).toBe(true);
    expect(loads.has(first.entry.id)).toBe(false);
  });

  test("a chunk that fails to load fails `ready` with a sentence, and a later search tries again", async () => {
    let broken = true;
    const flaky = chunks().map((chunk, i) => ({
      ...chunk,
      load: () => (broken && i === 2 ? Promise.reject(new Error("network down")) : chunk.load()),
    }));
    const service = new IndexSearchService(
      () => Promise.resolve(flaky),
      () => Promise.resolve(),
    );
    await expect(service.ready).rejects.toThrow("The search index could not be loaded: network down");
    broken = false;
    await service.ready;
    expect(service.search("interrogated").total).toBeGreaterThan(0);
  });
});
