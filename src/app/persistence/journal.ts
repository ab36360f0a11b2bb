import { setMeta } from "../../core/modules/module-edits.ts";
import type { Module } from "../../core/schema/module.ts";
import type { JournalRecord, ModuleDb, ModuleRecord } from "./module-db.ts";
import { asStored, freeId, moduleFile, readModule } from "./module-entry.ts";

/** This tab's version of a module that another tab changed first, as a new own module "<title> (conflicting copy)". */
export function conflictingCopy(module: Module, id: string, taken: (id: string) => boolean, updatedAt: string): { module: Module; record: ModuleRecord } {
  const copyId = freeId(`${id}-conflicting-copy`, taken);
  const copy = asStored(setMeta(module, { id: copyId, title: `${module.meta.title} (conflicting copy)` }), copyId);
  return { module: copy.module, record: { id: copyId, text: copy.text, origin: "own", revision: 1, updatedAt } };
}

/**
 * Applies what other tabs journaled as they closed: saved as usual when nobody changed the module
 * since, kept as a conflicting copy otherwise. Each record is claimed first, so only one tab applies it.
 */
export async function replayJournal(db: ModuleDb, tabId: string, shipped: (id: string) => boolean, now: string): Promise<void> {
  const pending = (await db.journalRecords()).filter((j) => j.tabId !== tabId);
  if (pending.length === 0) return;
  const stored = new Set((await db.all()).map((r) => r.id));
  const taken = (id: string) => shipped(id) || stored.has(id);
  for (const entry of pending) {
    const claimed = await db.claimJournal(entry.key);
    if (!claimed) continue;
    try {
      const copyId = await applyJournal(db, claimed, taken, now);
      if (copyId) stored.add(copyId);
    } catch {
      // Could not apply it now (storage full?): leave it for the next start.
      await db.journal([claimed]).catch(() => undefined);
    }
  }
}

/** Stores one journaled edit; returns the id of the conflicting copy when one was made. */
async function applyJournal(db: ModuleDb, journaled: JournalRecord, taken: (id: string) => boolean, now: string): Promise<string | undefined> {
  const { record, inFlight } = journaled;
  const current = await db.get(record.id);
  // The closing tab's own last write got through: build on it.
  const base = inFlight && current?.revision === inFlight.revision && current.text === inFlight.text ? inFlight.revision : journaled.base;
  const saved = await db.putIfRevision({ ...record, revision: (base ?? 0) + 1 }, base);
  if (saved.ok || saved.current?.text === record.text) return undefined;
  if (!saved.current) {
    await db.putIfRevision({ ...record, revision: 1 }, undefined);
    return undefined;
  }
  const read = readModule(record.text, moduleFile(record.id));
  if (!read.module) return undefined;
  const copy = conflictingCopy(read.module, record.id, taken, now);
  if (!(await db.putIfRevision(copy.record, undefined)).ok) throw new Error(`the id ${copy.record.id} is taken`);
  return copy.record.id;
}
