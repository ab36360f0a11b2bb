import { afterEach, describe, expect, test } from "vitest";
import { SearchIndexLoader, type SearchProgress, type SourceIndexChunk } from "../../src/app/search-index-loader.ts";
import { WorkerSearchService, type SearchWorker } from "../../src/app/search-service.ts";
import { serveSearch, type SearchEndpoint } from "../../src/app/search-worker-protocol.ts";
import { indexedSource } from "../../src/core/search/library-search.ts";
import { serializeSourceSearchIndex, sourceSearchIndex } from "../../src/core/search/source-search-index.ts";
import { library, SOURCE_IDS } from "../core/library.ts";

// The search as the browser runs it: the loader (in the worker) with the library's chunks handed in,
// and the page's service talking to it through a MessageChannel, as it talks to the worker.
const chunks = (): SourceIndexChunk[] =>
  library().map((source) => ({
    source: indexedSource(source.entry),
    load: () => Promise.resolve(serializeSourceSearchIndex(sourceSearchIndex(source))),
  }));

/** Chunks whose `load` waits until `release(id)` is called. */
function heldChunks() {
  const gates = new Map<string, () => void>();
  const held = chunks().map((chunk) => ({
    ...chunk,
    load: () => new Promise<string>((resolve) => gates.set(chunk.source.id, () => void chunk.load().then(resolve))),
  }));
  const release = async (id: string) => {
    await expect.poll(() => gates.has(id)).toBe(true);
    gates.get(id)!();
  };
  return { held, release };
}

describe("the search index loader", () => {
  test("adds one source's index per slice, and searches the sources loaded so far meanwhile", async () => {
    const seen: number[] = [];
    const loader = new SearchIndexLoader(
      () => Promise.resolve(chunks()),
      () => {
        // Between two sources: what a search asked now would be answered from.
        seen.push(new Set(loader.find("children").hits.map((h) => h.sourceId)).size);
        return Promise.resolve();
      },
    );
    expect(loader.find("interrogated")).toEqual({ total: 0, hits: [] });
    await loader.load();
    expect(seen).toEqual(library().map((_, i) => i));
    expect(loader.find("interrogated", {}, 1).hits[0]).toMatchObject({ sourceId: SOURCE_IDS.un, locator: "para. 75" });
    expect((await loader.facets()).sources.map((s) => s.id)).toEqual(library().map((s) => s.entry.id));
  });

  test("a source added while the library loads is searchable, and its bundled chunk is not read", async () => {
    const loads = new Map<string, number>();
    const counted = chunks().map((chunk) => ({
      ...chunk,
      load: () => {
        loads.set(chunk.source.id, (loads.get(chunk.source.id) ?? 0) + 1);
        return chunk.load();
      },
    }));
    const progress: SearchProgress[] = [];
    const loader = new SearchIndexLoader(
      () => Promise.resolve(counted.slice(1)),
      () => Promise.resolve(),
      (p) => progress.push(p),
    );
    const first = library()[0]!;
    const ready = loader.load();
    loader.add(indexedSource(first.entry), serializeSourceSearchIndex(sourceSearchIndex(first)));
    await ready;
    expect((await loader.facets()).sources.map((s) => s.id)).toContain(first.entry.id);
    expect(loader.find("Tais Plus").total).toBeGreaterThan(0);
    expect([...loads.values()].every((n) => n === 1)).toBe(true);
    expect(loads.has(first.entry.id)).toBe(false);
    expect(progress.at(-1)).toEqual({ loaded: library().length, total: library().length });
  });

  test("a chunk that fails to load fails loading with a sentence, and loading again tries again", async () => {
    let broken = true;
    const flaky = chunks().map((chunk, i) => ({
      ...chunk,
      load: () => (broken && i === 2 ? Promise.reject(new Error("network down")) : chunk.load()),
    }));
    const loader = new SearchIndexLoader(() => Promise.resolve(flaky));
    await expect(loader.load()).rejects.toThrow("The search index could not be loaded: network down");
    broken = false;
    await loader.load();
    expect(loader.find("interrogated").total).toBeGreaterThan(0);
  });
});

describe("the search service, talking to the worker", () => {
  const ports: MessagePort[] = [];
  afterEach(() => ports.splice(0).forEach((port) => port.close()));

  /** A service whose "worker" is the other end of a MessageChannel, served by a loader over `list`. */
  function serviceOver(list: SourceIndexChunk[]) {
    const { port1, port2 } = new MessageChannel();
    ports.push(port1, port2);
    serveSearch(
      port2 as unknown as SearchEndpoint,
      (onProgress) => new SearchIndexLoader(() => Promise.resolve(list), undefined, onProgress),
    );
    const worker = Object.assign(port1, { terminate: () => port1.close() }) as unknown as SearchWorker;
    return new WorkerSearchService(() => worker);
  }

  test("a search asked while loading answers from the sources loaded so far; asked again once loaded, from all", async () => {
    const { held, release } = heldChunks();
    const service = serviceOver(held);
    const ready = service.ready;
    const progress: SearchProgress[] = [];
    service.onProgress((p) => progress.push(p));
    expect((await service.facets()).sources.map((s) => s.id)).toEqual(library().map((s) => s.entry.id));
    // The UN report comes second: until it is in, its para. 75 cannot be found.
    await release(library()[0]!.entry.id);
    await expect.poll(async () => (await service.search("interrogated")).searched.loaded).toBe(1);
    const early = await service.search("interrogated");
    expect(early.searched).toEqual({ loaded: 1, total: library().length });
    expect(early.hits.some((h) => h.sourceId === SOURCE_IDS.un)).toBe(false);
    for (const source of library().slice(1)) await release(source.entry.id);
    await ready;
    const late = await service.search("interrogated", {}, 1);
    expect(late.searched).toEqual({ loaded: library().length, total: library().length });
    // A hit crosses whole: its snippet is data, not a getter left behind.
    expect(late.hits[0]).toMatchObject({ sourceId: SOURCE_IDS.un, locator: "para. 75" });
    expect(late.hits[0]!.snippet.some((s) => s.match && s.text === "interrogated")).toBe(true);
    // Its sentence is asked for when it is lifted into a module.
    const sentence = await service.sentence(late.hits[0]!, "interrogated");
    const un = library().find((s) => s.entry.id === SOURCE_IDS.un)!;
    expect(un.reading.text.slice(sentence.start, sentence.end)).toMatch(/^Children are interrogated by police officers[^]*\.$/);
    expect(progress.at(-1)).toEqual({ loaded: library().length, total: library().length });
  });

  test("filters and a limit reach the worker; a failed load rejects `ready` with its sentence, and a later read tries again", async () => {
    let broken = true;
    const flaky = chunks().map((chunk, i) => ({
      ...chunk,
      load: () => (broken && i === 1 ? Promise.reject(new Error("network down")) : chunk.load()),
    }));
    const service = serviceOver(flaky);
    await expect(service.ready).rejects.toThrow("The search index could not be loaded: network down");
    broken = false;
    await service.ready;
    const onlyUn = await service.search("children", { sourceIds: [SOURCE_IDS.un] }, 3);
    expect(onlyUn.hits).toHaveLength(3);
    expect(onlyUn.hits.every((h) => h.sourceId === SOURCE_IDS.un)).toBe(true);
    expect(onlyUn.total).toBeGreaterThan(3);
  });

  test("a worker that stops rejects what is pending with a sentence", async () => {
    const { held } = heldChunks();
    const service = serviceOver(held);
    const ready = service.ready;
    service.terminate();
    await expect(ready).rejects.toThrow("The search was stopped.");
  });
});
