// Screenshots of every route at desktop and phone width, for comparing a change before and after.
// Usage: npx tsx tests/e2e/capture-screens.ts <out-dir>   (prints each file and the page's scroll width)
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { startApp } from "./app-browser.ts";

export const SCREEN_ROUTES: Record<string, string> = {
  modules: "#/",
  sources: "#/sources",
  "reader-para-14": "#/source/un-hrc-25-48-add1/para.%2014",
  "reader-ecpat": "#/source/ecpat-gm-kg-2012",
  search: "#/search?q=interrogated",
  module: "#/module/child-sensitive-interviewing",
  sessions: "#/sessions",
  session: "#/session/police-induction",
  review: "#/review/module/child-sensitive-interviewing",
};

export const WIDTHS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };

async function main() {
  const out = process.argv[2] ?? "/tmp/sb-screens";
  mkdirSync(out, { recursive: true });
  const app = await startApp();
  try {
    for (const [size, viewport] of Object.entries(WIDTHS)) {
      const context = await app.browser.newContext({ viewport, isMobile: size === "phone", hasTouch: size === "phone" });
      const page = await context.newPage();
      for (const [name, hash] of Object.entries(SCREEN_ROUTES)) {
        await page.goto(`${app.baseUrl}${hash}`);
        await page.locator("sb-app main").waitFor();
        // Let lazy views, the search index and the source load before the picture.
        await page
          .waitForFunction(() => !document.querySelector("sb-app")?.shadowRoot?.querySelector(".loading"), undefined, { timeout: 30_000 })
          .catch(() => undefined);
        await page.waitForTimeout(1500);
        const file = join(out, `${name}-${size}.png`);
        await page.screenshot({ path: file, fullPage: size === "desktop" });
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        console.log(`${file}\tscrollWidth ${width} (viewport ${viewport.width})`);
      }
      await context.close();
    }
  } finally {
    await app.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
