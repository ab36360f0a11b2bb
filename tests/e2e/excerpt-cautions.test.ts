import { axeViolations } from "./axe.ts";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { openApp, shots, startApp, type AppBrowser } from "./app-browser.ts";

// The excerpt dialog warns of the cautions on the chosen words before adding, and a ticked one
// reaches the module file as acknowledge=; in the whole app, as a trainer meets it.

let app: AppBrowser;
beforeAll(async () => (app = await startApp()));
afterAll(async () => app?.close());

const TIP = "us-tip-2016-kg";

/** Opens the dialog for the TIP sentence the report gives to "the 2013 UN special rapporteur report" in the sentence before. */
async function openDialog(page: Page) {
  const hit = page.locator(`sb-search li.hit[data-source="${TIP}"][data-locator="Protection ¶2"]`, { hasText: "extorted bribes" });
  await hit.first().waitFor();
  await hit
    .first()
    .getByRole("button", { name: /^Add to module…/ })
    .click();
  const dialog = page.locator("sb-add-excerpt-dialog dialog");
  await dialog.waitFor();
  return dialog;
}

/** Adds the dialog's excerpt to a new module and opens that module's excerpt card in the editor. */
async function addAndOpen(page: Page, title: string) {
  const dialog = page.locator("sb-add-excerpt-dialog dialog");
  await dialog.locator("select").first().selectOption({ label: "New module…" });
  await dialog.getByLabel("Title of the new module").fill(title);
  await dialog.getByLabel("Title of the new section").fill("What the reports say");
  await dialog.getByRole("button", { name: "Add excerpt" }).click();
  const notice = page.locator("sb-app .notice");
  await notice.waitFor();
  await notice.getByRole("link", { name: "Open the module" }).click();
  const card = page.locator("sb-module-editor sb-block-card", { has: page.locator("sb-verdict-badge") });
  await card.locator("sb-caution-list li.caution").waitFor({ timeout: 20_000 });
  return card;
}

test("the dialog warns of the attribution before adding; ticked, the excerpt is added acknowledged", async () => {
  const context = await app.newContext();
  const { page, problems } = await openApp(context, app.baseUrl, "#/search?q=extorted%20bribes");
  const dialog = await openDialog(page);
  expect(await dialog.locator(".verdict").innerText()).toMatch(/^Verified at Protection ¶2/);
  const cautions = dialog.locator("sb-caution-list");
  expect(await cautions.locator("li.caution p").innerText()).toBe(
    '⚠ Attributed to someone else: The source attributes this to the 2013 UN special rapporteur report ("According to the 2013 UN special rapporteur report, …").',
  );
  expect(await cautions.locator(".draft").innerText()).toContain("print as DRAFT");
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: `${shots}/dialog-cautions-1280.png` });
  await page.setViewportSize({ width: 390, height: 844 });
  await cautions.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${shots}/dialog-cautions-390.png` });
  await page.setViewportSize({ width: 1280, height: 900 });

  await cautions.getByLabel(/I have checked this: acknowledge it/).check();
  expect(await cautions.locator(".draft").innerText()).toContain("without DRAFT");
  const card = await addAndOpen(page, "Police abuse, as reported");
  // The editor's card reads acknowledge=attribution back from the module.
  expect(
    await card
      .locator("sb-caution-list")
      .getByLabel(/I have checked this/)
      .isChecked(),
  ).toBe(true);
  expect(problems).toEqual([]);
  await context.close();
});

test("unticked, the excerpt can still be added, and is added without acknowledge=", async () => {
  const context = await app.newContext();
  const { page, problems } = await openApp(context, app.baseUrl, "#/search?q=extorted%20bribes");
  await openDialog(page);
  const card = await addAndOpen(page, "Police abuse, unchecked");
  expect(
    await card
      .locator("sb-caution-list")
      .getByLabel(/I have checked this/)
      .isChecked(),
  ).toBe(false);
  expect(await card.locator("sb-caution-list .draft").innerText()).toContain("print as DRAFT");
  expect(problems).toEqual([]);
  await context.close();
});
