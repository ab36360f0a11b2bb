import { readFileSync } from "node:fs";
import { afterAll, beforeAll, expect, test } from "vitest";
import { flat, readPdf } from "../pdf-text.ts";
import { openApp, shots, startApp, type AppBrowser } from "./app-browser.ts";

let app: AppBrowser;
beforeAll(async () => (app = await startApp()));
afterAll(async () => app?.close());

// The whole app, as a trainer and then a reviewer use it: no harness, every service real.
test("build a police session from a starter, reorder, print the participant handout; review modules and watch the DRAFT reasons go and come", async () => {
  const context = await app.newContext();
  const { page, problems } = await openApp(context, app.baseUrl, "#/sessions");

  // Start from the police starter.
  await page.getByRole("button", { name: /^Start from this: Child victims of sexual exploitation/ }).click();
  await expect.poll(() => page.evaluate(() => location.hash)).toMatch(/^#\/session\/police-induction-\d+$/);
  const builder = page.locator("sb-session-builder");
  const items = builder.locator("sb-agenda-item");
  await expect.poll(() => items.count()).toBe(4);
  const total = builder.locator(".totals .total");
  await expect.poll(() => total.textContent()).toBe("3 h 45 min");

  // Reorder by keyboard: the tea break moves up; the times follow.
  const before = await items.locator(".time").allTextContents();
  await items.nth(1).locator("button.handle").focus();
  await page.keyboard.press("Alt+ArrowUp");
  expect(before.slice(0, 2)).toEqual(["09:00–10:30", "10:30–10:45"]);
  await expect.poll(() => items.locator(".time").allTextContents()).not.toEqual(before);
  expect((await items.locator(".time").allTextContents()).slice(0, 2)).toEqual(["09:00–09:15", "09:15–10:45"]);

  // Change a module's minutes: the total changes.
  await items.nth(3).locator("input[data-part=minutes]").fill("60");
  await expect.poll(() => total.textContent()).toBe("4 h 15 min"); // 30 → 60 minutes

  // Print the participant handout from the panel in the builder, read the PDF back.
  const panel = page.locator("sb-export-panel");
  await panel.locator(".draft, .final").first().waitFor();
  await panel.locator("input[value=participant]").check();
  const [download] = await Promise.all([page.waitForEvent("download", { timeout: 120_000 }), panel.locator("button.print").click()]);
  const file = await download.path();
  const pdf = await readPdf(new Uint8Array(readFileSync(file!)));
  const pdfText = flat(pdf.text);
  expect(pdfText).toContain("Children are interrogated by police officers and give their statements in the same way as adults");
  expect(pdfText).toContain("UN Special Rapporteur (2013), para. 75");
  expect(pdfText).toContain("U.S. Department of State (2016), Recommendations for Kyrgyzstan ¶1");
  expect(pdfText).not.toContain("TRAINER NOTE");
  expect(pdfText).not.toContain("What a good answer covers");
  await page.screenshot({ path: `${shots}/session-path-printed.png` });

  // Three draft modules: three reasons. The shipped excerpts acknowledge their cautions, so none is a reason.
  const reasons = panel.locator(".draft li", { hasText: "not approved." });
  await expect.poll(() => reasons.count()).toBe(3);
  expect(await panel.locator(".draft li", { hasText: "has an unacknowledged caution" }).count()).toBe(0);

  // The reviewer approves one module: its reason goes.
  const sessionHash = await page.evaluate(() => location.hash);
  await page.goto(`${app.baseUrl}#/review/module/non-punishment`);
  const decision = page.locator("sb-review-decision");
  await decision.locator("#name").waitFor();
  await decision.locator("#name").fill("Ana Petrova");
  await decision.locator("button.approve").click();
  await expect.poll(() => decision.locator(".save").innerText()).toMatch(/^Saved: approved by Ana Petrova/);
  await page.goto(`${app.baseUrl}${sessionHash}`);
  const moduleReasons = page.locator("sb-export-panel .draft li", { hasText: "not approved." });
  await expect.poll(() => moduleReasons.count()).toBe(2);
  expect((await moduleReasons.allInnerTexts()).join("\n")).not.toContain("Non-punishment");

  // Changes requested on another: its reason says so.
  await page.goto(`${app.baseUrl}#/review/module/identifying-victims`);
  await page.locator("sb-review-decision #comment").waitFor();
  await page.locator("sb-review-decision #comment").fill("Add the 2016 TIP report's recommendation on guidelines.");
  await page.locator("sb-review-decision button.request").click();
  await expect.poll(() => page.locator("sb-review-decision .save").innerText()).toMatch(/^Saved: changes requested/);
  await page.goto(`${app.baseUrl}${sessionHash}`);
  await expect.poll(() => page.locator("sb-export-panel .draft").innerText()).toContain("has changes requested, not approved.");
  expect(problems).toEqual([]);
  await context.close();
}, 240_000);
