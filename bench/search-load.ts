/**
 * Loading the per-source search indexes in a real Chromium, as the app does: how long the main
 * thread is held while they load, and how fast the loaded library searches there.
 */
import { build } from "esbuild";
import { chromium } from "playwright-core";
import type { IndexedSource } from "../src/core/search/passage-search.ts";
import { chromiumArgs, chromiumExecutable } from "../tests/e2e/chromium.ts";
import type { BrowserLoadFigures } from "./search-load-page.ts";

const ORIGIN = "http://sourcebook.bench";

/** Loads `sources` in Chromium, source i reading chunk `i % chunks.length`, then runs `queries`. */
export async function browserLoad(
  sources: IndexedSource[],
  chunks: string[],
  queries: string[],
  limit: number,
): Promise<BrowserLoadFigures> {
  const bundle = await build({
    entryPoints: [new URL("./search-load-page.ts", import.meta.url).pathname],
    bundle: true,
    format: "esm",
    write: false,
    // The bundled library's manifest is a Vite module; the page hands the service its own chunks.
    external: ["virtual:*"],
  });
  const browser = await chromium.launch({ executablePath: await chromiumExecutable(), args: chromiumArgs() });
  try {
    const page = await browser.newPage();
    await page.route(`${ORIGIN}/**`, (route) => {
      const path = new URL(route.request().url()).pathname;
      if (path === "/")
        return route.fulfill({ contentType: "text/html", body: '<!doctype html><script type="module" src="/page.js"></script>' });
      if (path === "/page.js") return route.fulfill({ contentType: "text/javascript", body: bundle.outputFiles[0]!.text });
      const chunk = chunks[Number(path.replace("/chunk/", ""))];
      return chunk === undefined ? route.fulfill({ status: 404 }) : route.fulfill({ contentType: "application/json", body: chunk });
    });
    await page.goto(`${ORIGIN}/`);
    await page.waitForFunction(() => "measure" in window);
    return await page.evaluate(
      ([s, n, q, l]) => (window as unknown as { measure: (...args: unknown[]) => Promise<BrowserLoadFigures> }).measure(s, n, q, l),
      [sources, chunks.length, queries, limit] as const,
    );
  } finally {
    await browser.close();
  }
}
