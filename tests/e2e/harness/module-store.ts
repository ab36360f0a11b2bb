// The real IdbModuleStore over the bundled modules, exposed on `window` for tests/e2e/module-store.test.ts,
// with a plain table of modules and save states to look at.
import "../../../src/app/zod-config.ts";
import { bundledModuleStore, type IdbModuleStore } from "../../../src/app/module-store.ts";
import { ModuleDb, type ModuleRecord } from "../../../src/app/persistence/module-db.ts";
import { saveStateText } from "../../../src/app/persistence/save-messages.ts";
import * as edits from "../../../src/core/modules/module-edits.ts";
import { parseModule } from "../../../src/core/modules/parse-module.ts";
import { serializeModule } from "../../../src/core/modules/serialize-module.ts";
import { failWrites } from "./fail-writes.ts";

const store = bundledModuleStore();
store.connect();

/** Every record in IndexedDB, read through a connection of its own (not the store's memory). */
async function storedRecords(): Promise<ModuleRecord[]> {
  const db = await ModuleDb.open();
  try {
    return (await db.all()).sort((a, b) => a.id.localeCompare(b.id));
  } finally {
    db.close();
  }
}

/** Deletes the whole database (a new browser profile) once the store has let go of it. */
function wipe(): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase("sourcebook");
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}

function render(): void {
  const rows = store.list().map((m) => {
    const state = store.saveState(m.id);
    const tr = document.createElement("tr");
    tr.dataset.id = m.id;
    for (const [text, cls] of [
      [m.title, "title"],
      [m.origin, "origin"],
      [String(m.excerpts), "excerpts"],
      [saveStateText(state), "state"],
    ] as const) {
      const td = document.createElement("td");
      td.className = cls;
      td.textContent = text;
      if (cls === "state") td.dataset.status = state.status;
      tr.append(td);
    }
    return tr;
  });
  document.getElementById("modules")!.replaceChildren(...rows);
  const own = store.list().filter((m) => m.origin !== "shipped").length;
  document.getElementById("status")!.textContent = store.problems.length
    ? store.problems.join("\n")
    : `${rows.length} modules, ${own} of them yours`;
}

/** Every save state each module went through, in order, as the UI would have seen them. */
const stateLog: Record<string, string[]> = {};
store.addEventListener("change", (event) => {
  const id = (event as CustomEvent<{ id?: string }>).detail?.id;
  if (id) {
    const status = store.saveState(id).status;
    const log = (stateLog[id] ??= []);
    if (log.at(-1) !== status) log.push(status);
  }
  render();
});

const harness = { store, edits, parseModule, serializeModule, storedRecords, failWrites, wipe, stateLog };
declare global {
  interface Window {
    harness: typeof harness & { ready: boolean };
  }
}
window.harness = { ...harness, ready: false };
store.ready.then(() => {
  window.harness.ready = true;
  render();
});

export type { IdbModuleStore };
