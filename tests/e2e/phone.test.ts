import type { BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { shots, startApp, type AppBrowser } from "./app-browser.ts";

// The workbench on a phone (390 × 844, touch), as a trainer would hold it: nothing scrolls sideways, dialogs fit and can be tapped.
const UN = "un-hrc-25-48-add1";
const PHONE = { width: 390, height: 844 };

/** Every route, and what shows once its view has loaded. */
const ROUTES: [string, string, string][] = [
  ["modules", "#/", "sb-module-library li.module"],
  ["sources", "#/sources", "sb-source-library li.card"],
  ["reader with footnotes", `#/source/${UN}/para.%2014`, 'sb-passage[data-locator="note 2"]'],
  ["reader, ECPAT report with tables", "#/source/ecpat-gm-kg-2012", "sb-passage table"],
  ["search", "#/search?q=interrogated", "sb-search li.hit"],
  ["module editor", "#/module/child-sensitive-interviewing", "sb-module-editor sb-block-card"],
  ["sessions", "#/sessions", "sb-session-list li.session"],
  ["session", "#/session/police-induction", "sb-export-panel .actions"],
  ["review", "#/review/module/child-sensitive-interviewing", "sb-review-decision"],
];

let app: AppBrowser;
beforeAll(async () => (app = await startApp()));
afterAll(async () => app?.close());

const phone = (width = PHONE.width): Promise<BrowserContext> =>
  app.browser.newContext({ viewport: { width, height: PHONE.height }, hasTouch: true, isMobile: true });

async function visit(page: Page, hash: string, ready: string): Promise<void> {
  await page.goto(`${app.baseUrl}${hash}`);
  await page.locator(ready).first().waitFor();
  // Let late layout (fonts, lazy views, the search index) settle before measuring.
  await page.waitForTimeout(300);
}

/**
 * The page's width against the screen's. On a mobile viewport `innerWidth` is the layout viewport, which
 * grows to fit a page that is too wide, so the screen width is the viewport the context was given.
 */
const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/** The element under the focus, through shadow roots. */
const deepFocus = (page: Page) =>
  page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el ? `${el.tagName.toLowerCase()}.${el.className}|${el.getAttribute("aria-label") ?? el.textContent?.trim()}` : "";
  });

async function insideScreen(locator: Locator, width: number, height: number): Promise<string> {
  const box = await locator.boundingBox();
  if (!box) return "not shown";
  const outside = box.x < 0 || box.y < 0 || box.x + box.width > width + 0.5 || box.y + box.height > height + 0.5;
  return outside ? `outside the screen: ${JSON.stringify(box)}` : "inside";
}

describe("a phone, 390 px wide", () => {
  test("no route scrolls sideways", async () => {
    const context = await phone();
    const page = await context.newPage();
    const widths: string[] = [];
    for (const [name, hash, ready] of ROUTES) {
      await visit(page, hash, ready);
      const width = await pageWidth(page);
      widths.push(`${name} ${width}${width > PHONE.width ? " (too wide)" : ""}`);
      await page.screenshot({ path: `${shots}/phone-${name.replaceAll(/[^a-z]+/g, "-")}.png` });
    }
    expect(
      widths.filter((w) => w.endsWith("(too wide)")),
      `page widths at ${PHONE.width} px:\n${widths.join("\n")}`,
    ).toEqual([]);
    await context.close();
  });

  test("at 360 px the reader (notes open) and the module editor fit too", async () => {
    const context = await phone(360);
    const page = await context.newPage();
    await visit(page, `#/source/${UN}/para.%2014`, 'sb-passage[data-locator="note 2"]');
    await page.locator('sb-passage[data-locator="para. 14"] button.note-ref', { hasText: "2" }).tap();
    await page.locator("sb-note-panel .panel").waitFor();
    const reader = await pageWidth(page);
    expect(await insideScreen(page.locator("sb-note-panel .panel"), 360, PHONE.height)).toBe("inside");
    await visit(page, "#/module/child-sensitive-interviewing", "sb-module-editor sb-block-card");
    const editor = await pageWidth(page);
    const widths = { reader, editor };
    expect(
      Object.entries(widths).filter(([, width]) => width > 360),
      `page widths at 360 px: ${JSON.stringify(widths)}`,
    ).toEqual([]);
    await context.close();
  });

  test("the navigation fits: every link is on screen and can be tapped", async () => {
    const context = await phone();
    const page = await context.newPage();
    await visit(page, "#/", "sb-module-library li.module");
    for (const name of ["Modules", "Sessions", "Sources", "Search"]) {
      const link = page.locator("sb-app nav").getByRole("link", { name, exact: true });
      expect(await insideScreen(link, PHONE.width, PHONE.height), name).toBe("inside");
    }
    await page.locator("sb-app nav").getByRole("link", { name: "Search", exact: true }).tap();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe("#/search");
    await context.close();
  });

  test("a table wider than the screen scrolls inside its own labelled, focusable box, not the page", async () => {
    const context = await phone();
    const page = await context.newPage();
    await visit(page, "#/source/ecpat-gm-kg-2012", "sb-passage table");
    const box = page.locator("sb-passage .table-scroll").first();
    // The report's tables wrap to fit a phone; a table with more columns would not.
    await box.locator("table").evaluate((table) => (table.style.minWidth = "60rem"));
    const region = await box.evaluate((el) => ({
      role: el.getAttribute("role"),
      tabindex: el.getAttribute("tabindex"),
      label: el.getAttribute("aria-label") ?? "",
      scrolls: el.scrollWidth > el.clientWidth,
    }));
    expect(region).toEqual({ role: "region", tabindex: "0", label: expect.stringMatching(/^Table, /), scrolls: true });
    expect(await insideScreen(box, PHONE.width, Number.POSITIVE_INFINITY)).toBe("inside");
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await context.close();
  });

  test("the excerpt dialog fits the screen; Cancel by touch closes it and gives focus back; an excerpt added by touch lands in the module", async () => {
    const context = await phone();
    const page = await context.newPage();
    await visit(page, `#/source/${UN}/para.%2075`, 'sb-passage[data-locator="para. 75"]');
    const excerptButton = page.locator('sb-passage[data-locator="para. 75"] button.excerpt');
    await excerptButton.tap();
    const dialog = page.locator("sb-add-excerpt-dialog dialog");
    await dialog.waitFor();
    expect(await insideScreen(dialog, PHONE.width, PHONE.height)).toBe("inside");
    await page.screenshot({ path: `${shots}/phone-excerpt-dialog.png` });

    await dialog.getByRole("button", { name: "Cancel" }).tap();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await deepFocus(page)).toMatch(/^button\.excerpt\|Excerpt from para\. 75/);

    await excerptButton.tap();
    await dialog.waitFor();
    await dialog.getByLabel("Title of the new module").fill("On the phone");
    await dialog.getByLabel("Title of the new section").fill("From the reader");
    await dialog.getByRole("button", { name: "Add excerpt" }).tap();
    await expect.poll(() => dialog.count()).toBe(0);
    const notice = page.locator("sb-app .notice");
    await notice.waitFor();
    expect(await notice.innerText()).toMatch(/Added to “On the phone”.*verified at para\. 75/);
    expect(await insideScreen(notice, PHONE.width, PHONE.height)).toBe("inside");
    await notice.getByRole("link", { name: "Open the module" }).tap();
    await page.locator("sb-module-editor").getByText("Children are interrogated by police officers", { exact: false }).first().waitFor();
    expect(await page.locator("sb-module-editor h1").innerText()).toBe("On the phone");
    await context.close();
  });
});

describe("a touch screen with no hover", () => {
  test("each passage's Excerpt button shows without hovering and is large enough to tap", async () => {
    // A tablet: wide enough for the margin column, but no mouse to hover with.
    const context = await app.browser.newContext({ viewport: { width: 820, height: 1180 }, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    await visit(page, `#/source/${UN}/para.%2075`, 'sb-passage[data-locator="para. 75"]');
    const button = page.locator('sb-passage[data-locator="para. 76"] button.excerpt');
    const shown = await button.evaluate((el) => ({ opacity: getComputedStyle(el).opacity, height: el.getBoundingClientRect().height }));
    expect(shown.opacity).toBe("1");
    expect(shown.height).toBeGreaterThanOrEqual(44);
    await button.tap();
    await page.locator("sb-add-excerpt-dialog dialog").waitFor();
    await context.close();
  });
});
