import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { parseCatalog } from "../../src/core/library/catalog-file.ts";
import { catalogWithRussian, russianSource, RUSSIAN_ID } from "../core/russian-library.ts";
import { openApp, root, startApp, type AppBrowser } from "./app-browser.ts";

// The reader beside a language version: the Russian test fixture (tests/fixtures/russian, not an
// official translation) is put in the workbench's library through the app's own LibraryStore.
let app: AppBrowser;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => app?.close());

const squash = (s: string | null) => (s ?? "").replace(/\s+/g, " ").trim();

/** Lists the Russian fixture in the running app's library, read by its catalog parser as the CLI reads it. */
async function addRussianVersion(page: Page) {
  const entry = parseCatalog(catalogWithRussian()).sources.find((e) => e.id === RUSSIAN_ID)!;
  const text = russianSource().raw;
  // A script of its own: vitest would rewrite an import() inside a function handed to evaluate.
  await page.evaluate(`(async () => {
    const { loadSource } = await import("/src/core/sources/source.ts");
    const entry = ${JSON.stringify(entry)};
    const bytes = new TextEncoder().encode(${JSON.stringify(text)});
    document.querySelector("sb-app").services.library.add(entry, async () => loadSource(entry, bytes));
  })()`);
}

const pairAt = (page: Page, locator: string) => page.locator(`sb-source-reader .pair:has(> sb-passage[data-locator="${locator}"])`);
const box = async (l: Locator) => (await l.boundingBox())!;

test("the reader shows the Russian paragraph beside the English at 1280 px, under it at 390 px, and excerpts from it cite the Russian", async () => {
  const context = await app.newContext();
  const { page, problems } = await openApp(context, app.baseUrl, "#/sources");
  await addRussianVersion(page);
  await page.evaluate(() => (location.hash = "#/source/un-hrc-25-48-add1/para.%202"));
  const reader = page.locator("sb-source-reader");
  await reader.locator('sb-passage[data-locator="para. 2"][highlighted]').waitFor();
  const toggle = reader.getByRole("checkbox", { name: "Show the Russian version" });
  expect(await toggle.isChecked()).toBe(false);
  expect(await reader.locator(".version").count()).toBe(0);
  await toggle.check();

  const pair = pairAt(page, "para. 2");
  const russian = pair.locator(".version sb-passage");
  await russian.waitFor();
  const fixture = russianSource().reading;
  const para2 = fixture.passages.find((p) => p.locator === "para. 2")!;
  expect(squash(await russian.locator(".body p").textContent())).toBe(squash(fixture.text.slice(para2.start, para2.end)));
  expect(await russian.evaluate((el) => el.closest("[lang]")?.getAttribute("lang"))).toBe("ru");
  expect(await pair.locator("> sb-passage").evaluate((el) => el.closest("[lang]")?.getAttribute("lang"))).toBe("en");

  // Side by side: the Russian starts right of the English, level with it.
  const english = pair.locator("> sb-passage");
  let [en, ru] = [await box(english), await box(russian)];
  expect(ru.x).toBeGreaterThanOrEqual(en.x + en.width - 1);
  expect(Math.abs(ru.y - en.y)).toBeLessThan(8);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
  await page.screenshot({ path: `${root}/docs/screens/reader-parallel-1280.png` });

  // The English has paragraphs the fixture (paras 1–14) does not: said quietly.
  expect(squash(await pairAt(page, "para. 20").locator(".no-counterpart").textContent())).toBe(
    "Nothing at para. 20 in the Russian version.",
  );

  // Remembered for the visit: away to the library and back, still shown.
  await page.evaluate(() => (location.hash = "#/sources"));
  await page.locator("sb-source-library").waitFor();
  await page.evaluate(() => (location.hash = "#/source/un-hrc-25-48-add1/para.%202"));
  await russian.waitFor();
  expect(await reader.getByRole("checkbox", { name: "Show the Russian version" }).isChecked()).toBe(true);

  // A phone: the Russian under the English, and nothing scrolls sideways.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect.poll(async () => (await box(russian)).y >= (await box(english)).y + (await box(english)).height - 1).toBe(true);
  [en, ru] = [await box(english), await box(russian)];
  expect(ru.x).toBeGreaterThan(en.x);
  expect(ru.x + ru.width).toBeLessThanOrEqual(390);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await pair.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${root}/docs/screens/reader-parallel-390.png` });

  // An excerpt made from the Russian column cites the Russian version.
  await page.setViewportSize({ width: 1280, height: 900 });
  await russian.getByRole("button", { name: "Excerpt from para. 2: add its words to a module" }).click();
  const verdict = page.locator("sb-add-excerpt-dialog .verdict");
  await verdict.waitFor();
  expect(squash(await verdict.textContent())).toBe("Verified at para. 2, Специальный докладчик ООН (2013).");
  expect(problems).toEqual([]);
  await context.close();
});
