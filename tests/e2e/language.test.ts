import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startApp, type AppBrowser } from "./app-browser.ts";

// The interface language: the menu in the banner, remembered, and the browser's own language on a first visit.
let app: AppBrowser;
beforeAll(async () => (app = await startApp()));
afterAll(async () => app?.close());

describe("the language menu", () => {
  test("switches the navigation to Russian, says the catalogue is not reviewed, and is remembered", async () => {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.baseUrl}#/`);
    await page.getByRole("combobox", { name: "Language" }).selectOption("ru");
    const nav = page.getByRole("navigation", { name: "Основное меню" });
    await expect.poll(() => nav.getByRole("link", { name: "Модули" }).count(), { timeout: 10_000 }).toBe(1);
    await expect(page.getByText("Перевод ещё не проверен носителем языка").count()).resolves.toBe(1);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("ru");
    await page.reload();
    await expect.poll(() => page.getByRole("link", { name: "Источники" }).count(), { timeout: 10_000 }).toBe(1);
    await context.close();
  });

  test("starts in Kyrgyz for a browser that prefers it", async () => {
    const context = await app.browser.newContext({ locale: "ky-KG" });
    const page = await context.newPage();
    await page.goto(`${app.baseUrl}#/sources`);
    await expect.poll(() => page.getByRole("link", { name: "Булактар" }).count(), { timeout: 10_000 }).toBe(1);
    await expect(page.getByRole("combobox", { name: "Тил" }).inputValue()).resolves.toBe("ky");
    await context.close();
  });
});
