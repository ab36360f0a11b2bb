import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { openApp, startApp, type AppBrowser } from "./app-browser.ts";

// Issue 11, F17, F18, F10: a YAML bomb or a file that is not UTF-8, picked in the workbench, is one
// sentence in the status text (replacing the one before) and changes nothing; no uncaught error.
let app: AppBrowser;
beforeAll(async () => (app = await startApp()));
afterAll(async () => app?.close());

const levels = ["a: &a [x, x, x, x, x, x, x, x, x]"];
for (let i = 1; i < 9; i++)
  levels.push(
    `l${i}: &l${i} [${Array(9)
      .fill(i === 1 ? "*a" : `*l${i - 1}`)
      .join(", ")}]`,
  );
const BOMB = levels.join("\n") + "\n";
const LATIN1 = Buffer.concat([Buffer.from("---\nid: latin\ntitle: Caf"), Buffer.from([0xe9]), Buffer.from("\n---\n")]);

/** Picks a file in the input whose label says `label`, and waits for the status text to change. */
async function pick(page: Page, label: string, name: string, buffer: Buffer, scope: string): Promise<string> {
  const status = page.locator(`${scope} p.status`);
  const before = await status.innerText();
  await page.locator(`${scope} label.file`, { hasText: label }).locator("input").setInputFiles({ name, mimeType: "text/plain", buffer });
  await expect.poll(() => status.innerText()).not.toBe(before);
  return status.innerText();
}

test("modules: a backup holding a YAML bomb, a bomb module and a Latin-1 module are refused in one sentence each; the list is as it was", async () => {
  const context = await app.newContext();
  const { page, problems } = await openApp(context, app.baseUrl, "#/");
  const list = () => page.locator("sb-module-library ul.modules li").allInnerTexts();
  await page.locator("sb-module-library ul.modules li").first().waitFor();
  // The shipped translations' badges join the list once checked, after it is first shown: wait for them before comparing.
  await page.locator("sb-module-library ul.modules li .translation").first().waitFor();
  const before = await list();
  const backup = JSON.stringify({
    format: "sourcebook-backup",
    version: 1,
    exportedAt: "2026-01-01T00:00:00.000Z",
    modules: [{ id: "bomb", origin: "own", text: `---\n${BOMB}---\n`, revision: 1, updatedAt: "2026-01-01T00:00:00.000Z" }],
  });
  expect(await pick(page, "Restore a backup", "backup.json", Buffer.from(backup), "sb-module-library")).toMatch(
    /^Not restored: backup\.json: modules\[0\] \(bomb\.md\):3: the YAML aliases \(\*a and others\) stand for more than 100 values/,
  );
  expect(await pick(page, "Import module", "bomb.md", Buffer.from(`---\n${BOMB}---\n`), "sb-module-library")).toMatch(
    /^Not imported: bomb\.md:3: the YAML aliases/,
  );
  expect(await pick(page, "Import module", "latin.md", LATIN1, "sb-module-library")).toBe(
    "Not imported: latin.md:3: invalid UTF-8 at byte 24; save the file as UTF-8",
  );
  expect(await list()).toEqual(before);
  expect(problems).toEqual([]);
  await context.close();
});

test("sessions: a session file that is a YAML bomb is refused in one sentence; no uncaught error", async () => {
  const context = await app.newContext();
  const { page, problems } = await openApp(context, app.baseUrl, "#/sessions");
  await page.locator("sb-session-list li.session").first().waitFor();
  const before = await page.locator("sb-session-list li.session").count();
  expect(await pick(page, "Import session file", "bomb.yaml", Buffer.from(`title: Bomb\n${BOMB}`), "sb-session-list")).toMatch(
    /^Not imported: bomb\.yaml:3: the YAML aliases/,
  );
  expect(await page.locator("sb-session-list li.session").count()).toBe(before);
  expect(problems).toEqual([]);
  await context.close();
});
