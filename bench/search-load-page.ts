/**
 * The page `search-load.ts` opens in Chromium: the app's search service loading the library's
 * per-source index chunks (fetched as the app fetches its lazy chunks), then searching.
 */
import { IndexSearchService, idleSlice } from "../src/app/search-service.ts";
import type { IndexedSource } from "../src/core/search/passage-search.ts";

export interface BrowserLoadFigures {
  /** From the first chunk asked for to every index loaded. */
  loadMs: number;
  /** The longest task the service ran on the main thread after an idle slice. */
  longestSliceMs: number;
  /** Every long task (over 50 ms) Chromium reported while loading. */
  longTasksMs: number[];
  /** Each query's time, in order. */
  searchMs: number[];
}

async function measure(sources: IndexedSource[], chunkCount: number, queries: string[], limit: number): Promise<BrowserLoadFigures> {
  const longTasksMs: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasksMs.push(entry.duration);
  });
  observer.observe({ type: "longtask" });
  let longestSliceMs = 0;
  // The slice's work runs in the task the idle callback started; a message posted at its start is
  // handled once that task is over, so the time until then bounds the task from above.
  const nextSlice = async () => {
    await idleSlice();
    const start = performance.now();
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      longestSliceMs = Math.max(longestSliceMs, performance.now() - start);
      port1.close();
    };
    port2.postMessage(null);
  };
  const chunks = sources.map((source, i) => ({ source, load: () => fetch(`/chunk/${i % chunkCount}`).then((r) => r.text()) }));
  const service = new IndexSearchService(() => Promise.resolve(chunks), nextSlice);
  const t0 = performance.now();
  await service.ready;
  const loadMs = performance.now() - t0;
  // Long tasks are reported after they end: give the last one a frame to arrive.
  await new Promise((resolve) => setTimeout(resolve, 100));
  observer.disconnect();
  for (const query of queries.slice(0, 40)) service.search(query, {}, limit); // warm up
  const searchMs = queries.map((query) => {
    const start = performance.now();
    service.search(query, {}, limit);
    return performance.now() - start;
  });
  return { loadMs, longestSliceMs, longTasksMs, searchMs };
}

(window as unknown as { measure: typeof measure }).measure = measure;
