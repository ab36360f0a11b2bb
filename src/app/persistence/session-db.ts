import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from "idb";
import type { Session } from "../../core/schema/session.ts";

/** One of the trainer's sessions as stored, and what the tabs need to agree on it. */
export interface SessionRecord {
  id: string;
  /** The session as the trainer left it: possibly unfinished (empty fields, no agenda yet). */
  session: Session;
  /** own: made by the trainer (blank, from a starter, or imported); copy: an edited starter, under its id. */
  origin: "own" | "copy";
  /** Goes up by one on every write; a tab only overwrites the revision it last read. */
  revision: number;
  updatedAt: string;
}

/** A removed session, kept so the removal can be undone. */
export interface SessionTrashRecord {
  token: string;
  record: SessionRecord;
  removedAt: string;
}

interface SessionsDbSchema extends DBSchema {
  sessions: { key: string; value: SessionRecord };
  trash: { key: string; value: SessionTrashRecord };
}

/** Its own database, apart from the modules' `sourcebook`, so neither can block the other's upgrades. */
export const SESSION_DB_NAME = "sourcebook-sessions";
const DB_VERSION = 1;
/** Removed sessions older than this are forgotten when the database is opened. */
const TRASH_DAYS = 30;

/** The outcome of a conditional write: `current` is what another tab stored meanwhile. */
export type SessionPutResult = { ok: true } | { ok: false; current: SessionRecord | undefined };

/**
 * The trainer's sessions in IndexedDB. Every change is one transaction: when a write fails
 * (storage full, I/O error) it aborts and the record stored before is left as it was.
 */
export class SessionDb {
  private constructor(private readonly db: IDBPDatabase<SessionsDbSchema>) {}

  static async open(name = SESSION_DB_NAME): Promise<SessionDb> {
    const db = await openDB<SessionsDbSchema>(name, DB_VERSION, {
      upgrade(db) {
        if (!db.objectStoreNames.contains("sessions")) db.createObjectStore("sessions", { keyPath: "id" });
        if (!db.objectStoreNames.contains("trash")) db.createObjectStore("trash", { keyPath: "token" });
      },
      // Another tab wants a newer database version: let it, rather than block it.
      blocking() {
        db.close();
      },
    });
    const store = new SessionDb(db);
    await store.forgetOldTrash().catch(() => undefined);
    return store;
  }

  all(): Promise<SessionRecord[]> {
    return this.db.getAll("sessions");
  }

  get(id: string): Promise<SessionRecord | undefined> {
    return this.db.get("sessions", id);
  }

  /** Writes `record` only if the stored revision is `expected` (undefined: only if there is no record). */
  putIfRevision(record: SessionRecord, expected: number | undefined): Promise<SessionPutResult> {
    return this.write(["sessions"], async (tx) => {
      const sessions = tx.objectStore("sessions");
      const current = await sessions.get(record.id);
      if (current?.revision !== expected) return { ok: false, current };
      await sessions.put(record);
      return { ok: true };
    });
  }

  /** Deletes the session `id`, keeping `record` (the version on screen) in the trash under `token`. */
  trash(id: string, token: string, removedAt: string, record: SessionRecord): Promise<void> {
    return this.write(["sessions", "trash"], async (tx) => {
      await tx.objectStore("trash").put({ token, record, removedAt });
      await tx.objectStore("sessions").delete(id);
    });
  }

  /**
   * Takes a session out of the trash and stores it as `place` makes it (place sees the record and
   * whether its id is taken meanwhile). Returns the stored record, undefined if the token is unknown.
   */
  untrash(token: string, place: (record: SessionRecord, taken: boolean) => SessionRecord): Promise<SessionRecord | undefined> {
    return this.write(["sessions", "trash"], async (tx) => {
      const trashed = await tx.objectStore("trash").get(token);
      if (!trashed) return undefined;
      const record = place(trashed.record, (await tx.objectStore("sessions").get(trashed.record.id)) !== undefined);
      if (await tx.objectStore("sessions").get(record.id)) throw new Error(`a session with the id "${record.id}" exists already`);
      await tx.objectStore("sessions").put(record);
      await tx.objectStore("trash").delete(token);
      return record;
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
  private async write<T, S extends StoreNames<SessionsDbSchema>[]>(stores: S, work: (tx: IDBPTransaction<SessionsDbSchema, S, "readwrite">) => Promise<T>): Promise<T> {
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
