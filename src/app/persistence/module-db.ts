import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from "idb";

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
export interface TrashRecord {
  token: string;
  record: ModuleRecord;
  removedAt: string;
}

interface SourcebookDb extends DBSchema {
  modules: { key: string; value: ModuleRecord };
  trash: { key: string; value: TrashRecord };
}

export const DB_NAME = "sourcebook";
const DB_VERSION = 1;
/** Removed modules older than this are forgotten when the database is opened. */
const TRASH_DAYS = 30;

/** The outcome of a conditional write: `current` is what another tab stored meanwhile. */
export type PutResult = { ok: true } | { ok: false; current: ModuleRecord | undefined };

/**
 * The trainer's modules in IndexedDB. Every change is one transaction: when a write fails
 * (storage full, I/O error) it aborts and the record stored before is left as it was.
 */
export class ModuleDb {
  private constructor(private readonly db: IDBPDatabase<SourcebookDb>) {}

  static async open(name = DB_NAME): Promise<ModuleDb> {
    const db = await openDB<SourcebookDb>(name, DB_VERSION, {
      upgrade(db) {
        if (!db.objectStoreNames.contains("modules")) db.createObjectStore("modules", { keyPath: "id" });
        if (!db.objectStoreNames.contains("trash")) db.createObjectStore("trash", { keyPath: "token" });
      },
      // Another tab wants a newer database version: let it, rather than block it.
      blocking() {
        db.close();
      },
    });
    const store = new ModuleDb(db);
    await store.forgetOldTrash().catch(() => undefined);
    return store;
  }

  all(): Promise<ModuleRecord[]> {
    return this.db.getAll("modules");
  }

  get(id: string): Promise<ModuleRecord | undefined> {
    return this.db.get("modules", id);
  }

  /** Writes `record` only if the stored revision is `expected` (undefined: only if there is no record). */
  putIfRevision(record: ModuleRecord, expected: number | undefined): Promise<PutResult> {
    return this.write(["modules"], async (tx) => {
      const modules = tx.objectStore("modules");
      const current = await modules.get(record.id);
      if (current?.revision !== expected) return { ok: false, current };
      await modules.put(record);
      return { ok: true };
    });
  }

  /** Deletes the module `id`, keeping `record` (the version on screen) in the trash under `token`. */
  trash(id: string, token: string, removedAt: string, record: ModuleRecord): Promise<void> {
    return this.write(["modules", "trash"], async (tx) => {
      await tx.objectStore("trash").put({ token, record, removedAt });
      await tx.objectStore("modules").delete(id);
    });
  }

  /**
   * Takes a module out of the trash and stores it as `place` makes it (place sees the record
   * and whether its id is taken meanwhile). Returns the stored record, undefined if the token is unknown.
   */
  untrash(token: string, place: (record: ModuleRecord, taken: ModuleRecord | undefined) => ModuleRecord): Promise<ModuleRecord | undefined> {
    return this.write(["modules", "trash"], async (tx) => {
      const trashed = await tx.objectStore("trash").get(token);
      if (!trashed) return undefined;
      const record = place(trashed.record, await tx.objectStore("modules").get(trashed.record.id));
      if (await tx.objectStore("modules").get(record.id)) throw new Error(`a module with the id "${record.id}" exists already`);
      await tx.objectStore("modules").put(record);
      await tx.objectStore("trash").delete(token);
      return record;
    });
  }

  /**
   * Stores every record of a backup in one transaction. A stored module with other text is moved
   * to the trash first; revisions only go up, so a tab holding an older revision cannot overwrite.
   */
  restore(records: readonly ModuleRecord[], trashToken: (id: string) => string, at: string): Promise<ModuleRecord[]> {
    return this.write(["modules", "trash"], async (tx) => {
      const modules = tx.objectStore("modules");
      const stored: ModuleRecord[] = [];
      for (const record of records) {
        const current = await modules.get(record.id);
        if (current && current.text !== record.text) await tx.objectStore("trash").put({ token: trashToken(record.id), record: current, removedAt: at });
        const revision = current ? Math.max(record.revision, current.revision + 1) : record.revision;
        const next = { ...record, revision };
        await modules.put(next);
        stored.push(next);
      }
      return stored;
    });
  }

  close(): void {
    this.db.close();
  }

  private async forgetOldTrash(): Promise<void> {
    const cutoff = Date.now() - TRASH_DAYS * 24 * 3600 * 1000;
    await this.write(["trash"], async (tx) => {
      const store = tx.objectStore("trash");
      for (const item of await store.getAll()) if (Date.parse(item.removedAt) < cutoff) await store.delete(item.token);
    });
  }

  /** Runs `work` in one read-write transaction; any failure aborts it, so nothing is half written. */
  private async write<T, S extends StoreNames<SourcebookDb>[]>(stores: S, work: (tx: IDBPTransaction<SourcebookDb, S, "readwrite">) => Promise<T>): Promise<T> {
    const tx = this.db.transaction(stores, "readwrite");
    const done = tx.done;
    done.catch(() => undefined); // observed below; an abort must not surface as an unhandled rejection
    try {
      const result = await work(tx);
      await done;
      return result;
    } catch (error) {
      try {
        tx.abort();
      } catch {
        // Already finished (the browser aborted it itself).
      }
      throw error;
    }
  }
}
