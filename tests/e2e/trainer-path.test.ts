import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { parseModule } from "../../src/core/modules/parse-module.ts";
import { openApp, root, shots, startApp, type AppBrowser } from "./app-browser.ts";
import { selectSentence } from "./select-text.ts";

let app: AppBrowser;
beforeAll(async () => (app = await startApp()));
afterAll(async () => app?.close());

const SENTENCE =
  "Children are interrogated by police officers and give their statements in the same way as adults, in public areas of police stations, with little regard for their privacy or specific needs.";

test("the trainer's path: search, open para. 75, select a sentence, add it to a new module, verified; reload; export; the CLI verifies it", async () => {
  const context = await app.newContext();
  const { page, problems } = await openApp(context, app.baseUrl, "#/search");

  // Search "interrogated" and open the UN report's para. 75 from the results.
  const box = page.locator("sb-search input[type=search]");
  await box.fill("interrogated");
  const hit = page.locator("sb-search li", { hasText: "para. 75" }).first();
  await hit.waitFor();
  expect(await hit.locator("mark").first().innerText()).toMatch(/interrogated/i);
  await hit.getByRole("link", { name: /open in reader/i }).click();
  await expect.poll(() => page.evaluate(() => decodeURIComponent(location.hash))).toBe("#/source/un-hrc-25-48-add1/para. 75");
  const passage = page.locator('sb-passage[data-locator="para. 75"]');
  await passage.waitFor();

  // Select the sentence with the mouse, from its first character to its last.
  await selectSentence(page, "para. 75", SENTENCE);
  await page.locator("sb-source-reader .add-selection").click();

  // The dialog: the quote is the sentence, verified at para. 75; it goes to a new module.
  const dialog = page.locator("sb-add-excerpt-dialog dialog");
  await dialog.waitFor();
  expect(await dialog.locator(".quote").innerText()).toBe(SENTENCE);
  expect(await dialog.locator(".verdict").innerText()).toMatch(/Verified at para\. 75/);
  await page.screenshot({ path: `${shots}/trainer-path-dialog.png` });
  await dialog.getByLabel("Title of the new module").fill("Interviewing children: what the UN found");
  await dialog.getByLabel("Title of the new section").fill("What the Special Rapporteur saw");
  await dialog.getByRole("button", { name: "Add excerpt" }).click();
  const notice = page.locator("sb-app .notice");
  await notice.waitFor();
  expect(await notice.innerText()).toMatch(/verified at para\. 75/);

  // The module holds it, verified; after a reload it is still there.
  await notice.getByRole("link", { name: "Open the module" }).click();
  // (getByText looks into the elements' shadow roots, as a reader's eyes do.)
  const editor = page.locator("sb-module-editor");
  await editor
    .getByText(/^Verified/)
    .first()
    .waitFor();
  await page.reload();
  await page.locator("sb-module-editor").getByText("Children are interrogated by police officers", { exact: false }).first().waitFor();
  await page
    .locator("sb-module-editor")
    .getByText(/^Verified/)
    .first()
    .waitFor();
  await page.screenshot({ path: `${shots}/trainer-path-editor.png`, fullPage: true });

  // Export the module file and verify it with the command line.
  await page.goto(`${app.baseUrl}#/`);
  const card = page.locator("sb-module-library li.module", { hasText: "Interviewing children: what the UN found" });
  await card.waitFor();
  const [download] = await Promise.all([page.waitForEvent("download"), card.getByRole("button", { name: /export/i }).click()]);
  const dir = mkdtempSync(join(tmpdir(), "sb-export-"));
  const file = join(dir, download.suggestedFilename());
  await download.saveAs(file);
  const text = readFileSync(file, "utf8");
  expect(parseModule(text, file).errors).toEqual([]);
  expect(text).toContain(':::excerpt un-hrc-25-48-add1 "para. 75"');
  const cli = spawnSync(process.execPath, [join(root, "bin", "sourcebook.js"), "verify", file], {
    cwd: root,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
  expect(cli.stdout).toContain("1 of 1 excerpts verified");
  expect(cli.status).toBe(0);
  expect(problems).toEqual([]);
  await context.close();
});
