import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { root, shots, startApp, type AppBrowser } from "./app-browser.ts";

// The trainer's module library in a real Chromium: IndexedDB, reloads, closed tabs, full disks and two tabs at once.
let app: AppBrowser;
const HARNESS = "tests/e2e/harness/module-store.html";
const shippedFile = (id: string) => readFileSync(join(root, "modules", `${id}.md`), "utf8");

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
  await page.waitForFunction(() => window.harness?.ready === true);
  return page;
}

async function reload(page: Page): Promise<void> {
  await page.reload();
  await page.waitForFunction(() => window.harness?.ready === true);
}

const textOf = (page: Page, id: string) => page.evaluate((id) => window.harness.store.text(id), id);
const listOf = (page: Page) => page.evaluate(() => window.harness.store.list());
const stored = (page: Page) => page.evaluate(() => window.harness.storedRecords());

describe("saving", () => {
  test("a new module, edited, is there after a reload; the UI sees Saving… then Saved", async () => {
    const context = await app.newContext();
    const page = await openStore(context);
    const id = await page.evaluate(async () => {
      const { store, edits } = window.harness;
      const id = await store.create("Questioning child victims", ["police"]);
      const module = store.get(id)!;
      await store.update(id, edits.insertNode(module, module.body.length, { kind: "markdown", text: "A first note." }));
      return id;
    });
    expect(id).toBe("questioning-child-victims");
    expect(await page.evaluate((id) => window.harness.stateLog[id], id)).toEqual(["saving", "saved", "saving", "saved"]);
    const before = await textOf(page, id);
    expect(before).toContain("\nA first note.\n");

    // Two edits in the same task are one write.
    const revisions = await page.evaluate(async (id) => {
      const { store, edits, storedRecords } = window.harness;
      const revision = async () => (await storedRecords()).find((r) => r.id === id)!.revision;
      const first = await revision();
      const m = store.get(id)!;
      void store.update(id, edits.setMeta(m, { minutes: 45 }));
      await store.update(id, edits.setMeta(m, { minutes: 50 }));
      return [first, await revision()];
    }, id);
    expect(revisions[1]).toBe(revisions[0]! + 1);

    await reload(page);
    const after = await textOf(page, id);
    expect(after).toBe(before!.replace("minutes: 60", "minutes: 50"));
    const summary = (await listOf(page)).find((m) => m.id === id)!;
    expect(summary).toMatchObject({ title: "Questioning child victims", origin: "own", audiences: ["police"], reviewStatus: "draft" });
    expect((await listOf(page))[0]!.id).toBe(id); // own modules first
    expect(problems.get(page)).toEqual([]);
    await context.close();
  });

  test("editing a shipped module makes the trainer's copy; the shipped text stays as it is", async () => {
    const context = await app.newContext();
    const page = await openStore(context);
    const id = "criminal-law";
    const file = shippedFile(id);
    expect(await textOf(page, id)).toBe(file);
    expect((await listOf(page)).find((m) => m.id === id)!.origin).toBe("shipped");
    await page.evaluate(async (id) => {
      const { store, edits } = window.harness;
      await store.update(id, edits.setMeta(store.get(id)!, { title: "The criminal law, our edition" }));
    }, id);
    expect((await listOf(page)).filter((m) => m.id === id)).toMatchObject([{ origin: "copy", title: "The criminal law, our edition" }]);
    expect((await stored(page)).map(({ id, origin, basedOnVersion }) => ({ id, origin, basedOnVersion }))).toEqual([
      { id, origin: "copy", basedOnVersion: 1 },
    ]);

    await reload(page);
    expect(await textOf(page, id)).toBe(file.replace(/^title: .*$/m, "title: The criminal law, our edition"));
    // Deleting the copy shows the shipped module again, exactly as in modules/.
    await page.evaluate((id) => window.harness.store.remove(id), id);
    expect(await textOf(page, id)).toBe(file);
    expect(shippedFile(id)).toBe(file);
    expect((await listOf(page)).find((m) => m.id === id)!.origin).toBe("shipped");
    expect(problems.get(page)).toEqual([]);
    await context.close();
  });

  test("duplicate makes an own draft copy under a new id", async () => {
    const context = await app.newContext();
    const page = await openStore(context);
    const copy = await page.evaluate(async () => {
      const { store } = window.harness;
      const id = await store.duplicate("child-victims-in-court");
      const again = await store.duplicate("child-victims-in-court");
      return { id, again, module: store.get(id)!, summary: store.list().find((m) => m.id === id) };
    });
    expect([copy.id, copy.again]).toEqual(["child-victims-in-court-copy", "child-victims-in-court-copy-2"]);
    expect(copy.module.meta).toMatchObject({
      id: "child-victims-in-court-copy",
      title: "Child victims and witnesses in court (copy)",
      review: { status: "draft" },
    });
    const shipped = readFileSync(join(root, "modules", "child-victims-in-court.md"), "utf8").match(/^:::excerpt /gm)!.length;
    expect(copy.summary).toMatchObject({ origin: "own", excerpts: shipped });
    expect((await listOf(page)).find((m) => m.id === "child-victims-in-court")!.origin).toBe("shipped");
    await context.close();
  });

  test("remove, then undo: the module is back, text and all, also after a reload", async () => {
    const context = await app.newContext();
    const page = await openStore(context);
    const { id, text, token, listed, refusal } = await page.evaluate(async () => {
      const { store } = window.harness;
      const id = await store.create("To be deleted");
      const text = store.text(id);
      const token = await store.remove(id);
      const refusal = await store.remove("non-punishment").catch((e: Error) => e.message);
      return { id, text, token, listed: store.list().some((m) => m.id === id), refusal };
    });
    expect(listed).toBe(false);
    expect(refusal).toMatch(/shipped module cannot be deleted/);
    expect((await stored(page)).map((r) => r.id)).not.toContain(id);
    await page.evaluate((token) => window.harness.store.undoRemove(token), token);
    expect(await textOf(page, id)).toBe(text);
    await reload(page);
    expect(await textOf(page, id)).toBe(text);
    expect(await page.evaluate((token) => window.harness.store.undoRemove(token).catch((e: Error) => e.message), token)).toMatch(
      /nothing to undo/,
    );
    expect(problems.get(page)).toEqual([]);
    await context.close();
  });

  test("undo and redo are saved too", async () => {
    const context = await app.newContext();
    const page = await openStore(context);
    const titles = await page.evaluate(async () => {
      const { store, edits } = window.harness;
      const id = await store.create("First");
      await store.update(id, edits.setMeta(store.get(id)!, { summary: "Second." }));
      const title = async () => (await window.harness.storedRecords()).find((r) => r.id === id)!.text.match(/^summary: (.*)$/m)![1];
      const seen = [await title()];
      await store.undo(id);
      seen.push(await title(), String(store.canUndo(id)), String(store.canRedo(id)));
      await store.redo(id);
      seen.push(await title());
      return seen;
    });
    expect(titles).toEqual(["Second.", '""', "false", "true", "Second."]);
    await context.close();
  });
});

describe("files in and out", () => {
  test("export gives the module file: the text serializeModule writes", async () => {
    const context = await app.newContext();
    const page = await openStore(context);
    const out = await page.evaluate(async () => {
      const { store, serializeModule, parseModule } = window.harness;
      const id = await store.create("Exported module");
      await store.addExcerpt(id, "What the reports found", {
        sourceId: "un-hrc-25-48-add1",
        locator: "para. 75",
        quote:
          "Children are interrogated by police officers and give their statements in the same way as adults, in public areas of police stations",
        anchor: { fingerprint: "0".repeat(64), start: 0, end: 1, prefix: "", suffix: "" },
      });
      const file = store.exportModule(id);
      return {
        file,
        serialized: serializeModule(store.get(id)!),
        errors: parseModule(file.text, file.fileName).errors.map((e) => e.message),
      };
    });
    expect(out.file.fileName).toBe("exported-module.md");
    expect(out.file.text).toBe(out.serialized);
    expect(out.errors).toEqual([]);
    expect(out.file.text).toContain('\n## What the reports found\n\n:::excerpt un-hrc-25-48-add1 "para. 75"\nChildren are interrogated');
    await context.close();
  });

  test("backup, wipe the browser's storage, restore: the same list and the same texts", async () => {
    const context = await app.newContext();
    const page = await openStore(context);
    const backup = await page.evaluate(async () => {
      const { store, edits } = window.harness;
      const a = await store.create("Own module one", ["judicial"]);
      await store.create("Own module two");
      await store.update(a, edits.addSection(store.get(a)!, "A second section"));
      await store.update("identifying-victims", edits.setMeta(store.get("identifying-victims")!, { minutes: 75 }));
      return store.backup();
    });
    expect(backup.fileName).toMatch(/^sourcebook-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const listBefore = await listOf(page);
    const textsBefore = await page.evaluate(() => window.harness.store.list().map((m) => window.harness.store.text(m.id)));
    expect(listBefore.filter((m) => m.origin !== "shipped")).toHaveLength(3);

    await page.evaluate(() => window.harness.wipe());
    await reload(page);
    expect((await listOf(page)).every((m) => m.origin === "shipped")).toBe(true);

    expect(await page.evaluate(({ fileName, text }) => window.harness.store.restore(fileName, text), backup)).toEqual({ restored: 3 });
    expect(await listOf(page)).toEqual(listBefore);
    expect(await page.evaluate(() => window.harness.store.list().map((m) => window.harness.store.text(m.id)))).toEqual(textsBefore);
    await reload(page);
    expect(await listOf(page)).toEqual(listBefore);
    expect(await page.evaluate(() => window.harness.store.list().map((m) => window.harness.store.text(m.id)))).toEqual(textsBefore);
    expect(problems.get(page)).toEqual([]);
    await context.close();
  });

  test("a bad import or restore is refused with file:line: field and changes nothing", async () => {
    const context = await app.newContext();
    const page = await openStore(context);
    await page.evaluate(() => window.harness.store.create("Already here"));
    const recordsBefore = await stored(page);
    const listBefore = await listOf(page);
    const shipped = shippedFile("non-punishment");
    const badModule = shipped.replace(/^objectives:\n {2}- .*$/m, 'objectives:\n  - ""');
    const objectivesLine = shipped.split("\n").findIndex((l) => l.startsWith("objectives:")) + 2;
    const goodBackup = await page.evaluate(() => window.harness.store.backup().text);
    const badBackup = JSON.stringify({
      ...JSON.parse(goodBackup),
      modules: [{ ...JSON.parse(goodBackup).modules[0], text: badModule.replace("id: non-punishment", "id: already-here") }],
    });

    const results = await page.evaluate(
      async ({ badModule, shipped, badBackup }) => {
        const { store } = window.harness;
        return {
          bad: await store.importModule("non-punishment.md", badModule),
          clash: await store.importModule("non-punishment.md", shipped.replace(/^title: .*$/m, "title: Changed")),
          same: await store.importModule("non-punishment.md", shipped),
          restore: await store.restore("my-backup.json", badBackup),
          notJson: await store.restore("notes.txt", "these are my notes"),
        };
      },
      { badModule, shipped, badBackup },
    );
    expect(results.bad).toEqual({ error: `non-punishment.md:${objectivesLine}: objectives[0]: expected text` });
    expect("error" in results.clash && results.clash.error).toMatch(
      /^non-punishment\.md:2: id: a shipped module has the id "non-punishment" .*Change the id in the file/,
    );
    expect(results.same).toEqual({ id: "non-punishment" });
    expect(results.restore).toEqual({
      error: `my-backup.json: modules[0] (already-here.md):${objectivesLine}: objectives[0]: expected text`,
    });
    expect("error" in results.notJson && results.notJson.error).toMatch(/^notes\.txt: not a Sourcebook backup/);
    expect(await stored(page)).toEqual(recordsBefore);
    expect(await listOf(page)).toEqual(listBefore);

    // A good file is taken, and an own module's id is then taken too.
    const own = shipped.replace("id: non-punishment", "id: imported-module");
    expect(await page.evaluate((own) => window.harness.store.importModule("imported-module.md", own), own)).toEqual({
      id: "imported-module",
    });
    const again = await page.evaluate((own) => window.harness.store.importModule("x.md", own.replace(/^minutes: .*$/m, "minutes: 5")), own);
    expect("error" in again && again.error).toMatch(
      /^x\.md:2: id: your library already has a module "imported-module" .*or delete that module first/,
    );
    await reload(page);
    expect(await textOf(page, "imported-module")).toBe(own);
    expect(problems.get(page)).toEqual([]);
    await context.close();
  });
});

describe("nothing lost", () => {
  test("a failed write says so and keeps the last good copy; the edit stays on screen and saves once storage works", async () => {
    const context = await app.newContext();
    const page = await openStore(context);
    const id = await page.evaluate(async () => {
      const { store, edits } = window.harness;
      const id = await store.create("Storage test");
      await store.update(id, edits.setMeta(store.get(id)!, { summary: "Saved version." }));
      window.harness.failWrites(true);
      await store.update(id, edits.setMeta(store.get(id)!, { summary: "Unsaved version." }));
      return id;
    });
    const state = await page.evaluate((id) => window.harness.store.saveState(id), id);
    expect(state).toMatchObject({ status: "error" });
    expect("message" in state && state.message).toMatch(/storage for this site is full.*last saved copy is kept/);
    expect(await textOf(page, id)).toContain("summary: Unsaved version.");
    expect((await stored(page)).find((r) => r.id === id)!.text).toContain("summary: Saved version.");
    await page.locator(`tr[data-id="${id}"] td.state[data-status="error"]`).waitFor();
    await page.screenshot({ path: `${shots}/module-store-write-failed.png`, fullPage: true });

    // Reload while the disk is still full: IndexedDB still holds the last good copy, and the
    // unsaved edit (journaled as the page went away) is back on screen, still marked as not saved.
    await reload(page);
    expect((await stored(page)).find((r) => r.id === id)!.text).toContain("summary: Saved version.");
    expect(await textOf(page, id)).toContain("summary: Unsaved version.");
    expect(await page.evaluate((id) => window.harness.store.saveState(id).status, id)).toBe("error");

    // Once writes work again, it is saved.
    const after = await page.evaluate(async (id) => {
      const { store } = window.harness;
      window.harness.failWrites(false);
      await store.flush();
      return { now: store.saveState(id).status, stored: (await window.harness.storedRecords()).find((r) => r.id === id)!.text };
    }, id);
    expect(after).toMatchObject({ now: "saved" });
    expect(after.stored).toContain("summary: Unsaved version.");
    await reload(page);
    expect(await textOf(page, id)).toContain("summary: Unsaved version.");
    expect(await page.evaluate((id) => window.harness.store.saveState(id).status, id)).toBe("saved");
    expect(problems.get(page)).toEqual([]);
    await context.close();
  });

  test("an edit made just before the tab closes is there when it opens again", async () => {
    const context = await app.newContext();
    const first = await openStore(context);
    const id = await first.evaluate(() => window.harness.store.create("Closed tab"));
    await first.evaluate((id) => {
      const { store, edits } = window.harness;
      void store.update(id, edits.setMeta(store.get(id)!, { summary: "Typed just before closing." }));
    }, id);
    const closed = new Promise((resolve) => first.once("close", resolve));
    await first.close({ runBeforeUnload: true });
    await closed;
    const second = await openStore(context);
    expect(await textOf(second, id)).toContain("summary: Typed just before closing.");

    // Leaving the page (pagehide) in the same task as the edit.
    await second.evaluate((id) => {
      const { store, edits } = window.harness;
      void store.update(id, edits.setMeta(store.get(id)!, { summary: "Typed just before reloading." }));
      location.reload();
    }, id);
    await second.waitForFunction(() => window.harness?.ready === true);
    expect(await textOf(second, id)).toContain("summary: Typed just before reloading.");
    expect(problems.get(second)).toEqual([]);
    await context.close();
  });

  test("an edit journaled by a closed tab over a version another tab has since changed becomes a conflicting copy", async () => {
    const context = await app.newContext();
    const page = await openStore(context);
    const id = await page.evaluate(async () => {
      const { store, edits } = window.harness;
      const id = await store.create("Journaled module");
      const [record] = await window.harness.storedRecords();
      // A tab closed with this edit of revision 1 unsaved, while this tab went on to revision 2.
      const closedTab = { ...record!, text: record!.text.replace(/^summary: .*$/m, "summary: The closed tab's version."), revision: 2 };
      localStorage.setItem(`sourcebook-journal/closed-tab/${id}`, JSON.stringify({ tabId: "closed-tab", record: closedTab, base: 1 }));
      await store.update(id, edits.setMeta(store.get(id)!, { summary: "This tab's version." }));
      return id;
    });
    await reload(page);
    const list = await listOf(page);
    expect(list.find((m) => m.id === id)!.summary).toBe("This tab's version.");
    expect(list.find((m) => m.id === `${id}-conflicting-copy`)).toMatchObject({
      title: "Journaled module (conflicting copy)",
      summary: "The closed tab's version.",
    });
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("sourcebook-journal/")))).toEqual([]);
    expect(problems.get(page)).toEqual([]);
    await context.close();
  });

  test("two tabs: the second save does not overwrite the first; it is kept as a conflicting copy", async () => {
    const context = await app.newContext();
    const a = await openStore(context);
    const b = await openStore(context);
    const id = await a.evaluate(() => window.harness.store.create("Shared module"));
    // Tab B hears of the new module and opens it in its editor.
    await b.waitForFunction((id) => window.harness.store.list().some((m) => m.id === id), id);
    await b.evaluate((id) => ((window as unknown as { opened: unknown }).opened = window.harness.store.get(id)), id);
    await a.evaluate(async (id) => {
      const { store, edits } = window.harness;
      await store.update(id, edits.setMeta(store.get(id)!, { summary: "Tab A's summary." }));
    }, id);
    // B re-reads A's save, but its editor still holds the version it opened: B's next save builds on that.
    await b.waitForFunction((id) => window.harness.store.list().find((m) => m.id === id)?.summary === "Tab A's summary.", id);
    const conflict = await b.evaluate(async (id) => {
      const { store, edits } = window.harness;
      const opened = (window as unknown as { opened: Parameters<typeof edits.setMeta>[0] }).opened;
      await store.update(id, edits.setMeta(opened, { summary: "Tab B's summary." }));
      return { state: store.saveState(id), shown: store.get(id)!.meta.summary };
    }, id);
    expect(conflict.state.status).toBe("conflict");
    expect("message" in conflict.state && conflict.state.message).toContain('"Shared module (conflicting copy)"');
    expect(conflict.shown).toBe("Tab A's summary.");
    await b.locator('td.state[data-status="conflict"]').waitFor();
    await b.screenshot({ path: `${shots}/module-store-two-tabs-conflict.png`, fullPage: true });

    const records = await a.evaluate(() => window.harness.storedRecords());
    expect(records.find((r) => r.id === id)!.text).toContain("summary: Tab A's summary.");
    const copy = records.find((r) => r.id === `${id}-conflicting-copy`)!;
    expect(copy.text).toContain("title: Shared module (conflicting copy)");
    expect(copy.text).toContain("summary: Tab B's summary.");
    // Tab A is told too, and both are there after reloading either tab.
    await a.waitForFunction((id) => window.harness.store.list().some((m) => m.id === `${id}-conflicting-copy`), id);
    for (const page of [a, b]) {
      await reload(page);
      const list = await listOf(page);
      expect(list.find((m) => m.id === id)!.summary).toBe("Tab A's summary.");
      expect(list.find((m) => m.id === `${id}-conflicting-copy`)!.summary).toBe("Tab B's summary.");
    }

    // Once B has read the current version (as its editor does on `change`), B's edits save normally.
    const normal = await b.evaluate(async (id) => {
      const { store, edits } = window.harness;
      await store.update(id, edits.setMeta(store.get(id)!, { minutes: 30 }));
      return { state: store.saveState(id).status, copies: store.list().filter((m) => m.title.includes("conflicting copy")).length };
    }, id);
    expect(normal).toEqual({ state: "saved", copies: 1 });

    // The same for a shipped module: each tab edits it, the first makes the copy, the second's edit is kept aside.
    await a.evaluate(() => window.harness.store.get("online-exploitation"));
    await b.evaluate(() => ((window as unknown as { opened: unknown }).opened = window.harness.store.get("online-exploitation")));
    await a.evaluate(async () => {
      const { store, edits } = window.harness;
      await store.update("online-exploitation", edits.setMeta(store.get("online-exploitation")!, { minutes: 20 }));
    });
    const shippedConflict = await b.evaluate(async () => {
      const { store, edits } = window.harness;
      const opened = (window as unknown as { opened: Parameters<typeof edits.setMeta>[0] }).opened;
      await store.update("online-exploitation", edits.setMeta(opened, { minutes: 25 }));
      return store.saveState("online-exploitation").status;
    });
    expect(shippedConflict).toBe("conflict");
    const after = await a.evaluate(() => window.harness.storedRecords());
    expect(after.find((r) => r.id === "online-exploitation")!.text).toContain("minutes: 20");
    expect(after.find((r) => r.id === "online-exploitation-conflicting-copy")!.text).toContain("minutes: 25");
    expect(problems.get(a)).toEqual([]);
    expect(problems.get(b)).toEqual([]);
    await context.close();
  });
});
