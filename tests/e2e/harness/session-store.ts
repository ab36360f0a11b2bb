// The real IdbSessionStore over the starter sessions, exposed on `window` for tests/e2e/session-store.test.ts.
import "../../../src/app/zod-config.ts";
import { SessionDb, type SessionRecord } from "../../../src/app/persistence/session-db.ts";
import { bundledSessionStore } from "../../../src/app/session-store.ts";
import { failWrites } from "./fail-writes.ts";

const store = bundledSessionStore();
/** Stops hearing other tabs, as a tab does that has not had their news yet. */
const disconnect = store.connect();

/** Every record in IndexedDB, read through a connection of its own (not the store's memory). */
async function storedRecords(): Promise<SessionRecord[]> {
  const db = await SessionDb.open();
  try {
    return (await db.all()).sort((a, b) => a.id.localeCompare(b.id));
  } finally {
    db.close();
  }
}

/** Every save state each session went through, in order, as the UI would have seen them. */
const stateLog: Record<string, string[]> = {};
store.addEventListener("change", (event) => {
  const id = (event as CustomEvent<{ id?: string }>).detail?.id;
  if (id) {
    const status = store.saveState(id).status;
    const log = (stateLog[id] ??= []);
    if (log.at(-1) !== status) log.push(status);
  }
  document.getElementById("status")!.textContent = `${store.list().length} sessions`;
});

const harness = { store, storedRecords, failWrites, disconnect, stateLog };
declare global {
  interface Window {
    sessionHarness: typeof harness & { ready: boolean };
  }
}
window.sessionHarness = { ...harness, ready: false };
void store.ready.then(() => (window.sessionHarness.ready = true));
