/**
 * Loading the per-source search indexes in a real Chromium, as the app does: how long the main
 * thread is held while they load, and how fast the loaded library searches there.
 */
import { build } from "esbuild";
import { chromium } from "playwright-core";
import type { IndexedSource } from "../src/core/search/passage-search.ts";
import { chromiumArgs, chromiumExecutable } from "../tests/e2e/chromium.ts";
import type { BrowserLoadFigures, LoadMode } from "./search-load-page.ts";

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
    await page.waitForFunction(() => "measure" in window);
    return await page.evaluate(
      ([m, q, l]) => (window as unknown as { measure: (...args: unknown[]) => Promise<BrowserLoadFigures> }).measure(m, q, l),
      [mode, queries, limit] as const,
    );
  } finally {
    await browser.close();
  }
}
