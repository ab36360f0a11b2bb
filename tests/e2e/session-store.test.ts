import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, expect, test } from "vitest";
import type { Session } from "../../src/core/schema/session.ts";
import { startApp, type AppBrowser } from "./app-browser.ts";

// The trainer's sessions in a real Chromium: IndexedDB, full disks, and two tabs (two pages of one profile) at once.
let app: AppBrowser;
const HARNESS = "tests/e2e/harness/session-store.html";

beforeAll(async () => {
  app = await startApp();
});

afterAll(async () => {
  await app?.close();
});

const problems = new WeakMap<Page, string[]>();

/** A harness page in `context`, its store read from IndexedDB; page errors and console errors collected. */
async function openStore(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  const seen: string[] = [];
  page.on("pageerror", (error) => seen.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") seen.push(message.text());
  });
  problems.set(page, seen);
  await page.goto(`${app.baseUrl}${HARNESS}`);
  await page.waitForFunction(() => window.sessionHarness?.ready === true);
  return page;
}

async function reload(page: Page): Promise<void> {
  await page.reload();
  await page.waitForFunction(() => window.sessionHarness?.ready === true);
}

const stored = (page: Page) => page.evaluate(() => window.sessionHarness.storedRecords());
const storedSession = async (page: Page, id: string) => (await stored(page)).find((r) => r.id === id);
const titles = (page: Page) => page.evaluate(() => window.sessionHarness.store.list().map((s) => `${s.id}: ${s.title}`));

/** A new blank session under `title`, saved; returns its id. */
function createSession(page: Page, title: string): Promise<string> {
  return page.evaluate(async (title) => {
    const { store } = window.sessionHarness;
    const id = await store.create();
    await store.update(id, { ...store.get(id)!, title });
    return id;
  }, title);
}

/** Tab `page` sets the place of its version of the session, then says how the save went. */
function setPlace(page: Page, id: string, place: string, from?: Session) {
  return page.evaluate(
    async ({ id, place, from }) => {
      const { store } = window.sessionHarness;
      await store.update(id, { ...(from ?? store.get(id)!), place });
      return { state: store.saveState(id), shown: store.get(id)?.place };
    },
    { id, place, from },
  );
}

/** Tab `page` opens the session (as the builder does): its next edit builds on the version it read. */
const opened = (page: Page, id: string) => page.evaluate((id) => window.sessionHarness.store.get(id)!, id);

test("two tabs: a write over a revision the tab has not read keeps its version as a conflicting copy and shows the other tab's", async () => {
  const context = await app.newContext();
  const a = await openStore(context);
  const b = await openStore(context);
  const id = await createSession(a, "Shared session");
  await b.waitForFunction((id) => window.sessionHarness.store.get(id)?.title === "Shared session", id);
  const seenByB = await opened(b, id);
  await setPlace(a, id, "Tab A's place");
  // B hears of A's save (`text` does not count as reading it), but its builder still holds the version it opened: B's next save builds on that.
  await b.waitForFunction((id) => window.sessionHarness.store.text(id)?.includes("Tab A's place"), id);
  const conflict = await setPlace(b, id, "Tab B's place", seenByB);

  expect(conflict.state.status).toBe("conflict");
  expect(conflict.shown).toBe("Tab A's place");
  expect((await storedSession(a, id))!.session.place).toBe("Tab A's place");
  expect(await storedSession(a, `${id}-conflicting-copy`)).toMatchObject({
    origin: "own",
    revision: 1,
    session: { title: "Shared session (conflicting copy)", place: "Tab B's place" },
  });
  expect("message" in conflict.state && conflict.state.message).toContain(
    'your version is kept as a new session, "Shared session (conflicting copy)", and this is now the other tab\'s version',
  );
  // Tab A is told too, and both are there after reloading either tab.
  await a.waitForFunction((id) => window.sessionHarness.store.get(`${id}-conflicting-copy`) !== undefined, id);
  for (const page of [a, b]) {
    await reload(page);
    expect(await titles(page)).toEqual(
      expect.arrayContaining([`${id}: Shared session`, `${id}-conflicting-copy: Shared session (conflicting copy)`]),
    );
  }

  // Once B has read the current version, its edits save normally; a second stale write makes a second copy.
  expect((await setPlace(b, id, "Tab B, up to date")).state.status).toBe("saved");
  const again = await opened(b, id);
  await setPlace(a, id, "Tab A again");
  await b.waitForFunction((id) => window.sessionHarness.store.text(id)?.includes("Tab A again"), id);
  expect((await setPlace(b, id, "Tab B, stale again", again)).state.status).toBe("conflict");
  expect((await storedSession(a, `${id}-conflicting-copy-2`))?.session).toMatchObject({
    title: "Shared session (conflicting copy)",
    place: "Tab B, stale again",
  });
  expect(problems.get(a)).toEqual([]);
  expect(problems.get(b)).toEqual([]);
  await context.close();
});

test("a session deleted in another tab while this tab edits it is stored again", async () => {
  const context = await app.newContext();
  const a = await openStore(context);
  const id = await createSession(a, "Kept session");
  const b = await openStore(context);
  const seenByB = await opened(b, id);
  // B has not heard of the deletion when it saves its edit.
  await b.evaluate(() => window.sessionHarness.disconnect());
  await a.evaluate((id) => window.sessionHarness.store.remove(id), id);
  expect(await storedSession(a, id)).toBeUndefined();

  const saved = await setPlace(b, id, "Tab B's place", seenByB);
  expect(saved).toEqual({ state: expect.objectContaining({ status: "saved" }), shown: "Tab B's place" });
  expect(await storedSession(b, id)).toMatchObject({ revision: 1, session: { title: "Kept session", place: "Tab B's place" } });
  await reload(a);
  expect((await opened(a, id)).place).toBe("Tab B's place");
  expect(problems.get(a)).toEqual([]);
  expect(problems.get(b)).toEqual([]);
  await context.close();
});

test("a failed write says so and keeps the last good copy; the edit stays on screen and saves once storage works", async () => {
  const context = await app.newContext();
  const page = await openStore(context);
  const id = await createSession(page, "Storage test");
  await setPlace(page, id, "Saved place");
  await page.evaluate(() => window.sessionHarness.failWrites(true));
  const failed = await setPlace(page, id, "Unsaved place");

  expect(failed.state.status).toBe("error");
  expect("message" in failed.state && failed.state.message).toBe(
    "Not saved: the browser's storage for this site is full. The last saved copy is kept, and your changes are still here: " +
      "free some space and edit again to retry, or export the session file to keep it.",
  );
  expect(failed.shown).toBe("Unsaved place");
  expect((await storedSession(page, id))!.session.place).toBe("Saved place");

  const after = await page.evaluate(async (id) => {
    const { store, failWrites } = window.sessionHarness;
    failWrites(false);
    await store.flush();
    return store.saveState(id).status;
  }, id);
  expect(after).toBe("saved");
  expect((await storedSession(page, id))!.session.place).toBe("Unsaved place");
  expect(problems.get(page)).toEqual([]);
  await context.close();
});

test("edits made in the same task are one write; the UI sees Saving… then saved", async () => {
  const context = await app.newContext();
  const page = await openStore(context);
  const id = await createSession(page, "Batched");
  const before = (await storedSession(page, id))!.revision;
  await page.evaluate(async (id) => {
    const { store } = window.sessionHarness;
    const session = store.get(id)!;
    void store.update(id, { ...session, place: "First" });
    void store.update(id, { ...session, place: "Second" });
    await store.update(id, { ...session, place: "Third" });
  }, id);
  expect(await storedSession(page, id)).toMatchObject({ revision: before + 1, session: { place: "Third" } });
  expect(await page.evaluate((id) => window.sessionHarness.stateLog[id], id)).toEqual([
    "saving",
    "saved",
    "saving",
    "saved",
    "saving",
    "saved",
  ]);
  expect(problems.get(page)).toEqual([]);
  await context.close();
});
