/**
 * The page `search-load.ts` opens in Chromium: the library's per-source index chunks loaded either
 * by the app's search worker, or on the page itself one source per idle slice (the way before it),
 * with the main thread watched meanwhile; then searching.
 */
import { SearchIndexLoader } from "../src/app/search-index-loader.ts";
import { WorkerSearchService } from "../src/app/search-service.ts";
import { benchChunks } from "./search-load-chunks.ts";

export type LoadMode = "worker" | "main thread";

export interface LoadFigures {
  /** From the first chunk asked for to every index loaded. */
  loadMs: number;
  /** Every long task (over 50 ms) Chromium reported on the main thread while loading. */
  longTasksMs: number[];
  /** The longest gap between two beats of a 5 ms timer on the main thread while loading, less 5 ms: a bound on its longest task. */
  longestGapMs: number;
}

export interface BrowserLoadFigures extends LoadFigures {
  /** Each query's time on the page's clock, in order (with the worker: from asking to the answer). */
  searchMs: number[];
  /** With the worker: each query's CPU time, the worker's handling of it and the page's of the answer, as Chromium traced them. */
  searchCpuMs?: number[];
}

const BEAT_MS = 5;

/** Until the page is idle (at most 50 ms): how the service of before read one source per slice. */
function idleSlice(): Promise<void> {
  return new Promise((resolve) => requestIdleCallback(() => resolve(), { timeout: 50 }));
}

/** How the loaded library is searched, set by `load`. */
let search: (query: string) => Promise<unknown> = () => Promise.reject(new Error("Nothing is loaded."));

async function load(mode: LoadMode, limit: number): Promise<LoadFigures> {
  const longTasksMs: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasksMs.push(entry.duration);
  });
  observer.observe({ type: "longtask" });
  let last = performance.now();
  let longestGapMs = 0;
  const beat = setInterval(() => {
    const now = performance.now();
    longestGapMs = Math.max(longestGapMs, now - last - BEAT_MS);
    last = now;
  }, BEAT_MS);

  const t0 = performance.now();
  if (mode === "worker") {
    const service = new WorkerSearchService(() => new Worker("/worker.js", { type: "module" }));
    await service.ready;
    search = (query) => service.search(query, {}, limit);
  } else {
    const loader = new SearchIndexLoader(benchChunks, idleSlice);
    await loader.load();
    // As the view reads them: the snippets of the hits shown.
    search = (query) => Promise.resolve(loader.find(query, {}, limit).hits.map((hit) => hit.snippet));
  }
  const loadMs = performance.now() - t0;
  // Long tasks are reported after they end: give the last one a frame to arrive.
  await new Promise((resolve) => setTimeout(resolve, 100));
  clearInterval(beat);
  observer.disconnect();
  return { loadMs, longTasksMs, longestGapMs };
}

async function warmUp(queries: string[]): Promise<void> {
  for (const query of queries) await search(query);
}

/** Each query's time by the page's clock. */
async function searchAll(queries: string[]): Promise<number[]> {
  const searchMs: number[] = [];
  for (const query of queries) {
    const start = performance.now();
    await search(query);
    searchMs.push(performance.now() - start);
  }
  return searchMs;
}

/** What `search-load.ts` calls on the page. */
export const bench = { load, warmUp, searchAll };
(window as unknown as { bench: typeof bench }).bench = bench;
