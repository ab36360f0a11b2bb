import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import { openApp, shots, startApp, type AppBrowser } from "./app-browser.ts";

let app: AppBrowser;
beforeAll(async () => (app = await startApp()));
afterAll(async () => app?.close());

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** Runs axe-core (WCAG 2 A and AA rules) over the page, shadow roots included; returns serious and critical violations. */
async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the page's CSP (rightly) refuses inline scripts.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: Document,
            opts: object,
          ): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: unknown[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)),
    }));
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.targets.join(", ")}`);
}

const VIEWS: [string, string, string][] = [
  ["module library", "#/", "sb-module-library li.module"],
  ["source library", "#/sources", "sb-source-library li.card"],
  ["reader", "#/source/un-hrc-25-48-add1/para.%2075", 'sb-passage[data-locator="para. 75"]'],
  ["search", "#/search?q=interrogated", "sb-search li"],
  ["module editor", "#/module/child-sensitive-interviewing", "sb-module-editor"],
  ["session list", "#/sessions", "sb-session-list li.session"],
  ["session builder with its print panel", "#/session/judicial-seminar", "sb-export-panel .draft"],
  ["review", "#/review/module/non-punishment", "sb-review-decision"],
];

test.each(VIEWS)("%s: no serious or critical axe violation", async (name, hash, ready) => {
  const context = await app.newContext();
  const { page, problems } = await openApp(context, app.baseUrl, hash);
  await page.locator(ready).first().waitFor();
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: `${shots}/view-${name.replaceAll(" ", "-")}.png`, fullPage: false });
  expect(problems).toEqual([]);
  await context.close();
});

test("the add-excerpt dialog: no serious or critical axe violation, and it is keyboard-operable", async () => {
  const context = await app.newContext();
  const { page } = await openApp(context, app.baseUrl, "#/source/un-hrc-25-48-add1/para.%2075");
  const passage = page.locator('sb-passage[data-locator="para. 75"]');
  await passage.waitFor();
  // Keyboard: focus the passage's Excerpt button and press Enter.
  await passage.locator("button.excerpt").focus();
  await page.keyboard.press("Enter");
  const dialog = page.locator("sb-add-excerpt-dialog dialog");
  await dialog.waitFor();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press("Escape");
  await expect.poll(() => dialog.count()).toBe(0);
  await context.close();
});

test("the Content-Security-Policy blocks eval and inline script", async () => {
  const context = await app.newContext();
  const { page } = await openApp(context, app.baseUrl, "#/");
  // Code run through the DevTools protocol is exempt from CSP, so the probes run as page code.
  // (A string, so Vitest does not rewrite the browser-side import.)
  const blocked = (await page.evaluate(`(async () => {
    await import("/tests/e2e/harness/csp-probe.ts");
    const script = document.createElement("script");
    script.textContent = "window.__inline = 1";
    document.body.append(script);
    await new Promise((r) => setTimeout(r, 50));
    return { evalBlocked: window.__cspProbe?.evalBlocked, inlineRan: window.__inline === 1 };
  })()`)) as { evalBlocked: boolean; inlineRan: boolean };
  expect(blocked).toEqual({ evalBlocked: true, inlineRan: false });
  await context.close();
});
