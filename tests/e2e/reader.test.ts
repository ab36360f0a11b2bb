import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startApp, type AppBrowser } from "./app-browser.ts";

// The reader and library, driven in a real Chromium against the real sources, as a trainer would use them.
const shots = "/tmp/sb-shots";
const UN = "un-hrc-25-48-add1";

let app: AppBrowser;
let browser: Browser;
let baseUrl: string;

beforeAll(async () => {
  app = await startApp();
  ({ browser, baseUrl } = app);
});

afterAll(async () => app?.close());

async function open(hash: string, width = 1280): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(message.text());
  });
  await page.goto(`${baseUrl}${hash}`);
  await page.locator("sb-app main").waitFor();
  (page as Page & { problems?: string[] }).problems = problems;
  return page;
}

const problemsOf = (page: Page) => (page as Page & { problems?: string[] }).problems ?? [];

describe("source library", () => {
  test("lists the five sources with publisher and year; ECPAT needs permission", async () => {
    const page = await open("#/sources");
    const cards = page.locator("sb-source-library li.card");
    await expect.poll(() => cards.count()).toBe(5);
    const expected = [
      ["Child Prostitution – Kyrgyz Republic", "Martin Patt", "2020"],
      ["Report of the Special Rapporteur on the sale of children", "United Nations Human Rights Council", "2013"],
      ["Trafficking in Persons Report 2016: Kyrgyzstan", "U.S. Department of State", "2016"],
      ["Global Monitoring Status of Action against Commercial Sexual Exploitation", "ECPAT International", "2012"],
      ["Prostitution in Kyrgyzstan", "Wikipedia", "2020"],
    ];
    for (const [title, publisher, year] of expected) {
      const card = cards.filter({ has: page.locator("h2", { hasText: title! }) });
      await expect.poll(() => card.count(), { message: title }).toBe(1);
      const text = await card.innerText();
      expect(text).toContain(publisher);
      expect(text).toContain(year);
    }
    const ecpat = cards.filter({ hasText: "ECPAT International" });
    expect(await ecpat.locator(".permission").innerText()).toMatch(/permission required to reproduce/i);
    expect(await cards.filter({ hasText: "U.S. Department of State" }).locator(".permission").count()).toBe(0);
    await page.screenshot({ path: `${shots}/library-1280.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${shots}/library-390.png`, fullPage: true });
    expect(problemsOf(page)).toEqual([]);
    await page.close();
  });

  test("keyboard: Tab reaches a source and Enter opens it", async () => {
    const page = await open("#/sources");
    await page.locator("sb-source-library li.card").first().waitFor();
    let focused = "";
    for (let i = 0; i < 10 && !focused.startsWith("source:"); i++) {
      await page.keyboard.press("Tab");
      focused = await page.evaluate(() => {
        let el: Element | null = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        const id = el?.getAttribute("data-source");
        return id ? `source:${id}` : (el?.textContent ?? "");
      });
    }
    expect(focused).toMatch(/^source:/);
    await page.screenshot({ path: `${shots}/library-keyboard-focus-1280.png` });
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#/source/${focused.slice("source:".length)}`);
    await page.locator("sb-source-reader sb-source-header h1").waitFor();
    // Back to the library: focus returns to the source just read.
    await page.locator("sb-source-header a.back").click();
    await page.locator("sb-source-library li.card").first().waitFor();
    await expect
      .poll(() =>
        page.evaluate(() =>
          document
            .querySelector("sb-app")!
            .shadowRoot!.querySelector("sb-source-library")!
            .shadowRoot!.activeElement?.getAttribute("data-source"),
        ),
      )
      .toBe(focused.slice("source:".length));
    expect(problemsOf(page)).toEqual([]);
    await page.close();
  });
});

describe("problems are shown, not a blank page", () => {
  test("a malformed catalog shows its file:line message", async () => {
    const page = await open("#/sources");
    await page.locator("sb-source-library li.card").first().waitFor();
    // Give the app a store over a broken catalog; a string, so neither tsc nor Vitest rewrites the browser-side import.
    const badCatalog = JSON.stringify("sources:\n  - id: Bad Id\n");
    await page.evaluate(`import("/src/app/library-store.ts").then(({ LibraryStore }) => {
      const app = document.querySelector("sb-app");
      app.services = { ...app.services, library: new LibraryStore(${badCatalog}, new Map()) };
    })`);
    const alert = page.locator("sb-app [role=alert]");
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/sources\/catalog\.yaml:2: sources\[0\]\.\w+: /);
    await page.screenshot({ path: `${shots}/library-catalog-error-1280.png` });
    await page.close();
  });

  test("an unknown source id says so", async () => {
    const page = await open("#/source/no-such-report");
    const alert = page.locator("sb-app [role=alert]");
    await alert.waitFor();
    expect(await alert.innerText()).toContain('There is no source "no-such-report"');
    await page.close();
  });
});

describe("reader", () => {
  test("the UN report: para. 75 in the margin beside its text, 109 numbered paragraphs", async () => {
    const page = await open(`#/source/${UN}`);
    const para75 = page.locator('sb-passage[data-locator="para. 75"]');
    await para75.waitFor();
    expect(await para75.locator(".locator").innerText()).toBe("para. 75");
    expect(await para75.locator(".body").innerText()).toContain("Children are interrogated by police officers");
    const [margin, body] = await Promise.all([para75.locator(".locator").boundingBox(), para75.locator(".body").boundingBox()]);
    expect(margin!.x + margin!.width).toBeLessThanOrEqual(body!.x);
    expect(Math.abs(margin!.y - body!.y)).toBeLessThan(10);

    const locators = await page.locator("sb-passage .locator").allInnerTexts();
    expect(new Set(locators.filter((l) => /^para\. \d+$/.test(l))).size).toBe(109);
    await expect.poll(() => page.locator("sb-source-header dl").innerText()).toContain("United Nations Human Rights Council");
    await page.screenshot({ path: `${shots}/reader-un-top-1280.png` });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${shots}/reader-un-top-390.png` });
    expect(problemsOf(page)).toEqual([]);
    await page.close();
  });

  test("a URL hash scrolls to a passage", async () => {
    const page = await open(`#/source/${UN}/para.%2075`);
    const para75 = page.locator('sb-passage[data-locator="para. 75"]');
    await para75.waitFor();
    await expect.poll(() => para75.getAttribute("highlighted")).toBe("");
    await expect.poll(() => para75.evaluate((el) => Math.round(el.getBoundingClientRect().top))).toBeLessThan(200);
    await page.screenshot({ path: `${shots}/reader-un-para75-1280.png` });
    await page.setViewportSize({ width: 390, height: 844 });
    await para75.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}/reader-un-para75-390.png` });
    await page.close();
  });

  test("a note marker shows the note's text", async () => {
    const page = await open(`#/source/${UN}`);
    const marker = page.locator('sb-passage[data-locator="para. 14"] button.note-ref', { hasText: "2" });
    await marker.click();
    const panel = page.locator("sb-note-panel .panel");
    await panel.waitFor();
    expect(await panel.innerText()).toContain("ECPAT International, Global Monitoring");
    expect(await panel.innerText()).toContain("note 2");
    await page.screenshot({ path: `${shots}/reader-un-note-1280.png` });
    await page.setViewportSize({ width: 390, height: 844 });
    await marker.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}/reader-un-note-390.png` });
    await page.keyboard.press("Escape");
    await panel.waitFor({ state: "detached" });
    // The notes are also listed at the end, under the report's own heading.
    expect(await page.locator('sb-passage[data-locator="note 2"] .body').innerText()).toContain("ECPAT International");
    await page.close();
  });

  test("the TIP report has a Protection ¶1 locator", async () => {
    const page = await open("#/source/us-tip-2016-kg");
    const passage = page.locator('sb-passage[data-locator="Protection ¶1"]');
    await passage.waitFor();
    expect(await passage.locator(".locator").innerText()).toBe("Protection ¶1");
    await page.close();
  });

  test("the Patt compilation says where a passage is quoted from", async () => {
    const page = await open("#/source/patt-child-prostitution-kg");
    const quoted = page.locator("sb-passage .quoted-from").first();
    await quoted.waitFor();
    expect(await quoted.innerText()).toMatch(/^quoted from: .+, .+/);
    await quoted.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}/reader-patt-1280.png` });
    await page.close();
  });

  test("the ECPAT report renders its tables", async () => {
    const page = await open("#/source/ecpat-gm-kg-2012");
    const table = page.locator("sb-passage table").first();
    await table.waitFor();
    expect(await page.locator("sb-passage table").count()).toBeGreaterThanOrEqual(1);
    expect(await table.locator("tr").count()).toBeGreaterThan(3);
    await table.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}/reader-ecpat-table-1280.png` });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${shots}/reader-ecpat-top-390.png` });
    await table.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}/reader-ecpat-table-390.png` });
    const instruments = page.locator("sb-passage table").nth(1);
    await instruments.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}/reader-ecpat-table2-390.png` });
    await page.setViewportSize({ width: 1280, height: 900 });
    await instruments.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}/reader-ecpat-table2-1280.png` });
    expect(problemsOf(page)).toEqual([]);
    await page.close();
  });
});
