import type { ContentError } from "../../core/files/yaml-file.ts";
import { conflictingCopyName } from "./record-ids.ts";
import type { Noun } from "./save-messages.ts";

/** What every saved record has besides its content. */
export interface SavedRecord {
  id: string;
  /** own: made by the trainer; copy: the trainer's edited copy of a shipped module or starter session (same id). */
  origin: "own" | "copy";
  /** Goes up by one on every write; a tab only overwrites the revision it last read. */
  revision: number;
  updatedAt: string;
}

/** One of the trainer's records as a tab holds it: the version on screen (in a field of the kind's own) and what is stored. */
export interface SavedEntry<R extends SavedRecord> {
  origin: "own" | "copy";
  updatedAt: string;
  /** The record last read from or written to the database. */
  stored?: R;
  /** The stored revision the version on screen is based on (undefined: none stored yet). */
  base?: number;
}

/** What differs between the kinds of record a saver keeps (modules, sessions). */
export interface RecordKind<R extends SavedRecord, E extends SavedEntry<R>> {
  /** What the messages call one record. */
  readonly noun: Noun;
  /** The BroadcastChannel on which tabs tell each other what they wrote. */
  readonly channel: string;
  /** Where in localStorage a closing tab journals what it had not stored yet. */
  readonly journal: string;
  /** The entry for a stored record, or why the record cannot be read. */
  entryOf(record: R, base: number | undefined): E | { problem: string };
  /** The record of an entry's version; `invalid` says why it may not be stored yet. */
  recordOf(id: string, entry: E, revision: number): { record: R; invalid?: ContentError };
  /** What records are compared by: the same content is the same version. */
  contentOf(record: R): string;
  titleOf(entry: E): string;
  /** A new own entry holding `entry`'s version under another id and title. */
  renamed(entry: E, id: string, title: string, updatedAt: string): E;
  /** A stored record moved to another id (where its content names its id, that too). */
  withId(record: R, id: string): R;
}

/** The record that keeps a tab's version when another tab saved first: "<title> (conflicting copy)", a new own record. */
export function conflictingCopy<R extends SavedRecord, E extends SavedEntry<R>>(
  kind: RecordKind<R, E>,
  id: string,
  mine: E,
  taken: (id: string) => boolean,
  updatedAt: string,
): { record: R; title: string } {
  const name = conflictingCopyName(id, kind.titleOf(mine), taken);
  return { record: kind.recordOf(name.id, kind.renamed(mine, name.id, name.title, updatedAt), 1).record, title: name.title };
}
