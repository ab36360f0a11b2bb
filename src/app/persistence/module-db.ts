import type { SavedRecord } from "./record-kind.ts";
import { RevisionDb } from "./revision-db.ts";

/** One of the trainer's modules as stored: the module file text and what the tabs need to agree on it. */
export interface ModuleRecord extends SavedRecord {
  /** The module file (the format of issue 3). */
  text: string;
  /** For a copy: the version of the shipped module it was made from. */
  basedOnVersion?: number;
}

export const DB_NAME = "sourcebook";

/** The trainer's modules in IndexedDB (object store `modules`, with a `trash`). */
export class ModuleDb extends RevisionDb<ModuleRecord> {
  static open(name = DB_NAME): Promise<ModuleDb> {
    return RevisionDb.openAs(name, "modules", (db, store) => new ModuleDb(db, store));
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
