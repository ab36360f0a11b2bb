import { openDB, type IDBPDatabase, type IDBPTransaction } from "idb";

/** What every stored record has: an id, and a revision that goes up by one on every write. */
export interface Revisioned {
  id: string;
  /** A tab only overwrites the revision it last read. */
  revision: number;
}

/** A removed record, kept so the removal can be undone. */
export interface TrashRecord<R> {
  token: string;
  record: R;
  removedAt: string;
}

/** The outcome of a conditional write: `current` is what another tab stored meanwhile. */
export type PutResult<R> = { ok: true } | { ok: false; current: R | undefined };

/** Removed records older than this are forgotten when the database is opened. */
const TRASH_DAYS = 30;
const DB_VERSION = 1;

/**
 * One IndexedDB database of revisioned records (modules, sessions) with a trash for undo.
 * Every change is one transaction: when a write fails (storage full, I/O error) it aborts and the
 * record stored before is left as it was.
 */
export class RevisionDb<R extends Revisioned> {
  protected constructor(
    private readonly db: IDBPDatabase,
    /** The object store holding the records ("modules", "sessions"). */
    protected readonly store: string,
  ) {}

  /**
   * Opens (or creates) the database `name` with the object store `store` and a `trash`, as the
   * class `make` builds over it, forgetting removals older than the trash keeps.
   */
  protected static async openAs<D extends RevisionDb<Revisioned>>(
    name: string,
    store: string,
    make: (db: IDBPDatabase, store: string) => D,
  ): Promise<D> {
    const db: IDBPDatabase = await openDB(name, DB_VERSION, {
      upgrade(db) {
        if (!db.objectStoreNames.contains(store)) db.createObjectStore(store, { keyPath: "id" });
        if (!db.objectStoreNames.contains("trash")) db.createObjectStore("trash", { keyPath: "token" });
      },
      // Another tab wants a newer database version: let it, rather than block it.
      blocking() {
        db.close();
      },
    });
    const opened = make(db, store);
    await opened.forgetOldTrash().catch(() => undefined);
    return opened;
  }

  all(): Promise<R[]> {
    return this.db.getAll(this.store);
  }

  get(id: string): Promise<R | undefined> {
    return this.db.get(this.store, id);
  }

  /** Writes `record` only if the stored revision is `expected` (undefined: only if there is no record). */
  putIfRevision(record: R, expected: number | undefined): Promise<PutResult<R>> {
    return this.write([this.store], async (tx) => {
      const items = tx.objectStore(this.store);
      const current = (await items.get(record.id)) as R | undefined;
      if (current?.revision !== expected) return { ok: false, current };
      await items.put(record);
      return { ok: true };
    });
  }

  /** Deletes `id`, keeping `record` (the version on screen) in the trash under `token`. */
  trash(id: string, token: string, removedAt: string, record: R): Promise<void> {
    return this.write([this.store, "trash"], async (tx) => {
      await tx.objectStore("trash").put({ token, record, removedAt } satisfies TrashRecord<R>);
      await tx.objectStore(this.store).delete(id);
    });
  }

  /**
   * Takes a record out of the trash and stores it as `place` makes it (place sees the record and
   * what now holds its id, if anything). Returns the stored record, undefined if the token is unknown.
   */
  untrash(token: string, place: (record: R, taken: R | undefined) => R): Promise<R | undefined> {
    return this.write([this.store, "trash"], async (tx) => {
      const trashed = (await tx.objectStore("trash").get(token)) as TrashRecord<R> | undefined;
      if (!trashed) return undefined;
      const record = place(trashed.record, (await tx.objectStore(this.store).get(trashed.record.id)) as R | undefined);
      if (await tx.objectStore(this.store).get(record.id)) throw new Error(`a record with the id "${record.id}" exists already`);
      await tx.objectStore(this.store).put(record);
      await tx.objectStore("trash").delete(token);
      return record;
    });
  }

  close(): void {
    this.db.close();
  }

  protected async forgetOldTrash(): Promise<void> {
    const cutoff = Date.now() - TRASH_DAYS * 24 * 3600 * 1000;
    await this.write(["trash"], async (tx) => {
      const trash = tx.objectStore("trash");
      for (const item of (await trash.getAll()) as TrashRecord<R>[])
        if (Date.parse(item.removedAt) < cutoff) await trash.delete(item.token);
    });
  }

  /** Runs `work` in one read-write transaction; any failure aborts it, so nothing is half written. */
  protected async write<T>(stores: string[], work: (tx: IDBPTransaction<unknown, string[], "readwrite">) => Promise<T>): Promise<T> {
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
