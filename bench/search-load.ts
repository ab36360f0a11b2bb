/**
 * Loading the per-source search indexes in a real Chromium, as the app does: how long the main
 * thread is held while they load, and how fast the loaded library searches there.
 */
import { build } from "esbuild";
import { chromium } from "playwright-core";
import type { IndexedSource } from "../src/core/search/passage-search.ts";
import { chromiumArgs, chromiumExecutable } from "../tests/e2e/chromium.ts";
import type { BrowserLoadFigures, LoadMode } from "./search-load-page.ts";

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  /** Thread (CPU) time, in µs. */
  tdur?: number;
  args: { name?: string };
}

/**
 * Per query, in order: the thread time of the worker's handling of its message plus the page's
 * handling of the answer (the messages Chromium traced, paired in order).
 */
function messageCpuMs(trace: { traceEvents: TraceEvent[] }, count: number): number[] {
  const threads = new Map<string, string>();
  for (const e of trace.traceEvents) if (e.name === "thread_name") threads.set(`${e.pid}:${e.tid}`, e.args.name ?? "");
  const handled = (thread: string) =>
    trace.traceEvents
      .filter((e) => e.name === "HandlePostMessage" && e.ph === "X" && threads.get(`${e.pid}:${e.tid}`) === thread)
      .sort((a, b) => a.ts - b.ts)
      .map((e) => (e.tdur ?? 0) / 1000);
  const worker = handled("DedicatedWorker thread");
  const page = handled("CrRendererMain");
  if (worker.length !== count || page.length !== count)
    throw new Error(`Traced ${worker.length} and ${page.length} messages for ${count} queries.`);
  return worker.map((ms, i) => ms + page[i]!);
}

const ORIGIN = "http://sourcebook.bench";

async function bundle(file: string): Promise<string> {
  const { outputFiles } = await build({
    entryPoints: [new URL(file, import.meta.url).pathname],
    bundle: true,
    format: "esm",
    write: false,
    // The bundled library's manifest is a Vite module; the bench hands its own chunks.
    external: ["virtual:*"],
  });
  return outputFiles[0]!.text;
}

/** Loads `sources` in Chromium (`mode`), source i reading chunk `i % chunks.length`, then runs `queries`. */
export async function browserLoad(
  mode: LoadMode,
  sources: IndexedSource[],
  chunks: string[],
  queries: string[],
  limit: number,
): Promise<BrowserLoadFigures> {
  const scripts = new Map([
    ["/page.js", await bundle("./search-load-page.ts")],
    ["/worker.js", await bundle("./search-load-worker.ts")],
  ]);
  const listing = JSON.stringify({ sources, chunkCount: chunks.length });
  const browser = await chromium.launch({ executablePath: await chromiumExecutable(), args: chromiumArgs() });
  try {
    const context = await browser.newContext();
    // The worker's requests too: routed on the context.
    await context.route(`${ORIGIN}/**`, (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path === "/")
        return route.fulfill({ contentType: "text/html", body: '<!doctype html><script type="module" src="/page.js"></script>' });
      const script = scripts.get(path);
      if (script !== undefined) return route.fulfill({ contentType: "text/javascript", body: script });
      if (path === "/sources.json") return route.fulfill({ contentType: "application/json", body: listing });
      const chunk = chunks[Number(path.replace("/chunk/", ""))];
      return chunk === undefined ? route.fulfill({ status: 404 }) : route.fulfill({ contentType: "application/json", body: chunk });
    });
    const page = await context.newPage();
    await page.goto(`${ORIGIN}/`);
    await page.waitForFunction(() => "bench" in window);
    type Bench = typeof import("./search-load-page.ts").bench;
    // Each call is sent to the page as its source text: it names the page's `bench` itself.
    const loaded = await page.evaluate(([m, l]) => (window as unknown as { bench: Bench }).bench.load(m, l), [mode, limit] as const);
    await page.evaluate((q) => (window as unknown as { bench: Bench }).bench.warmUp(q), queries.slice(0, 40));
    // The worker's CPU time for each query, from Chromium's trace: its thread time handling the message, and the page's handling the answer.
    if (mode === "worker") await browser.startTracing(page, { categories: ["devtools.timeline"] });
    const searchMs = await page.evaluate((q) => (window as unknown as { bench: Bench }).bench.searchAll(q), queries);
    if (mode === "worker")
      return { ...loaded, searchMs, searchCpuMs: messageCpuMs(JSON.parse((await browser.stopTracing()).toString()), queries.length) };
    return { ...loaded, searchMs };
  } finally {
    await browser.close();
  }
}
