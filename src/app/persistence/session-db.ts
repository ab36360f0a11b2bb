import type { Session } from "../../core/schema/session.ts";
import type { SavedRecord } from "./record-kind.ts";
import { RevisionDb } from "./revision-db.ts";

/** One of the trainer's sessions as stored, and what the tabs need to agree on it. */
export interface SessionRecord extends SavedRecord {
  /** The session as the trainer left it: possibly unfinished (empty fields, no agenda yet). */
  session: Session;
}

/** Its own database, apart from the modules' `sourcebook`, so neither can block the other's upgrades. */
export const SESSION_DB_NAME = "sourcebook-sessions";

/** The trainer's sessions in IndexedDB (object store `sessions`, with a `trash`). */
export class SessionDb extends RevisionDb<SessionRecord> {
  static open(name = SESSION_DB_NAME): Promise<SessionDb> {
    return RevisionDb.openAs(name, "sessions", (db, store) => new SessionDb(db, store));
  }
}
