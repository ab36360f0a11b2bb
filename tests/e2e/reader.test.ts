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

  test("a heading's locator leads to the heading: scrolled to and marked, no “no passage” notice", async () => {
    const locator = "§ 2. Child prostitution, sexual abuse and violence";
    const page = await open(`#/source/${UN}/${encodeURIComponent(locator)}`);
    const heading = page.locator(`h4[data-locator="${locator}"]`);
    await heading.waitFor();
    expect(await heading.innerText()).toBe("2. Child prostitution, sexual abuse and violence");
    await expect.poll(() => heading.getAttribute("class")).toContain("highlighted");
    await expect.poll(() => heading.evaluate((el) => Math.round(el.getBoundingClientRect().top))).toBeLessThan(200);
    expect(await page.locator("sb-source-reader .missing").count()).toBe(0);
    expect(problemsOf(page)).toEqual([]);
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

describe("adding an excerpt from the reader", () => {
  /** Selects words of a passage with the mouse, from one word to another (both inside the same text run). */
  async function selectWords(page: Page, locator: string, from: string, to: string) {
    const passage = page.locator(`sb-passage[data-locator="${locator}"]`);
    await passage.waitFor();
    await passage.scrollIntoViewIfNeeded();
    const points = await passage.evaluate(
      (el, [from, to]) => {
        const text = [...el.shadowRoot!.querySelectorAll("span[data-at]")]
          .flatMap((span) => [...span.childNodes])
          .find((n) => n.nodeType === Node.TEXT_NODE && (n as Text).data.includes(from!) && (n as Text).data.includes(to!)) as Text;
        const rectAt = (at: number) => {
          const range = document.createRange();
          range.setStart(text, at);
          range.setEnd(text, at + 1);
          return range.getClientRects()[0]!;
        };
        const first = rectAt(text.data.indexOf(from!));
        const last = rectAt(text.data.indexOf(to!) + to!.length - 1);
        return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 0.5, y2: last.top + last.height / 2 };
      },
      [from, to],
    );
    await page.mouse.move(points.x1, points.y1);
    await page.mouse.down();
    await page.mouse.move(points.x2, points.y2, { steps: 6 });
    await page.mouse.up();
  }

  /** The line boxes of the passage's text that hold the selection, and the line after them. */
  const linesAroundSelection = (page: Page, locator: string) =>
    page.locator(`sb-passage[data-locator="${locator}"]`).evaluate((el) => {
      const root = el.shadowRoot as ShadowRoot & { getSelection(): Selection };
      const selected = root.getSelection().getRangeAt(0).getBoundingClientRect();
      const all = document.createRange();
      all.selectNodeContents(root.querySelector(".body p")!);
      const lines = [...all.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
      const next = lines.find((r) => r.top >= selected.bottom - 2);
      return [...lines.filter((r) => r.bottom > selected.top + 2 && r.top < selected.bottom - 2), ...(next ? [next] : [])].map((r) => ({
        left: r.left,
        top: r.top,
        right: r.right,
        bottom: r.bottom,
      }));
    });

  const overlaps = (
    a: { left: number; top: number; right: number; bottom: number },
    b: { x: number; y: number; width: number; height: number },
  ) => a.left < b.x + b.width && b.x < a.right && a.top < b.y + b.height && b.y < a.bottom;

  for (const width of [1280, 390]) {
    test(`at ${width} px the "Add to module…" button covers neither the selected line nor the next one, and stays on screen`, async () => {
      const page = await open(`#/source/${UN}/para.%2075`, width);
      await selectWords(page, "para. 75", "police officers", "same way");
      const button = page.locator("sb-source-reader .add-selection");
      await button.waitFor();
      const box = (await button.boundingBox())!;
      const lines = await linesAroundSelection(page, "para. 75");
      expect(lines.length).toBeGreaterThanOrEqual(2);
      expect(lines.filter((line) => overlaps(line, box))).toEqual([]);
      const viewport = page.viewportSize()!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
      await page.screenshot({ path: `${shots}/reader-add-selection-${width}.png` });
      await page.close();
    });
  }

  test("the confirmation shows where the trainer is reading, keeps its link, is announced, and can be dismissed", async () => {
    const page = await open(`#/source/${UN}/para.%2075`);
    const passage = page.locator('sb-passage[data-locator="para. 75"]');
    await passage.locator("button.excerpt").focus();
    await page.keyboard.press("Enter");
    const dialog = page.locator("sb-add-excerpt-dialog dialog");
    await dialog.waitFor();
    await dialog.getByLabel("Title of the new module").fill("Read in the reader");
    await dialog.getByLabel("Title of the new section").fill("Found");
    await dialog.getByRole("button", { name: "Add excerpt" }).click();
    const notice = page.locator("sb-app .notice");
    await notice.waitFor();
    expect(await notice.innerText()).toMatch(/Added to “Read in the reader”, section “Found” — verified at para\. 75\./);
    // Deep in the report (para. 75 is thousands of pixels down), the message is on screen, not at the top of the page.
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(5000);
    const box = (await notice.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(900);
    expect(
      await page
        .locator("sb-app [role=status]")
        .filter({ has: page.locator(".notice") })
        .count(),
    ).toBe(1);
    expect(await notice.getByRole("link", { name: "Open the module" }).getAttribute("href")).toMatch(/^#\/module\//);
    await page.screenshot({ path: `${shots}/reader-added-notice-1280.png` });
    await notice.getByRole("button", { name: "Dismiss" }).click();
    await expect.poll(() => notice.count()).toBe(0);
    expect(problemsOf(page)).toEqual([]);
    await page.close();
  });
});
