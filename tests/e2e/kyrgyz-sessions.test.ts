import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { readPdf } from "../pdf-text.ts";
import { startApp, type AppBrowser } from "./app-browser.ts";

// The workbench in Kyrgyz: the navigation, search and the Sessions page found by their Kyrgyz accessible names.
let app: AppBrowser;
beforeAll(async () => (app = await startApp()));
afterAll(async () => app?.close());

test("in Kyrgyz: the navigation, a search, and a session from a starter by Kyrgyz names, counts and dates", async () => {
  const context = await app.browser.newContext();
  await context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(error.message));
  await page.goto(`${app.baseUrl}#/`);
  await page.getByRole("combobox", { name: "Language" }).selectOption("ky");
  const nav = page.getByRole("navigation", { name: "Негизги меню" });
  await nav.getByRole("link", { name: "Модулдар" }).waitFor();

  await nav.getByRole("link", { name: "Булактар" }).click();
  await page.waitForURL(/#\/sources$/);

  // Search: its box, its button and its count in Kyrgyz (the query before the count, as Kyrgyz says it).
  await nav.getByRole("link", { name: "Издөө" }).click();
  const box = page.getByRole("searchbox", { name: "Бардык булактардын бардык абзацтарынан издөө" });
  await box.fill("Таис");
  await page.getByRole("button", { name: "Издөө", exact: true }).click();
  await expect.poll(() => page.locator("sb-search .count").innerText()).toMatch(/^«Таис» боюнча \d+ абзац табылды\.$/);
  await expect.poll(() => page.getByRole("link", { name: /^Булактан ачуу: / }).count()).toBeGreaterThan(0);

  // Sessions: the page, the starter, and the builder.
  await nav.getByRole("link", { name: "Сабактар" }).click();
  await page.getByRole("heading", { name: "Сабактар", level: 1 }).waitFor();
  await page.getByRole("heading", { name: "Үлгү сабактар" }).waitFor();
  expect(await page.getByRole("button", { name: "Жаңы бош сабак" }).count()).toBe(1);
  const police = page.locator("sb-session-list li.session", { hasText: "induction for police investigators" });
  // The starter's date (2026-12-08) with no English month (Chromium has no Kyrgyz calendar data: then in numbers), its four items and 225 minutes.
  await expect
    .poll(() => police.locator(".meta").innerText())
    .toMatch(/Милиция[\s\S]*(?:8-декабрь|08\.12\.2026)[\s\S]*4 пункт[\s\S]*3 саат 45 мүн\./);
  expect(await police.locator(".meta").innerText()).not.toMatch(/December/);
  await page.getByRole("button", { name: /^Ушул үлгүдөн баштоо: Child victims of sexual exploitation/ }).click();
  await page.waitForURL(/#\/session\/police-induction-2$/);

  await page.getByRole("heading", { name: "Программа" }).waitFor();
  const agenda = page.getByRole("list", { name: "Программанын пункттары" });
  await expect.poll(() => agenda.locator("sb-agenda-item").count()).toBe(4);
  expect(await page.getByRole("combobox", { name: "Угуучулар" }).inputValue()).toBe("police");
  const slice = page.locator("sb-agenda-item", { hasText: "Non-punishment of child victims" });
  await slice.getByText("Максаттар: 4 максаттан 3").click();
  expect(await slice.getByRole("checkbox").count()).toBe(4);
  expect(await slice.locator(".sections").innerText()).toMatch(/^8 бөлүмдөн 5: /);
  await slice.getByRole("button", { name: /^Non-punishment of child victims.* алып салуу$/ }).click();
  await expect.poll(() => agenda.locator("sb-agenda-item").count()).toBe(3);
  await page.getByRole("button", { name: "Тыныгуу кошуу" }).click();
  await expect.poll(() => agenda.locator("sb-agenda-item").count()).toBe(4);
  expect(
    await page
      .getByRole("textbox", { name: /^Саат \d\d:\d\d тыныгуунун аталышы$/ })
      .last()
      .inputValue(),
  ).toBe("Тыныгуу");

  // The print panel in Kyrgyz: the handout's language follows the interface, and the PDF's own words are Kyrgyz.
  const panel = page.locator("sb-export-panel");
  expect(await panel.getByRole("group", { name: "Материалдын тили" }).getByRole("radio", { name: "Кыргызча" }).isChecked()).toBe(true);
  const download = page.waitForEvent("download", { timeout: 120_000 });
  await panel.getByRole("button", { name: "Басып чыгаруу: катышуучулар үчүн таратма материал" }).click();
  const folder = mkdtempSync(join(tmpdir(), "sb-kyrgyz-"));
  const path = join(folder, (await download).suggestedFilename());
  await (await download).saveAs(path);
  const pdf = await readPdf(new Uint8Array(readFileSync(path)));
  rmSync(folder, { recursive: true, force: true });
  expect(pdf.pages.join("\n")).toContain("Мазмуну");
  expect(pdf.pages[0]).toContain(`Бет 1 / ${pdf.numPages}`);
  expect(problems).toEqual([]);
  await context.close();
}, 240_000);
