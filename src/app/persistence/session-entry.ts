import { msg, str } from "@lit/localize";
import type { Session } from "../../core/schema/session.ts";
import { serializeSession } from "../../core/sessions/serialize-session.ts";
import type { RecordKind, SavedEntry } from "./record-kind.ts";
import type { SessionRecord } from "./session-db.ts";

/** One of the trainer's sessions as a tab holds it. */
export interface SessionEntry extends SavedEntry<SessionRecord> {
  /** What the trainer sees; possibly unfinished. Kept as given: treat it as immutable. */
  session: Session;
}

/** Sessions as the saver keeps them: stored as they are, unfinished ones too. */
export const sessionKind: RecordKind<SessionRecord, SessionEntry> = {
  noun: "session",
  channel: "sourcebook-sessions",
  journal: "sourcebook-session-journal/",
  entryOf(record, base) {
    if (typeof record.session !== "object" || !Array.isArray(record.session?.agenda))
      return { problem: msg(str`The stored session "${record.id}" cannot be read; it is left as it is.`) };
    return { session: record.session, origin: record.origin, updatedAt: record.updatedAt, stored: record, base };
  },
  recordOf: (id, entry, revision) => ({
    record: { id, session: entry.session, origin: entry.origin, revision, updatedAt: entry.updatedAt },
  }),
  contentOf: (record) => serializeSession(record.session),
  titleOf: (entry) => entry.session.title,
  renamed: (entry, _id, title, updatedAt) => ({ session: { ...entry.session, title }, origin: "own", updatedAt }),
  withId: (record, id) => ({ ...record, id }),
};
