import type { BrowserContext, Dialog, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { openApp, shots, startApp, type AppBrowser } from "./app-browser.ts";

// Issue 11, F19 and F20: the last keystrokes typed before a reload or a closed tab reach storage.
// Each trial types a new value and leaves the page at once, well inside the editor's 250 ms pause.
let app: AppBrowser;
beforeAll(async () => (app = await startApp()));
afterAll(async () => app?.close());

const TRIALS = 20;
const MODULE = "#/module/child-sensitive-interviewing";
const SESSION = "#/session/police-induction";
const summaryOf = (page: Page) => page.locator("sb-front-matter-form textarea#summary");
const placeOf = (page: Page) => page.locator("sb-session-details input#place");

/** Replaces what the field holds by typing `text` key by key, as a trainer does. */
async function typeInto(field: Locator, text: string): Promise<void> {
  await field.click();
  await field.press("ControlOrMeta+a");
  await field.pressSequentially(text);
}

/** The field's value once its page has read the store (and replayed any journal). */
async function valueOf(field: Locator): Promise<string> {
  await field.waitFor();
  return field.inputValue();
}

/** Types into the field, reloads at once, and reads the field back: each trial whose text is not there was lost. */
async function reloadTrials(context: BrowserContext, hash: string, fieldOf: (page: Page) => Locator, word: string): Promise<string[]> {
  const { page, problems } = await openApp(context, app.baseUrl, hash);
  const lost: string[] = [];
  for (let trial = 1; trial <= TRIALS; trial++) {
    const text = `${word} typed just before reload ${trial}`;
    await typeInto(fieldOf(page), text);
    await page.reload();
    const after = await valueOf(fieldOf(page));
    if (after !== text) lost.push(`trial ${trial}: "${after}"`);
  }
  expect(problems).toEqual([]);
  await page.close();
  return lost;
}

/**
 * Types into the field in a tab and closes the tab at once, while another tab of the same browser
 * stays open; the next tab opened must show what was typed.
 */
async function closeTrials(context: BrowserContext, hash: string, fieldOf: (page: Page) => Locator, word: string): Promise<string[]> {
  const other = await context.newPage();
  await other.goto(`${app.baseUrl}#/sources`);
  const lost: string[] = [];
  let typed: string | undefined;
  for (let trial = 1; trial <= TRIALS + 1; trial++) {
    const { page, problems } = await openApp(context, app.baseUrl, hash);
    const after = await valueOf(fieldOf(page));
    if (typed !== undefined && after !== typed) lost.push(`trial ${trial - 1}: "${after}"`);
    expect(problems).toEqual([]);
    if (trial > TRIALS) {
      await page.close();
      break;
    }
    typed = `${word} typed just before closing ${trial}`;
    await typeInto(fieldOf(page), typed);
    const closed = new Promise((resolve) => page.once("close", resolve));
    await page.close({ runBeforeUnload: true });
    await closed;
  }
  await other.close();
  return lost;
}

describe("nothing typed is lost", () => {
  test(`a module's summary, reloaded at once: ${TRIALS} trials, none lost`, async () => {
    const context = await app.newContext();
    expect(await reloadTrials(context, MODULE, summaryOf, "Summary")).toEqual([]);
    await context.close();
  });

  test(`a module's summary, tab closed at once: ${TRIALS} trials, none lost`, async () => {
    const context = await app.newContext();
    expect(await closeTrials(context, MODULE, summaryOf, "Summary")).toEqual([]);
    await context.close();
  });

  test(`a session's place, reloaded at once: ${TRIALS} trials, none lost`, async () => {
    const context = await app.newContext();
    expect(await reloadTrials(context, SESSION, placeOf, "Place")).toEqual([]);
    await context.close();
  });

  test(`a session's place, tab closed at once: ${TRIALS} trials, none lost`, async () => {
    const context = await app.newContext();
    expect(await closeTrials(context, SESSION, placeOf, "Place")).toEqual([]);
    await context.close();
  });
});

describe("when nothing can be saved", () => {
  /** A browser whose IndexedDB and localStorage both refuse every write, as on a full disk. */
  async function fullStorage(): Promise<BrowserContext> {
    const context = await app.newContext();
    await context.addInitScript(() => {
      const full = () => {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      };
      IDBObjectStore.prototype.put = full;
      IDBObjectStore.prototype.add = full;
      Storage.prototype.setItem = full;
    });
    return context;
  }

  /** Closes the tab as a trainer does, and says whether the browser asked first (the dialog is dismissed: the tab stays). */
  async function asksBeforeClosing(page: Page): Promise<boolean> {
    const asked = new Promise<Dialog | undefined>((resolve) => {
      page.once("dialog", resolve);
      page.once("close", () => resolve(undefined));
    });
    await page.close({ runBeforeUnload: true });
    const dialog = await asked;
    if (!dialog) return false;
    expect(dialog.type()).toBe("beforeunload");
    await dialog.dismiss();
    return true;
  }

  test("the trainer is told, and leaving the page asks first; with nothing unsaved it does not", async () => {
    const context = await fullStorage();
    const { page, problems } = await openApp(context, app.baseUrl, MODULE);
    const summary = summaryOf(page);
    await summary.waitFor();
    expect(await asksBeforeClosing(page)).toBe(false);

    const second = await openApp(context, app.baseUrl, MODULE);
    await typeInto(summaryOf(second.page), "Typed on a full disk.");
    const status = second.page.locator("sb-module-editor .save");
    await expect
      .poll(() => status.innerText())
      .toMatch(/^Not saved: .*full.*could not be kept for the next visit either.*Don't close or reload this page/s);
    await second.page.screenshot({ path: `${shots}/storage-full.png` });
    expect(await asksBeforeClosing(second.page)).toBe(true);
    expect(second.page.isClosed()).toBe(false);
    expect(await summaryOf(second.page).inputValue()).toBe("Typed on a full disk.");
    expect([...problems, ...second.problems]).toEqual([]);
    await context.close();
  });

  test("with storage working, leaving right after typing asks nothing", async () => {
    const context = await app.newContext();
    const { page } = await openApp(context, app.baseUrl, MODULE);
    await typeInto(summaryOf(page), "Typed with room to spare.");
    expect(await asksBeforeClosing(page)).toBe(false);
    const again = await openApp(context, app.baseUrl, MODULE);
    expect(await valueOf(summaryOf(again.page))).toBe("Typed with room to spare.");
    await context.close();
  });
});
