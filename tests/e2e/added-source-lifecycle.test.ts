import { readFileSync } from "node:fs";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { flat, readPdf } from "../pdf-text.ts";
import { addSource, FIELDS, storedCount } from "./add-source-panel.ts";
import { openApp, startApp, type AppBrowser } from "./app-browser.ts";
import { numberedPdf } from "./numbered-pdf.ts";

// A source added in the workbench after it is saved: printed in a handout, opened again after a reload
// from its cached reading, and removed from the browser.
let app: AppBrowser;
let pdf: Buffer;
beforeAll(async () => {
  app = await startApp();
  pdf = await numberedPdf(app.browser, 3);
});
afterAll(async () => app?.close());

const MODULE_TITLE = "What the justice review found";
const QUOTE = "In district 5 the Special Rapporteur heard of pdfword5.";

/** A module citing the added source at para. 5, imported as a trainer imports a .md file. */
async function importCitingModule(page: Page, sourceId: string) {
  const text = `---
id: justice-review-findings
title: ${MODULE_TITLE}
summary: What the review of child-friendly justice found in the districts it visited.
version: 1
audiences: [police]
topics: [investigation]
minutes: 20
objectives:
  - Describe what the review heard in district 5
review: {status: draft}
---

## What the review heard

:::excerpt ${sourceId} "para. 5"
${QUOTE}
:::
`;
  await page.goto(`${app.baseUrl}#/`);
  await page
    .locator("sb-module-library label.file", { hasText: "Import module (.md)" })
    .locator("input")
    .setInputFiles({ name: "justice-review-findings.md", mimeType: "text/markdown", buffer: Buffer.from(text) });
  await page.locator("sb-module-library", { hasText: "Imported justice-review-findings.md" }).waitFor();
}

/** Counts the extract workers the page starts (the reader of added files), from before its first script. */
async function countExtractWorkers(context: BrowserContext) {
  await context.addInitScript(() => {
    const Native = window.Worker;
    const counted = window as unknown as { extractWorkers: number };
    counted.extractWorkers = 0;
    window.Worker = class extends Native {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        if (String(url).includes("extract-worker")) counted.extractWorkers++;
      }
    };
  });
}
const extractWorkers = (page: Page) => page.evaluate(() => (window as unknown as { extractWorkers: number }).extractWorkers);

async function openInReader(page: Page, sourceId: string) {
  await page.goto(`${app.baseUrl}#/source/${sourceId}/para.%205`);
  await page.locator("sb-source-reader sb-passage", { hasText: "heard of pdfword5." }).first().waitFor();
}

test("a module citing an added PDF prints the quote with its citation and bibliography entry, and no DRAFT reason about it", async () => {
  const context = await app.newContext();
  const { page, problems } = await openApp(context, app.baseUrl, "#/sources");
  const id = await addSource(page, "justice-review.pdf", pdf);
  await importCitingModule(page, id);

  await page.goto(`${app.baseUrl}#/sessions`);
  await page.getByRole("button", { name: /^Start from this: Child victims of sexual exploitation/ }).click();
  const add = page.locator("sb-agenda-add");
  await add.locator("select[name=module]").selectOption("justice-review-findings");
  await add.getByRole("button", { name: "Add to agenda" }).click();
  await page.locator("sb-session-builder sb-agenda-item", { hasText: MODULE_TITLE }).waitFor();

  const panel = page.locator("sb-export-panel");
  await panel.locator("input[value=participant]").check();
  // The first answer waits for the worker's code and the sources it loads: slow on a loaded machine.
  await panel.locator(".draft, .final").first().waitFor({ timeout: 120_000 });
  expect(await panel.locator(".problem-box").count()).toBe(0);
  const reasons = await panel.locator(".draft li").allTextContents();
  expect(reasons.filter((r) => r.includes(MODULE_TITLE))).toEqual([`Module “${MODULE_TITLE}” is draft, not approved.`]);

  const [download] = await Promise.all([page.waitForEvent("download", { timeout: 120_000 }), panel.locator("button.print").click()]);
  const text = flat((await readPdf(new Uint8Array(readFileSync((await download.path())!)))).text);
  // The quote with its citation (a PDF's page too), and the source in the bibliography with its rights.
  expect(text).toContain(`“${QUOTE}” — Example Institute (2024), para. 5, p. 2`);
  expect(text).toContain(`Example Institute (2024). ${FIELDS.title}. Example Institute. ${FIELDS.url} Rights: ${FIELDS.rights}`);
  expect(text).not.toContain(`An excerpt of “${MODULE_TITLE}”`);
  expect(text).not.toContain("unknown source");
  expect(problems).toEqual([]);
  await context.close();
});

test("after a reload an added source opens from its cached reading without the extract worker; another extractor version reads it again", async () => {
  const context = await app.newContext();
  await countExtractWorkers(context);
  const { page, problems } = await openApp(context, app.baseUrl, "#/sources");
  const id = await addSource(page, "justice-review.pdf", pdf);
  expect(await extractWorkers(page)).toBe(1); // the preview's reading
  expect(await storedCount(page, "readings")).toBe(1);

  await page.reload();
  const started = performance.now();
  await openInReader(page, id);
  console.log(`added source opened after a reload in ${Math.round(performance.now() - started)} ms (not asserted)`);
  expect(await extractWorkers(page)).toBe(0);

  // As if the app had been built with another reader: the stored index and reading are of an older version.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open("sourcebook-sources");
        open.onsuccess = () => {
          const tx = open.result.transaction(["sources", "readings"], "readwrite");
          const records = tx.objectStore("sources").getAll();
          records.onsuccess = () => {
            for (const record of records.result) tx.objectStore("sources").put({ ...record, indexedBy: "an-older-extractor" });
          };
          const readings = tx.objectStore("readings");
          const all = readings.getAll();
          all.onsuccess = () => {
            readings.clear();
            for (const r of all.result) readings.put({ ...r, version: "an-older-extractor" }, `${r.fingerprint} an-older-extractor`);
          };
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  await page.reload();
  await openInReader(page, id);
  expect(await extractWorkers(page)).toBeGreaterThanOrEqual(1);
  // The new reading replaced the old version's.
  expect(await storedCount(page, "readings")).toBe(1);
  await page.reload();
  await openInReader(page, id);
  expect(await extractWorkers(page)).toBe(0);
  expect(problems).toEqual([]);
  await context.close();
});

test("Remove from this browser names the modules that cite the source, then takes it out of the library, reader, search and IndexedDB", async () => {
  const context = await app.newContext();
  const { page } = await openApp(context, app.baseUrl, "#/sources");
  const id = await addSource(page, "justice-review.pdf", pdf);
  await importCitingModule(page, id);
  await page.goto(`${app.baseUrl}#/search?q=pdfword5`);
  await page.locator("sb-search").getByText("pdfword5", { exact: false }).first().waitFor();

  await page.goto(`${app.baseUrl}#/sources`);
  const library = page.locator("sb-source-library");
  const card = library.locator("li.card", { hasText: FIELDS.title });
  // Shipped sources offer no removal.
  expect(await library.getByRole("button", { name: "Remove from this browser" }).count()).toBe(1);

  // Keep it: nothing changes.
  await card.getByRole("button", { name: "Remove from this browser" }).click();
  const dialog = library.getByRole("dialog", { name: `Remove “${FIELDS.title}” from this browser?` });
  await dialog.waitFor();
  expect(await dialog.locator("ul.citing li").allTextContents()).toEqual([MODULE_TITLE]);
  expect(await dialog.textContent()).toContain("their excerpts will show as unverified");
  await dialog.getByRole("button", { name: "Keep it" }).click();
  await dialog.waitFor({ state: "hidden" });
  expect(await card.count()).toBe(1);
  expect(await storedCount(page)).toBe(1);

  await card.getByRole("button", { name: "Remove from this browser" }).click();
  await dialog.getByRole("button", { name: "Remove" }).click();
  await card.waitFor({ state: "detached" });
  await expect.poll(() => storedCount(page)).toBe(0);
  expect(await storedCount(page, "readings")).toBe(0);

  await page.goto(`${app.baseUrl}#/search?q=pdfword5`);
  await page.locator("sb-search", { hasText: "No passages found for “pdfword5”" }).waitFor();
  await page.goto(`${app.baseUrl}#/source/${id}/para.%205`);
  await page.locator("sb-app", { hasText: `There is no source "${id}"` }).waitFor();

  // Still gone after a reload.
  await page.reload();
  await page.goto(`${app.baseUrl}#/sources`);
  await library.locator("li.card").first().waitFor();
  expect(await library.locator("li.card", { hasText: FIELDS.title }).count()).toBe(0);
  await context.close();
});
