import { conflictingCopy, type RecordKind, type SavedEntry, type SavedRecord } from "./record-kind.ts";
import type { RevisionDb } from "./revision-db.ts";

/**
 * An edit a tab had not stored when its page went away (or was hidden, and may never come back).
 * IndexedDB work started in `pagehide` is cut off when the document unloads, so these go to
 * localStorage, which is written at once; the next tab to start stores them in IndexedDB.
 */
export interface JournalRecord<R extends SavedRecord> {
  tabId: string;
  /** The record as the closing tab had it. */
  record: R;
  /** The stored revision that version was based on. */
  base?: number;
  /** A write the tab had started (it may have finished): finding it stored is as good as finding `base`. */
  inFlight?: { revision: number; content: string };
}

/** Where one kind's journal lives in localStorage ("sourcebook-journal/" for modules, as it always was). */
const prefixOf = (kind: { readonly journal: string }) => kind.journal;
const keyOf = (prefix: string, tabId: string, id: string) => `${prefix}${tabId}/${id}`;

/** Writes journal records synchronously; false when the browser refused (storage full or disabled). */
export function writeJournal<R extends SavedRecord, E extends SavedEntry<R>>(
  kind: RecordKind<R, E>,
  records: readonly JournalRecord<R>[],
  storage: Storage | undefined = localStorageOrNone(),
): boolean {
  try {
    for (const record of records) storage?.setItem(keyOf(prefixOf(kind), record.tabId, record.record.id), JSON.stringify(record));
    return storage !== undefined;
  } catch {
    return false;
  }
}

/** Whether the journal has room for this record now; nothing is left behind. */
export function journalHasRoom<R extends SavedRecord, E extends SavedEntry<R>>(
  kind: RecordKind<R, E>,
  record: JournalRecord<R>,
  storage: Storage | undefined = localStorageOrNone(),
): boolean {
  const key = `${prefixOf(kind)}room-check`;
  try {
    storage?.setItem(key, JSON.stringify(record));
    storage?.removeItem(key);
    return storage !== undefined;
  } catch {
    return false;
  }
}

/** Forgets this tab's journal records for these ids (they have been stored the normal way). */
export function dropJournal<R extends SavedRecord, E extends SavedEntry<R>>(
  kind: RecordKind<R, E>,
  tabId: string,
  ids: Iterable<string>,
  storage: Storage | undefined = localStorageOrNone(),
): void {
  for (const id of ids) storage?.removeItem(keyOf(prefixOf(kind), tabId, id));
}

/** The revision a journaled version builds on, given what is stored now. */
export function journalBase<R extends SavedRecord, E extends SavedEntry<R>>(
  kind: RecordKind<R, E>,
  { base, inFlight }: JournalRecord<R>,
  current: R | undefined,
): number | undefined {
  // The closing tab's own last write got through: build on it.
  return inFlight && current?.revision === inFlight.revision && kind.contentOf(current) === inFlight.content ? inFlight.revision : base;
}

/** A journaled edit that could not be stored yet, now journaled under this tab, and why. */
export interface Unstored<R extends SavedRecord> {
  entry: JournalRecord<R>;
  error: unknown;
}

/**
 * Stores what other tabs journaled as they closed: saved as usual when nobody changed the record
 * since, kept as a conflicting copy otherwise. Each record is taken out first, so one tab stores it.
 * What cannot be stored now (storage full) is journaled again under `tabId` and returned.
 */
export async function replayJournal<R extends SavedRecord, E extends SavedEntry<R>>(
  kind: RecordKind<R, E>,
  db: RevisionDb<R>,
  tabId: string,
  bundled: (id: string) => boolean,
  now: string,
  storage: Storage | undefined = localStorageOrNone(),
): Promise<Unstored<R>[]> {
  const unstored: Unstored<R>[] = [];
  if (!storage) return unstored;
  const prefix = prefixOf(kind);
  const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter(
    (k): k is string => !!k?.startsWith(prefix) && !k.startsWith(`${prefix}${tabId}/`) && k !== `${prefix}room-check`,
  );
  if (keys.length === 0) return unstored;
  const stored = new Set((await db.all()).map((r) => r.id));
  const taken = (id: string) => bundled(id) || stored.has(id);
  for (const key of keys) {
    const text = storage.getItem(key);
    storage.removeItem(key);
    const entry = text === null ? undefined : parseJournal(kind, text);
    if (!entry) continue;
    try {
      const copyId = await applyJournal(kind, db, entry, taken, now);
      if (copyId) stored.add(copyId);
    } catch (error) {
      const mine = { ...entry, tabId };
      writeJournal(kind, [mine], storage);
      unstored.push({ entry: mine, error });
    }
  }
  return unstored;
}

/** Stores one journaled edit; returns the id of the conflicting copy when one was made. */
async function applyJournal<R extends SavedRecord, E extends SavedEntry<R>>(
  kind: RecordKind<R, E>,
  db: RevisionDb<R>,
  journaled: JournalRecord<R>,
  taken: (id: string) => boolean,
  now: string,
): Promise<string | undefined> {
  const { record } = journaled;
  const base = journalBase(kind, journaled, await db.get(record.id));
  const saved = await db.putIfRevision({ ...record, revision: (base ?? 0) + 1 }, base);
  if (saved.ok || (saved.current && kind.contentOf(saved.current) === kind.contentOf(record))) return undefined;
  if (!saved.current) {
    await db.putIfRevision({ ...record, revision: 1 }, undefined);
    return undefined;
  }
  const read = kind.entryOf(record, undefined);
  if ("problem" in read) return undefined;
  const copy = conflictingCopy(kind, record.id, read, taken, now);
  if (!(await db.putIfRevision(copy.record, undefined)).ok) throw new Error(`the id ${copy.record.id} is taken`);
  return copy.record.id;
}

function parseJournal<R extends SavedRecord, E extends SavedEntry<R>>(kind: RecordKind<R, E>, text: string): JournalRecord<R> | undefined {
  try {
    const entry = JSON.parse(text) as JournalRecord<R>;
    if (typeof entry?.record?.id !== "string") return undefined;
    return "problem" in kind.entryOf(entry.record, undefined) ? undefined : entry;
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
