import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { createServer, type ViteDevServer } from "vite";
import { chromiumArgs, chromiumExecutable } from "./chromium.ts";

export const root = fileURLToPath(new URL("../..", import.meta.url));
export const shots = "/tmp/sb-shots";

/** The app served by Vite and a real Chromium, for one test file. */
export interface AppBrowser {
  baseUrl: string;
  browser: Browser;
  /** A fresh profile (its own IndexedDB): a new trainer on a new machine. */
  newContext(): Promise<BrowserContext>;
  close(): Promise<void>;
}

export async function startApp(): Promise<AppBrowser> {
  mkdirSync(shots, { recursive: true });
  const cacheDir = mkdtempSync(join(tmpdir(), "sb-vite-cache-"));
  const server: ViteDevServer = await createServer({
    root,
    configFile: `${root}/vite.config.ts`,
    logLevel: "error",
    clearScreen: false,
    cacheDir,
    // No watcher or HMR: edits elsewhere in the repo while the tests run must not reload the page under test.
    server: { port: 0, host: "127.0.0.1", strictPort: false, hmr: false, watch: null },
  });
  await server.listen();
  const browser = await chromium.launch({ executablePath: await chromiumExecutable(), args: chromiumArgs() });
  return {
    baseUrl: server.resolvedUrls!.local[0]!,
    browser,
    newContext: () => browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true }),
    close: async () => {
      await browser.close();
      await server.close();
      rmSync(cacheDir, { recursive: true, force: true });
    },
  };
}

/** Opens the app at a hash, collecting page errors and console errors as `problems`. */
export async function openApp(context: BrowserContext, baseUrl: string, hash: string): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  await page.goto(`${baseUrl}${hash}`);
  await page.locator("sb-app main").waitFor();
  return { page, problems };
}
