import { RevisionDb, type PutResult, type TrashRecord } from "./revision-db.ts";
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
export type SessionTrashRecord = TrashRecord<SessionRecord>;

/** Its own database, apart from the modules' `sourcebook`, so neither can block the other's upgrades. */
export const SESSION_DB_NAME = "sourcebook-sessions";

/** The outcome of a conditional write: `current` is what another tab stored meanwhile. */
export type SessionPutResult = PutResult<SessionRecord>;

/** The trainer's sessions in IndexedDB (object store `sessions`, with a `trash`). */
export class SessionDb extends RevisionDb<SessionRecord> {
  static async open(name = SESSION_DB_NAME): Promise<SessionDb> {
    const store = new SessionDb(await RevisionDb.openDb(name, "sessions"), "sessions");
    await store.forgetOldTrash().catch(() => undefined);
    return store;
  }
}
