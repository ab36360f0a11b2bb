import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { startApp, type AppBrowser } from "./app-browser.ts";
import type { Harness } from "./harness/element-events.ts";

// Events fired with SbElement.emit, as a page outside the elements receives them, in a real Chromium.
let app: AppBrowser;

beforeAll(async () => {
  app = await startApp();
});

afterAll(async () => {
  await app?.close();
});

async function open(): Promise<{ page: Page; problems: string[] }> {
  const page = await app.browser.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(error.message));
  await page.goto(`${app.baseUrl}tests/e2e/harness/element-events.html`);
  await page.locator("sb-source-library li.card").first().waitFor();
  return { page, problems };
}

const seen = (page: Page) => page.evaluate(() => (window as unknown as { harness: Harness }).harness.seen);

test("an event fired inside a shadow root reaches the document with its detail, and a listener can cancel it", async () => {
  const { page, problems } = await open();
  const first = page.locator("sb-source-library a[data-source]").first();
  const sourceId = (await first.getAttribute("data-source"))!;

  // The app cancels sb-source-open to route the link itself: the element then leaves the link alone.
  await page.evaluate(() => ((window as unknown as { harness: Harness }).harness.cancel = true));
  await first.click();
  expect(await seen(page)).toEqual([
    { type: "sb-source-open", detail: { sourceId }, target: "sb-source-library", bubbles: true, composed: true, cancelable: true },
  ]);
  expect(await page.evaluate(() => location.hash)).toBe("");

  // Nobody cancels it: the link is followed as a plain link.
  await page.evaluate(() => ((window as unknown as { harness: Harness }).harness.cancel = false));
  await first.click();
  await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#/source/${sourceId}`);
  expect((await seen(page)).length).toBe(2);

  // Another element, another detail: the break added, as the session builder receives it.
  await page.locator("sb-agenda-add input[name=break]").fill("Lunch");
  await page.locator("sb-agenda-add input[name=break-minutes]").fill("45");
  await page.getByRole("button", { name: "Add break" }).click();
  expect((await seen(page)).at(-1)).toMatchObject({
    type: "sb-agenda-add",
    detail: { item: { break: "Lunch", minutes: 45 } },
    target: "sb-agenda-add",
  });
  expect(problems).toEqual([]);
  await page.close();
});
