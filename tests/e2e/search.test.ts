import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { createServer } from "vite";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { PassageSearch } from "../../src/core/search/passage-search.ts";
import { parseSourceSearchIndex } from "../../src/core/search/source-search-index.ts";
import { SEARCH_INDEX_MODULE, searchIndexPlugin } from "../../vite-plugins/search-index.ts";
import { startApp, type AppBrowser } from "./app-browser.ts";
import type { Harness } from "./harness/search.ts";

/** What the search harness page puts on `window`. */
type HarnessWindow = Window & { harness: Harness; lastSearch?: string; axe: typeof import("axe-core") };

// <sb-search> alone in a real Chromium, with the real service and the index built by the Vite plugin.
const root = fileURLToPath(new URL("../..", import.meta.url));
const shots = "/tmp/sb-shots";
const UN = "un-hrc-25-48-add1";
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

let app: AppBrowser;
let browser: Browser;
let baseUrl: string;

beforeAll(async () => {
  app = await startApp();
  ({ browser, baseUrl } = app);
});

afterAll(async () => app?.close());

interface Opened {
  page: Page;
  problems: string[];
}

async function open(width = 1280): Promise<Opened> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  await page.goto(`${baseUrl}tests/e2e/harness/search.html`);
  await page.locator("sb-search .count", { hasText: "Type a word" }).waitFor();
  return { page, problems };
}

const box = (page: Page) => page.getByRole("searchbox", { name: "Search every passage of every source" });
const hitAt = (page: Page, sourceId: string, locator: string) =>
  page.locator(`sb-search li.hit[data-source="${sourceId}"][data-locator="${locator}"]`);

describe("search view", () => {
  test('typing "interrogated" shows UN para. 75 with the word marked; open and add work', async () => {
    const { page, problems } = await open();
    await box(page).pressSequentially("interrogated");
    const hit = hitAt(page, UN, "para. 75");
    await hit.waitFor();
    expect(await hit.locator("mark").allInnerTexts()).toContain("interrogated");
    expect(await hit.locator(".snippet").innerText()).toContain("Children are interrogated by police officers");
    expect(await hit.locator("h2").innerText()).toMatch(/UN Special Rapporteur \(2013\)\s+para\. 75/);
    await expect.poll(() => page.locator("sb-search .count").innerText()).toMatch(/^\d+ passages? found for “interrogated”\.$/);

    const link = hit.getByRole("link", { name: /^Open in reader/ });
    expect(await link.getAttribute("href")).toBe(`#/source/${UN}/para.%2075`);

    await page.screenshot({ path: `${shots}/search-interrogated-1280.png`, fullPage: true });
    await hit.getByRole("button", { name: /^Add to module…/ }).click();
    // The request goes out once the hit's sentence is found in its source, which can take a moment under load.
    await expect
      .poll(() => page.evaluate(() => (window as unknown as HarnessWindow).harness.excerptRequests.length), { timeout: 10_000 })
      .toBe(1);
    const requests = await page.evaluate(() => (window as unknown as HarnessWindow).harness.excerptRequests);
    const { sourceId, start, end } = requests[0]!;
    expect(sourceId).toBe(UN);
    const lifted = await page.evaluate(([s, a, b]) => (window as unknown as HarnessWindow).harness.lift(s, a, b), [
      sourceId,
      start,
      end,
    ] as const);
    expect(lifted.text).toMatch(/^[A-Z][^]*\binterrogated\b[^]*\.$/);
    expect(lifted.text).toBe(
      "Children are interrogated by police officers and give their statements in the same way as adults, " +
        "in public areas of police stations, with little regard for their privacy or specific needs.",
    );
    expect(lifted).toMatchObject({ status: "verified", locator: "para. 75" });

    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${shots}/search-interrogated-390.png`, fullPage: true });
    await hit.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}/search-interrogated-390-hit.png` });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  test("at 390 px the filters start folded above the results, and unfold", async () => {
    const { page, problems } = await open(390);
    await box(page).fill("interrogated");
    await box(page).press("Enter");
    await hitAt(page, UN, "para. 75").waitFor();
    const checkbox = page.getByRole("checkbox", { name: "UN Special Rapporteur (2013)" });
    expect(await checkbox.isVisible()).toBe(false);
    await page.screenshot({ path: `${shots}/search-folded-390.png`, fullPage: true });
    await page.locator("sb-search summary", { hasText: "Filters" }).click();
    await checkbox.waitFor({ state: "visible" });
    await checkbox.uncheck();
    await expect.poll(() => page.locator("sb-search summary").innerText()).toBe("Filters (in use)");
    await expect.poll(() => page.locator("sb-search .count").innerText()).toMatch(/^No passages found|^1 passage found/);
    await page.screenshot({ path: `${shots}/search-unfolded-390.png`, fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  test("keyboard only: type, Enter, Tab to a hit's actions, Space adds it", async () => {
    const { page, problems } = await open();
    await box(page).focus();
    await page.keyboard.type("Таис");
    await page.keyboard.press("Enter");
    const hit = hitAt(page, "wikipedia-prostitution-kg", "Tais Plus ¶1");
    await hit.waitFor();
    expect(await hit.locator("mark").allInnerTexts()).toEqual(["Таис"]);
    // Tab from the box reaches the first hit's link, then its button, past the filters.
    let focused = "";
    for (let i = 0; i < 20 && !focused.startsWith("Add to module"); i++) {
      await page.keyboard.press("Tab");
      focused = await page.evaluate(() => document.querySelector("sb-search")!.shadowRoot!.activeElement?.textContent?.trim() ?? "");
    }
    expect(focused).toMatch(/^Add to module…/);
    await page.screenshot({ path: `${shots}/search-keyboard-focus-1280.png` });
    await page.keyboard.press("Space");
    await expect.poll(() => page.evaluate(() => (window as unknown as HarnessWindow).harness.excerptRequests.length)).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  test("filters narrow the hits by source, kind and year", async () => {
    const { page, problems } = await open();
    await box(page).fill("trafficking");
    await box(page).press("Enter");
    const hits = page.locator("sb-search li.hit");
    await hits.first().waitFor();
    const count = page.locator("sb-search .count");
    const total = Number(/^(\d+)/.exec(await count.innerText())![1]);
    const sourcesShown = async () => new Set(await hits.evaluateAll((els) => els.map((el) => el.getAttribute("data-source"))));

    await page.getByRole("checkbox", { name: "UN Special Rapporteur (2013)" }).uncheck();
    await expect.poll(async () => (await sourcesShown()).has(UN), { timeout: 10_000 }).toBe(false);
    // The count comes with the worker's answer, which may land after the hits are redrawn.
    await expect.poll(async () => Number(/^(\d+)/.exec(await count.innerText())![1]), { timeout: 10_000 }).toBeLessThan(total);
    await page.getByRole("checkbox", { name: "UN Special Rapporteur (2013)" }).check();

    await page.getByRole("combobox", { name: "Kind of document" }).selectOption({ label: "Government report" });
    await expect.poll(sourcesShown).toEqual(new Set(["us-tip-2016-kg"]));
    await page.getByRole("combobox", { name: "Kind of document" }).selectOption({ label: "All kinds" });

    await page.getByRole("combobox", { name: "From" }).selectOption("2013");
    await page.getByRole("combobox", { name: "To" }).selectOption("2013");
    await expect.poll(sourcesShown).toEqual(new Set([UN]));
    await page.screenshot({ path: `${shots}/search-filtered-1280.png`, fullPage: true });

    for (const label of [
      "Patt (2020)",
      "UN Special Rapporteur (2013)",
      "U.S. Department of State (2016)",
      "ECPAT International (2012)",
      "Wikipedia (2020)",
    ]) {
      await page.getByRole("checkbox", { name: label }).uncheck();
    }
    await expect.poll(() => count.innerText()).toBe("Choose at least one source to search.");
    expect(await hits.count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  test("a query with no match says so; a long result list shows more on request", async () => {
    const { page, problems } = await open();
    await box(page).fill("qwxzv");
    await box(page).press("Enter");
    await expect.poll(() => page.locator("sb-search .count").innerText()).toBe("No passages found for “qwxzv”.");
    await box(page).fill("children");
    await box(page).press("Enter");
    await expect.poll(() => page.locator("sb-search .count").innerText()).toMatch(/passages found for “children”; showing the first 50\.$/);
    expect(await page.locator("sb-search li.hit").count()).toBe(50);
    await page.getByRole("button", { name: /^Show \d+ more$/ }).click();
    await expect.poll(() => page.locator("sb-search li.hit").count()).toBeGreaterThan(50);
    // Focus moves to the first newly shown hit.
    expect(await page.evaluate(() => document.querySelector("sb-search")!.shadowRoot!.activeElement?.closest("li")?.dataset.index)).toBe(
      "50",
    );

    // A query from outside (the app's URL) shows in the box and is searched.
    await page.evaluate(() => document.querySelector("sb-search")!.setAttribute("query", "interrog"));
    await hitAt(page, UN, "para. 75").waitFor();
    expect(await box(page).inputValue()).toBe("interrog");
    // Typing reports each search, so the app can keep it in the URL.
    await page.evaluate(() =>
      document.addEventListener("sb-search-query", (e) => ((window as unknown as HarnessWindow).lastSearch = e.detail.query)),
    );
    await box(page).fill("saunas");
    await expect.poll(() => page.evaluate(() => (window as unknown as HarnessWindow).lastSearch)).toBe("saunas");
    expect(problems).toEqual([]);
    await page.close();
  });

  test("a search typed while the index loads answers from the sources loaded so far, then from all (no query lost)", async () => {
    // The UN report's chunk is held back until the test lets it go: the worker loads the sources in catalog order.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    let letGo!: () => void;
    const held = new Promise<void>((resolve) => (letGo = resolve));
    await context.route(/virtual:sourcebook\/search-index\//, async (route) => {
      const response = await route.fetch();
      const body = await response.text();
      if (body.includes("Children are interrogated by police officers")) await held;
      await route.fulfill({ response, body });
    });
    const page = await context.newPage();
    const problems: string[] = [];
    page.on("pageerror", (error) => problems.push(error.message));
    await page.goto(`${baseUrl}tests/e2e/harness/search.html`);
    await page.locator("sb-search .count", { hasText: "Type a word to search the sources loaded so far" }).waitFor();
    await box(page).pressSequentially("interrogated");
    const count = page.locator("sb-search .count");
    await expect
      .poll(() => count.innerText())
      .toMatch(/^(\d+ passages? found|No passages found) so far for “interrogated” \(1 of 5 sources searched; loading the rest…\)\.$/);
    expect(await hitAt(page, UN, "para. 75").count()).toBe(0);
    await page.screenshot({ path: `${shots}/search-while-loading-1280.png`, fullPage: true });

    letGo();
    await hitAt(page, UN, "para. 75").waitFor();
    await expect.poll(() => count.innerText()).toMatch(/^\d+ passages found for “interrogated”\.$/);
    expect(await box(page).inputValue()).toBe("interrogated");
    // The main thread never decoded an index: the page answered throughout.
    expect(problems).toEqual([]);
    await context.close();
  });

  test("axe: no serious or critical violations, at 1280 and 390 px", async () => {
    const { page, problems } = await open();
    await box(page).fill("interrogated");
    await box(page).press("Enter");
    await hitAt(page, UN, "para. 75").waitFor();
    await page.addScriptTag({ content: axeSource });
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      const violations = await page.evaluate(async () => {
        const result = await (window as unknown as HarnessWindow).axe.run(document, { resultTypes: ["violations"] });
        return result.violations
          .filter((v) => v.impact === "serious" || v.impact === "critical")
          .map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
      });
      expect(violations, `at ${width} px`).toEqual([]);
    }
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe("the Vite plugin", () => {
  test("serves the index as a module, and rebuilds it when a source or the catalog changes", async () => {
    // A one-source library in a temporary folder, served with file watching on.
    const dir = mkdtempSync(join(tmpdir(), "sb-search-plugin-"));
    mkdirSync(join(dir, "sources"));
    const catalog = readFileSync(join(root, "sources", "catalog.yaml"), "utf8");
    const wikipedia = `sources:\n${catalog.slice(catalog.indexOf("  - id: wikipedia-prostitution-kg"))}`;
    writeFileSync(join(dir, "sources", "catalog.yaml"), wikipedia);
    const file = join(dir, "sources", "004_143f380aba06d05c.txt");
    cpSync(join(root, "sources", "004_143f380aba06d05c.txt"), file);
    const dev = await createServer({
      root: dir,
      configFile: false,
      plugins: [searchIndexPlugin()],
      logLevel: "error",
      cacheDir: join(dir, ".vite"),
      server: { middlewareMode: true, hmr: false },
    });
    // The manifest and each source's chunk, loaded as the browser loads them.
    const index = async () => {
      const { default: chunks } = (await dev.ssrLoadModule(SEARCH_INDEX_MODULE)) as typeof import("virtual:sourcebook/search-index");
      const search = new PassageSearch();
      for (const { source, load } of chunks) search.add(source, parseSourceSearchIndex(await load()));
      return search;
    };
    try {
      expect((await index()).search("advocates").hits[0]?.locator).toBe("Tais Plus ¶1");
      expect((await index()).search("champions").hits).toEqual([]);

      writeFileSync(file, readFileSync(file, "utf8").replace("advocates sex workers", "champions sex workers"));
      await expect.poll(async () => (await index()).search("champions").hits[0]?.locator, { timeout: 10_000 }).toBe("Tais Plus ¶1");

      writeFileSync(
        join(dir, "sources", "catalog.yaml"),
        wikipedia.replace('shortCite: "Wikipedia (2020)"', 'shortCite: "Wikipedia, 2020"'),
      );
      await expect.poll(async () => (await index()).facets().sources[0]?.label, { timeout: 10_000 }).toBe("Wikipedia, 2020");
    } finally {
      await dev.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
