import { RevisionDb, type PutResult as RevisionPutResult, type TrashRecord as RevisionTrashRecord } from "./revision-db.ts";

/** One of the trainer's modules as stored: the module file text and what the tabs need to agree on it. */
export interface ModuleRecord {
  id: string;
  /** The module file (the format of issue 3). */
  text: string;
  /** own: made by the trainer; copy: the trainer's edited copy of a shipped module (same id). */
  origin: "own" | "copy";
  /** Goes up by one on every write; a tab only overwrites the revision it last read. */
  revision: number;
  updatedAt: string;
  /** For a copy: the version of the shipped module it was made from. */
  basedOnVersion?: number;
}

/** A removed module, kept so the removal can be undone. */
export type TrashRecord = RevisionTrashRecord<ModuleRecord>;

export const DB_NAME = "sourcebook";

/** The outcome of a conditional write: `current` is what another tab stored meanwhile. */
export type PutResult = RevisionPutResult<ModuleRecord>;

/** The trainer's modules in IndexedDB (object store `modules`, with a `trash`). */
export class ModuleDb extends RevisionDb<ModuleRecord> {
  static async open(name = DB_NAME): Promise<ModuleDb> {
    const store = new ModuleDb(await RevisionDb.openDb(name, "modules"), "modules");
    await store.forgetOldTrash().catch(() => undefined);
    return store;
  }

  /**
   * Stores every record of a backup in one transaction. A stored module with other text is moved
   * to the trash first; revisions only go up, so a tab holding an older revision cannot overwrite.
   */
  restore(records: readonly ModuleRecord[], trashToken: (id: string) => string, at: string): Promise<ModuleRecord[]> {
    return this.write([this.store, "trash"], async (tx) => {
      const modules = tx.objectStore(this.store);
      const stored: ModuleRecord[] = [];
      for (const record of records) {
        const current = (await modules.get(record.id)) as ModuleRecord | undefined;
        if (current && current.text !== record.text)
          await tx.objectStore("trash").put({ token: trashToken(record.id), record: current, removedAt: at });
        const revision = current ? Math.max(record.revision, current.revision + 1) : record.revision;
        const next = { ...record, revision };
        await modules.put(next);
        stored.push(next);
      }
      return stored;
    });
  }
}
