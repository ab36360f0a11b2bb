import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { readPdf } from "../pdf-text.ts";
import { startApp, type AppBrowser } from "./app-browser.ts";
import { selectSentence } from "./select-text.ts";

// Issue 14's path in Russian: every step found by its Russian accessible name, down to the printed PDF.
let app: AppBrowser;
const downloads = mkdtempSync(join(tmpdir(), "sb-russian-"));
beforeAll(async () => (app = await startApp()));
afterAll(async () => {
  await app?.close();
  rmSync(downloads, { recursive: true, force: true });
});

const SENTENCE =
  "Children are interrogated by police officers and give their statements in the same way as adults, in public areas of police stations, with little regard for their privacy or specific needs.";

test("in Russian: Модули, Источники, Поиск, an excerpt added to a new module, and a handout printed in Russian", async () => {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(20_000);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(error.message));
  await page.goto(`${app.baseUrl}#/`);
  await page.getByRole("combobox", { name: "Language" }).selectOption("ru");

  const nav = page.getByRole("navigation", { name: "Основное меню" });
  await nav.getByRole("link", { name: "Модули" }).click();
  await page.getByRole("heading", { name: "Модули", level: 1 }).waitFor();
  await nav.getByRole("link", { name: "Источники" }).click();
  await page.waitForURL(/#\/sources$/);

  // Search, and open the hit in the reader.
  await nav.getByRole("link", { name: "Поиск" }).click();
  await page.getByRole("searchbox", { name: "Поиск по всем фрагментам всех источников" }).fill("interrogated");
  await page.getByRole("button", { name: "Поиск", exact: true }).click();
  const open = page.getByRole("link", { name: /^Открыть в источнике: .*para\. 75/ }).first();
  await open.waitFor();
  await open.click();

  // Select the sentence, add it to a new module through the dialog, in Russian.
  await selectSentence(page, "para. 75", SENTENCE);
  await page.getByRole("button", { name: "Добавить в модуль…" }).click();
  await page.getByLabel("Название нового модуля").fill("Опрос детей: что увидела Специальный докладчик");
  await page.getByLabel("Название нового раздела").fill("Что говорится в докладе");
  await page.getByRole("button", { name: "Добавить выдержку" }).click();
  const notice = page.locator("sb-app .notice");
  await expect.poll(() => notice.innerText()).toMatch(/проверено: para\. 75/);
  await notice.getByRole("link", { name: "Открыть модуль" }).click();
  await page.locator("sb-module-editor").getByText(SENTENCE.slice(0, 40), { exact: false }).first().waitFor();

  // Print the police starter's participant handout; the panel starts in the interface's language.
  await nav.getByRole("link", { name: "Занятия" }).click();
  await page.getByRole("heading", { name: "Образцы занятий" }).waitFor();
  await page.getByRole("button", { name: /^Начать с этого образца: Child victims of sexual exploitation — induction/ }).click();
  await page.waitForURL(/#\/session\/police-induction-\d+$/);
  const panel = page.locator("sb-export-panel");
  expect(await panel.getByRole("group", { name: "Язык материала" }).getByRole("radio", { name: "Русский" }).isChecked()).toBe(true);
  const download = page.waitForEvent("download", { timeout: 120_000 });
  await panel.getByRole("button", { name: "Печать: раздаточный материал для участников" }).click();
  // The worker says what it is doing; the panel says it in Russian.
  await expect
    .poll(() => panel.locator(".stage").innerText(), { interval: 50, timeout: 60_000 })
    .toMatch(/^(Начинаем|Чтение модулей|Загрузка|Проверяются выдержки|Вёрстка|Запись страницы)/);
  const file = await download;
  const path = join(downloads, file.suggestedFilename());
  await file.saveAs(path);
  const pdf = await readPdf(new Uint8Array(readFileSync(path)));
  expect(pdf.pages.join("\n")).toContain("Содержание");
  expect(pdf.pages[0]).toContain("Страница 1 из");
  expect(problems).toEqual([]);
  await context.close();
}, 240_000);
