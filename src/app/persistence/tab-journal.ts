import { dropJournal, journalBase, writeJournal, type JournalRecord, type Unstored } from "./journal.ts";
import { moduleKind, type ModuleSaver } from "./module-entry.ts";
import { newToken } from "./record-ids.ts";
import { writeFailedMessage } from "./save-messages.ts";

/**
 * This tab's side of the module journal: on `pagehide` it journals what the saver has not stored
 * yet, and forgets each journal record once the saver stores that module the normal way.
 */
export class TabJournal {
  readonly tabId = newToken();
  /** Ids this tab journaled; the journal record goes once a normal write succeeds. */
  private readonly journaled = new Set<string>();

  constructor(private readonly saver: ModuleSaver) {}

  /** On `pagehide`: what is not stored yet goes into the journal, written before the page unloads. */
  journalUnsaved(): void {
    const records: JournalRecord[] = this.saver.notStored().flatMap(({ id, entry, inFlight }) => {
      const next = moduleKind.recordOf(id, entry, (entry.base ?? 0) + 1);
      if (next.invalid) return [];
      this.journaled.add(id);
      return [
        {
          tabId: this.tabId,
          record: next.record,
          ...(entry.base !== undefined ? { base: entry.base } : {}),
          ...(inFlight ? { inFlight: { revision: inFlight.revision, text: inFlight.text } } : {}),
        },
      ];
    });
    writeJournal(records);
  }

  /** Back from the back-forward cache: this tab stores its edits itself again. */
  dropJournal(ids: readonly string[] = [...this.journaled]): void {
    for (const id of ids) this.journaled.delete(id);
    dropJournal(this.tabId, ids);
  }

  /** The saver stored the module: its journal record is no longer needed. */
  stored(id: string): void {
    if (this.journaled.has(id)) this.dropJournal([id]);
  }

  /** A closed tab's edit that could not be stored yet: on screen, marked as not saved, stored with the next write. */
  takeUnstored({ entry, error }: Unstored): void {
    const { record } = entry;
    const stored = this.saver.own.get(record.id)?.stored;
    const read = moduleKind.entryOf(record, journalBase(entry, stored));
    if ("problem" in read) return;
    this.saver.holdUnsaved(record.id, { ...read, stored }, writeFailedMessage("module", error));
    this.journaled.add(record.id);
  }
}
