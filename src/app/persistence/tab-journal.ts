import { dropJournal, journalBase, journalHasRoom, writeJournal, type JournalRecord, type Unstored } from "./journal.ts";
import { newToken } from "./record-ids.ts";
import type { RecordKind, SavedEntry, SavedRecord } from "./record-kind.ts";
import type { RevisionSaver } from "./revision-saver.ts";
import { writeFailedMessage } from "./save-messages.ts";

/**
 * This tab's side of a journal (modules, sessions): as the page goes or is hidden it journals what
 * the saver has not stored yet, and forgets each journal record once the saver stores that record
 * the normal way.
 */
export class TabJournal<R extends SavedRecord, E extends SavedEntry<R>> {
  readonly tabId = newToken();
  /** Ids this tab journaled; the journal record goes once a normal write succeeds. */
  private readonly journaled = new Set<string>();

  constructor(
    private readonly kind: RecordKind<R, E>,
    private readonly saver: RevisionSaver<R, E>,
  ) {}

  /** What is not stored yet goes into the journal, written before the page can unload; false when the browser refused it. */
  journalUnsaved(): boolean {
    const records = this.saver.notStored().flatMap(({ id, entry, inFlight }) => {
      const record = this.recordOf(id, entry, inFlight);
      if (record) this.journaled.add(id);
      return record ? [record] : [];
    });
    return records.length === 0 || writeJournal(this.kind, records);
  }

  /** Whether the journal could keep this version if the page went now (checked when a write to IndexedDB fails). */
  hasRoomFor(id: string, entry: E): boolean {
    const record = this.recordOf(id, entry);
    return !record || journalHasRoom(this.kind, record);
  }

  /** Back from the back-forward cache, or visible again: this tab stores its edits itself again. */
  dropJournal(ids: readonly string[] = [...this.journaled]): void {
    for (const id of ids) this.journaled.delete(id);
    dropJournal(this.kind, this.tabId, ids);
  }

  /** The saver stored the record: its journal record is no longer needed. */
  stored(id: string): void {
    if (this.journaled.has(id)) this.dropJournal([id]);
  }

  /** A closed tab's edit that could not be stored yet: on screen, marked as not saved, stored with the next write. */
  takeUnstored({ entry, error }: Unstored<R>): void {
    const { record } = entry;
    const stored = this.saver.own.get(record.id)?.stored;
    const read = this.kind.entryOf(record, journalBase(this.kind, entry, stored));
    if ("problem" in read) return;
    this.saver.holdUnsaved(record.id, { ...read, stored }, writeFailedMessage(this.kind.noun, error));
    this.journaled.add(record.id);
  }

  /** The journal record of a version; none for a version that may not be stored yet (not a valid file). */
  private recordOf(id: string, entry: E, inFlight?: R): JournalRecord<R> | undefined {
    const next = this.kind.recordOf(id, entry, (entry.base ?? 0) + 1);
    if (next.invalid) return undefined;
    return {
      tabId: this.tabId,
      record: next.record,
      ...(entry.base !== undefined ? { base: entry.base } : {}),
      ...(inFlight ? { inFlight: { revision: inFlight.revision, content: this.kind.contentOf(inFlight) } } : {}),
    };
  }
}
