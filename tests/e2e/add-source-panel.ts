// The Add a source panel as a trainer uses it, for the e2e tests that add a source.
import type { Page } from "playwright-core";

export const panel = (page: Page) => page.locator("sb-add-source");
export const squash = (s: string | null) => (s ?? "").replace(/\s+/g, " ").trim();

/** Opens the Add a source panel (closed at first) as a trainer does, by its summary. */
export async function openPanel(page: Page) {
  if ((await panel(page).locator("details").getAttribute("open")) === null) await panel(page).locator("summary").click();
}

export async function fill(page: Page, fields: Record<string, string>) {
  await openPanel(page);
  for (const [name, value] of Object.entries(fields)) await panel(page).locator(`input[name="${name}"]`).fill(value);
}

export async function pick(page: Page, name: string, buffer: Buffer, mimeType = "application/pdf") {
  await openPanel(page);
  await panel(page).locator('input[name="file"]').setInputFiles({ name, mimeType, buffer });
}

export const FIELDS = {
  title: "Report on child-friendly justice",
  publisher: "Example Institute",
  date: "2024-05",
  language: "en",
  url: "https://example.org/report.pdf",
  rights: "Quote with attribution.",
};

/** Picks a file, fills in the entry and saves it; the new source's id. */
export async function addSource(page: Page, name: string, buffer: Buffer, fields: Record<string, string> = FIELDS): Promise<string> {
  await pick(page, name, buffer);
  await panel(page).locator(".preview").waitFor();
  await fill(page, fields);
  await panel(page).getByRole("button", { name: "Save to the library" }).click();
  const card = page.locator("sb-source-library li.card", { hasText: fields.title! });
  await card.waitFor();
  return (await card.locator("a[data-source]").getAttribute("data-source"))!;
}

/** How many records an IndexedDB store of the added sources holds. */
export async function storedCount(page: Page, store: "sources" | "readings" = "sources"): Promise<number> {
  return page.evaluate(
    (store) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open("sourcebook-sources");
        open.onerror = () => reject(new Error("cannot open"));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(store)) return resolve(0);
          const count = db.transaction(store).objectStore(store).count();
          count.onsuccess = () => resolve(count.result);
        };
      }),
    store,
  );
}
