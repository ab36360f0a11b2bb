import { readFileSync } from "node:fs";
import type { BrowserContext, Download } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { parseCatalog } from "../../src/core/library/catalog-file.ts";
import { openApp, startApp, type AppBrowser } from "./app-browser.ts";
import { numberedPdf } from "./numbered-pdf.ts";
import { FIELDS, fill, panel, pick, squash, storedCount } from "./add-source-panel.ts";

// Adding a source in the workbench: a PDF made here, read in a worker, previewed, saved, read, searched, backed up and restored.
let app: AppBrowser;
let pdf: Buffer;
let longPdf: Buffer;
beforeAll(async () => {
  app = await startApp();
  pdf = await numberedPdf(app.browser, 3);
  longPdf = await numberedPdf(app.browser, 60);
});
afterAll(async () => app?.close());

test("a PDF is previewed with its locators, saved, listed, read at p. 1, searched, backed up and restored", async () => {
  const context = await app.newContext();
  const { page, problems } = await openApp(context, app.baseUrl, "#/sources");
  await pick(page, "justice-review.pdf", pdf);
  const preview = panel(page).locator(".preview");
  await preview.waitFor();
  expect(squash(await preview.locator(".counts").textContent())).toBe("PDF: 3 pages, 12 passages, no notes; cited as para. N, p. N.");
  expect(squash(await preview.locator(".removed").textContent())).toContain("Report of the Special Rapporteur");
  const first = squash(await preview.locator(".passages li").first().textContent());
  expect(first).toMatch(/^para\. 1, p\. 1 1\. In district 1 the Special Rapporteur heard of pdfword1\. Police officers said /);
  const shown = squash(await preview.locator(".passages").textContent());
  expect(shown).toContain("para. 8, p. 2 8. In district 8");
  expect(shown).not.toContain("para. 9");
  expect(shown).not.toContain("Report of the Special Rapporteur");

  await fill(page, FIELDS);
  await panel(page).getByRole("button", { name: "Save to the library" }).click();
  await panel(page).locator(".message", { hasText: "Added “Report on child-friendly justice”" }).waitFor();
  const card = page.locator("sb-source-library li.card", { hasText: "Report on child-friendly justice" });
  await card.waitFor();
  expect(await storedCount(page)).toBe(1);

  // Export for the library: the original file byte for byte, and its catalog entry.
  const downloads: Download[] = [];
  page.on("download", (d) => downloads.push(d));
  await card.getByRole("button", { name: "Export for the library" }).click();
  await expect.poll(() => downloads.length).toBe(2);
  const byName = new Map(await Promise.all(downloads.map(async (d) => [d.suggestedFilename(), readFileSync((await d.path())!)] as const)));
  expect(byName.get("justice-review.pdf")?.equals(pdf)).toBe(true);
  const entry = parseCatalog(
    byName.get(`${await card.locator("a[data-source]").getAttribute("data-source")}.catalog.yaml`)!.toString("utf8"),
  );
  expect(entry.sources[0]).toMatchObject({ title: FIELDS.title, url: FIELDS.url, file: "justice-review.pdf", structure: "pdf" });

  // The reader, at the first page.
  const id = await card.locator("a[data-source]").getAttribute("data-source");
  await page.goto(`${app.baseUrl}#/source/${id}/p.%201`);
  const reader = page.locator("sb-source-reader");
  await reader.locator("sb-passage[highlighted]", { hasText: "heard of pdfword1." }).waitFor();
  expect(await reader.locator(".missing").count()).toBe(0);

  // Search finds a word of it.
  await page.goto(`${app.baseUrl}#/search?q=pdfword7`);
  await page.locator("sb-search").getByText("pdfword7", { exact: false }).first().waitFor();

  // Back up from the module library, restore in a fresh browser profile.
  await page.goto(`${app.baseUrl}#/`);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Back up my modules and added sources" }).click(),
  ]);
  const backup = readFileSync((await download.path())!);
  expect(JSON.parse(backup.toString("utf8")).sources).toHaveLength(1);
  expect(problems).toEqual([]);
  await context.close();

  const fresh = await app.newContext();
  const restored = await openApp(fresh, app.baseUrl, "#/");
  await restored.page
    .locator("sb-module-library label.file", { hasText: "Restore a backup" })
    .locator("input")
    .setInputFiles({ name: "backup.json", mimeType: "application/json", buffer: backup });
  await restored.page.locator("sb-module-library", { hasText: "and 1 source from backup.json" }).waitFor();
  await restored.page.goto(`${app.baseUrl}#/sources`);
  await restored.page.locator("sb-source-library li.card", { hasText: "Report on child-friendly justice" }).waitFor();
  await restored.page.goto(`${app.baseUrl}#/source/${id}/para.%205`);
  await restored.page.locator("sb-source-reader sb-passage", { hasText: "heard of pdfword5." }).first().waitFor();
  expect(restored.problems).toEqual([]);
  await fresh.close();
});

test("Cancel during extraction stores nothing", async () => {
  const context: BrowserContext = await app.newContext();
  const { page } = await openApp(context, app.baseUrl, "#/sources");
  await fill(page, FIELDS);
  await pick(page, "long-report.pdf", longPdf);
  await panel(page).locator("progress").waitFor();
  await panel(page).getByRole("button", { name: "Cancel" }).click();
  await panel(page).locator(".message", { hasText: "Cancelled; nothing was added." }).waitFor();
  expect(await panel(page).locator(".preview").count()).toBe(0);
  expect(await panel(page).getByRole("button", { name: "Save to the library" }).isDisabled()).toBe(true);
  await page.reload();
  await page.locator("sb-source-library").waitFor();
  expect(await page.locator("sb-source-library li.card", { hasText: "Report on child-friendly justice" }).count()).toBe(0);
  expect(await storedCount(page)).toBe(0);
  await context.close();
});

test("a broken file is refused in one sentence, and a javascript: URL is refused by field", async () => {
  const context = await app.newContext();
  const { page } = await openApp(context, app.baseUrl, "#/sources");
  await pick(page, "broken.pdf", Buffer.from("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer garbage"));
  const problem = squash(await panel(page).locator(".problem").textContent());
  expect(problem).toMatch(/^The PDF cannot be read \(.+\); it may be damaged\.$/);

  await pick(page, "notes.txt", Buffer.from("A short note about interviews with children, held once.\n"), "text/plain");
  await panel(page).locator(".preview").waitFor();
  await fill(page, { ...FIELDS, url: "javascript:alert(1)", date: "2024-13" });
  await panel(page).getByRole("button", { name: "Save to the library" }).click();
  const errors = await panel(page).locator(".error").allTextContents();
  expect(errors).toEqual(["Date: 2024-13 is not a date in the calendar.", "URL: expected a web address starting http:// or https://."]);
  expect(await storedCount(page)).toBe(0);
  await context.close();
});
