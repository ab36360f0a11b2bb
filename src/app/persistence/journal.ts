import type { ModuleDb, ModuleRecord } from "./module-db.ts";
import { moduleKind } from "./module-entry.ts";
import { conflictingCopy } from "./record-kind.ts";

/**
 * An edit a tab had not stored when its page went away. IndexedDB work started in `pagehide` is
 * cut off when the document unloads, so these go to localStorage, which is written at once; the
 * next tab to start stores them in IndexedDB.
 */
export interface JournalRecord {
  tabId: string;
  /** The module as the closing tab had it. */
  record: ModuleRecord;
  /** The stored revision that version was based on. */
  base?: number;
  /** A write the tab had started (it may have finished): finding it stored is as good as finding `base`. */
  inFlight?: { revision: number; text: string };
}

const PREFIX = "sourcebook-journal/";
const keyOf = (tabId: string, id: string) => `${PREFIX}${tabId}/${id}`;

/** Writes journal records synchronously; false when the browser refused (storage full or disabled). */
export function writeJournal(records: readonly JournalRecord[], storage: Storage | undefined = localStorageOrNone()): boolean {
  try {
    for (const record of records) storage?.setItem(keyOf(record.tabId, record.record.id), JSON.stringify(record));
    return storage !== undefined;
  } catch {
    return false;
  }
}

/** Forgets this tab's journal records for these modules (they have been stored the normal way). */
export function dropJournal(tabId: string, ids: Iterable<string>, storage: Storage | undefined = localStorageOrNone()): void {
  for (const id of ids) storage?.removeItem(keyOf(tabId, id));
}

/** The revision a journaled version builds on, given what is stored now. */
export function journalBase({ base, inFlight }: JournalRecord, current: ModuleRecord | undefined): number | undefined {
  // The closing tab's own last write got through: build on it.
  return inFlight && current?.revision === inFlight.revision && current.text === inFlight.text ? inFlight.revision : base;
}

/** A journaled edit that could not be stored yet, now journaled under this tab, and why. */
export interface Unstored {
  entry: JournalRecord;
  error: unknown;
}

/**
 * Stores what other tabs journaled as they closed: saved as usual when nobody changed the module
 * since, kept as a conflicting copy otherwise. Each record is taken out first, so one tab stores it.
 * What cannot be stored now (storage full) is journaled again under `tabId` and returned.
 */
export async function replayJournal(
  db: ModuleDb,
  tabId: string,
  shipped: (id: string) => boolean,
  now: string,
  storage: Storage | undefined = localStorageOrNone(),
): Promise<Unstored[]> {
  const unstored: Unstored[] = [];
  if (!storage) return unstored;
  const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter(
    (k): k is string => !!k?.startsWith(PREFIX) && !k.startsWith(`${PREFIX}${tabId}/`),
  );
  if (keys.length === 0) return unstored;
  const stored = new Set((await db.all()).map((r) => r.id));
  const taken = (id: string) => shipped(id) || stored.has(id);
  for (const key of keys) {
    const text = storage.getItem(key);
    storage.removeItem(key);
    const entry = text === null ? undefined : parseJournal(text);
    if (!entry) continue;
    try {
      const copyId = await applyJournal(db, entry, taken, now);
      if (copyId) stored.add(copyId);
    } catch (error) {
      const mine = { ...entry, tabId };
      writeJournal([mine], storage);
      unstored.push({ entry: mine, error });
    }
  }
  return unstored;
}

/** Stores one journaled edit; returns the id of the conflicting copy when one was made. */
async function applyJournal(
  db: ModuleDb,
  journaled: JournalRecord,
  taken: (id: string) => boolean,
  now: string,
): Promise<string | undefined> {
  const { record } = journaled;
  const base = journalBase(journaled, await db.get(record.id));
  const saved = await db.putIfRevision({ ...record, revision: (base ?? 0) + 1 }, base);
  if (saved.ok || saved.current?.text === record.text) return undefined;
  if (!saved.current) {
    await db.putIfRevision({ ...record, revision: 1 }, undefined);
    return undefined;
  }
  const read = moduleKind.entryOf(record, undefined);
  if ("problem" in read) return undefined;
  const copy = conflictingCopy(moduleKind, record.id, read, taken, now);
  if (!(await db.putIfRevision(copy.record, undefined)).ok) throw new Error(`the id ${copy.record.id} is taken`);
  return copy.record.id;
}

function parseJournal(text: string): JournalRecord | undefined {
  try {
    const entry = JSON.parse(text) as JournalRecord;
    return typeof entry?.record?.id === "string" && typeof entry.record.text === "string" ? entry : undefined;
  } catch {
    return undefined;
  }
}

function localStorageOrNone(): Storage | undefined {
  try {
    return typeof localStorage === "undefined" ? undefined : localStorage;
  } catch {
    return undefined; // a sandboxed page may not touch it at all
  }
}
