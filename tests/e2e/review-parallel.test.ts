import type { Locator } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { axeViolations } from "./axe.ts";
import { shots, startApp, type AppBrowser } from "./app-browser.ts";

// Review of excerpts with parallel quotes (tests/e2e/harness/review-page.html?library=russian): the
// Russian test fixture, not an official translation, is the translation they are checked against.
let app: AppBrowser;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => app?.close());

const squash = (s: string | null) => (s ?? "").replace(/\s+/g, " ").trim();
const counts = (module: Locator) => module.locator("header .counts:not(.checking)");

test("a parallel quote that does not match its translation shows as rejected, with the translation's word diff", async () => {
  const context = await app.newContext();
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(error.message));
  await page.goto(`${app.baseUrl}tests/e2e/harness/review-page.html?module=parallel-quotes&library=russian`);
  const module = page.locator('sb-review-module[data-module="parallel-quotes"]');
  await counts(module).waitFor({ timeout: 30_000 });
  expect(squash(await counts(module).innerText())).toBe("2 excerpts: 1 verified, 1 rejected, 0 source changed, 0 with cautions");

  const rejected = module.locator("sb-review-item[group=rejected]");
  expect(await rejected.count()).toBe(1);
  expect(squash(await rejected.locator(".heading[role=heading]").innerText())).toContain("para. 14");
  expect(squash(await rejected.locator("sb-verdict-badge .badge").innerText())).toBe(
    'Rejected — altered: parallel quote from un-hrc-25-48-add1-ru: Altered from para. 14: ""саун"," → ""бань",".',
  );
  expect(squash(await rejected.locator("sb-verdict-badge figcaption").innerText())).toMatch(
    /^Closest passage in the translation un-hrc-25-48-add1-ru, para\. 14 /,
  );
  expect(await rejected.locator("sb-verdict-badge del").innerText()).toContain("саун");
  expect(await rejected.locator("sb-verdict-badge ins").innerText()).toContain("бань");
  // The reviewer sees the Russian words the module has, beside the English.
  expect(squash(await rejected.locator("blockquote.parallel").innerText())).toBe(
    "Специальному докладчику сообщили о работе «бань», особенно в Бишкеке",
  );
  expect(await module.locator("sb-review-item[group=verified] sb-verdict-badge .badge").innerText()).toContain("Verified");
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: `${shots}/review-parallel-1280.png`, fullPage: true });
  expect(problems).toEqual([]);
  await context.close();
});
