import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { shots, startApp, type AppBrowser } from "./app-browser.ts";

// Review mode (tests/e2e/harness/review-page.html) over a library where a revised TIP report supersedes
// the first (&library=editions): a module citing the first edition once per outcome (tests/fixtures/second-edition.ts).
let app: AppBrowser;

beforeAll(async () => {
  app = await startApp();
});

afterAll(async () => {
  await app?.close();
});

const item = (module: Locator, locator: string) =>
  module.locator("sb-review-item").filter({ hasText: `U.S. Department of State (2016), ${locator}` });

/** The module file as the store would save it now. */
const moduleText = (page: Page) =>
  page.evaluate(() => (window as unknown as { harness: { text(id: string): string } }).harness.text("edition-quotes"));

test("an excerpt of a superseded edition is checked against the new one; a move is accepted in one click, and undone", async () => {
  const context = await app.newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(error.message));
  await page.goto(`${app.baseUrl}tests/e2e/harness/review-page.html?module=edition-quotes&library=editions`);
  const module = page.locator('sb-review-module[data-module="edition-quotes"]');
  await module.locator("header .counts:not(.checking)").waitFor({ timeout: 60_000 });

  // Each of the four excerpts offers the check; its outcome shows on asking.
  const outcomes: Record<string, string> = {
    "Protection ¶1": "Unchanged. Unchanged in us-tip-2016-kg-rev at Protection ¶1.",
    "Prosecution ¶3": "Moved. Moved in us-tip-2016-kg-rev: Prosecution ¶3 → Prosecution ¶2.",
    "Prevention ¶1": "Changed.",
    "Prosecution ¶4": "Gone. Gone from us-tip-2016-kg-rev: nothing there is close to these words.",
  };
  for (const [locator, words] of Object.entries(outcomes)) {
    const check = item(module, locator).locator("sb-edition-check");
    const button = check.locator("button.check");
    expect(await button.innerText()).toBe("Check against U.S. Department of State (2016, revised)");
    expect(await button.getAttribute("aria-expanded")).toBe("false");
    await button.click();
    expect(await button.getAttribute("aria-expanded")).toBe("true");
    expect((await check.locator(".outcome p").first().innerText()).replace(/\s+/g, " ")).toContain(words);
    // Only words found again can be cited from the new edition.
    expect(await check.locator("button.cite").count()).toBe(locator === "Protection ¶1" || locator === "Prosecution ¶3" ? 1 : 0);
  }
  // The changed one shows the word diff against the closest passage of the new edition.
  const changed = item(module, "Prevention ¶1").locator("sb-edition-check sb-verdict-badge");
  expect(await changed.locator("del").innerText()).toContain("3,900");
  expect(await changed.locator("ins").innerText()).toContain("3,413");
  await page.screenshot({ path: `${shots}/review-editions-1280.png` });

  // Accept the move: the excerpt now cites the new edition at its new locator, and the others are as they were.
  const before = await moduleText(page);
  await item(module, "Prosecution ¶3").locator("sb-edition-check button.cite").click();
  await expect.poll(() => moduleText(page)).toContain(':::excerpt us-tip-2016-kg-rev "Prosecution ¶2"');
  const after = await moduleText(page);
  expect(after).toBe(before.replace(':::excerpt us-tip-2016-kg "Prosecution ¶3"', ':::excerpt us-tip-2016-kg-rev "Prosecution ¶2"'));
  // Checked again: it verifies against the new edition, which supersedes nothing to check.
  const moved = module.locator("sb-review-item").filter({ hasText: "U.S. Department of State (2016, revised), Prosecution ¶2" });
  await expect.poll(() => moved.locator("sb-verdict-badge").getAttribute("status")).toBe("verified");
  expect(await moved.locator("sb-edition-check").count()).toBe(0);

  // An ordinary edit: undo puts the old citation back.
  await page.evaluate(() =>
    (window as unknown as { harness: { store: { undo(id: string): Promise<void> } } }).harness.store.undo("edition-quotes"),
  );
  await expect.poll(() => moduleText(page)).toBe(before);
  expect(problems).toEqual([]);
  await context.close();
});
