import { serializeModule } from "../../core/modules/serialize-module.ts";
import { conflictingCopy, dropJournal, journalBase, writeJournal, type JournalRecord, type Unstored } from "./journal.ts";
import type { ModuleDb, ModuleRecord } from "./module-db.ts";
import { asStored, moduleFile, newToken, readModule, recordOf, type OwnEntry } from "./module-entry.ts";
import type { ModuleMemory } from "./module-memory.ts";
import { conflictMessage, messageOf, noStorageMessage, notSavedMessage, writeFailedMessage } from "./save-messages.ts";
import type { ModulesChanged } from "./tab-channel.ts";

/** What the saver needs from the store it works for. */
export interface SaverHost {
  readonly memory: ModuleMemory;
  /** The open database; undefined when the browser would not open it. */
  readonly db?: ModuleDb;
  /** Why the database could not be opened. */
  readonly dbProblem: string;
  now(): Date;
  /** Tells the UI to re-read (one module, or everything). */
  changed(id?: string): void;
  /** Tells other tabs. */
  post(message: ModulesChanged): void;
}

/**
 * Gets every edit into IndexedDB: one run of writes for all edits of a task, one database step at
 * a time, each write only over the revision the tab's version is based on (else a conflicting copy),
 * and on `pagehide` a journal of whatever is not stored yet.
 */
export class ModuleSaver {
  readonly tabId = newToken();
  /** Ids whose on-screen version is not stored yet (pending, failed or invalid). */
  private readonly unsaved = new Set<string>();
  /** Ids being written, with the record on its way. */
  private readonly writing = new Map<string, ModuleRecord | undefined>();
  /** Ids this tab journaled; the journal record goes once a normal write succeeds. */
  private readonly journaled = new Set<string>();
  private queue: Promise<unknown> = Promise.resolve();
  private pendingRun?: Promise<unknown>;

  constructor(private readonly host: SaverHost) {}

  /** Whether this tab has a version of the module that is not stored yet. */
  isPending(id: string): boolean {
    return this.unsaved.has(id) || this.writing.has(id);
  }

  /** Shows "Saving…" and saves the module with every other edit made in the same task. */
  save(id: string): Promise<void> {
    this.unsaved.add(id);
    this.host.memory.states.set(id, { status: "saving" });
    this.host.changed(id);
    this.pendingRun ??= this.enqueue(async () => {
      this.pendingRun = undefined;
      const ids = [...this.unsaved];
      this.unsaved.clear();
      for (const each of ids) await this.write(each);
    });
    return this.pendingRun.then(() => undefined);
  }

  /** Writes whatever is not stored yet (failed writes are tried again); resolves when the database is idle. */
  flush(): Promise<void> {
    for (const id of [...this.unsaved]) void this.save(id);
    return this.queue.then(() => undefined);
  }

  /** Runs a database step after every step before it. */
  enqueue<T>(step: () => Promise<T>): Promise<T> {
    const run = this.queue.then(step);
    this.queue = run.catch(() => undefined);
    return run;
  }

  storage(): ModuleDb {
    if (!this.host.db) throw new Error(noStorageMessage(this.host.dbProblem || "storage is not available"));
    return this.host.db;
  }

  forget(id: string): void {
    this.unsaved.delete(id);
  }

  /** A closed tab's edit that could not be stored yet: on screen, marked as not saved, stored with the next write. */
  takeUnstored({ entry, error }: Unstored): void {
    const { record } = entry;
    const read = readModule(record.text, moduleFile(record.id));
    if (!read.module) return;
    const stored = this.host.memory.own.get(record.id)?.stored;
    const { basedOnVersion } = record;
    this.host.memory.own.set(record.id, {
      module: read.module,
      origin: record.origin,
      updatedAt: record.updatedAt,
      ...(basedOnVersion ? { basedOnVersion } : {}),
      ...(stored ? { stored } : {}),
      base: journalBase(entry, stored),
    });
    this.unsaved.add(record.id);
    this.journaled.add(record.id);
    this.host.memory.states.set(record.id, { status: "error", message: writeFailedMessage(error) });
  }

  /** On `pagehide`: what is not stored yet goes into the journal, written before the page unloads. */
  journalUnsaved(): void {
    const records: JournalRecord[] = [...new Set([...this.unsaved, ...this.writing.keys()])].flatMap((id) => {
      const entry = this.host.memory.own.get(id);
      const next = entry && asStored(entry.module, id);
      if (!entry || !next || next.error) return [];
      this.journaled.add(id);
      const inFlight = this.writing.get(id);
      return [
        {
          tabId: this.tabId,
          record: recordOf(id, entry, next.text, (entry.base ?? 0) + 1),
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

  private async write(id: string): Promise<void> {
    const entry = this.host.memory.own.get(id);
    if (!entry) return;
    this.writing.set(id, undefined);
    try {
      await this.writeEntry(id, entry);
    } finally {
      this.writing.delete(id);
    }
  }

  private async writeEntry(id: string, entry: OwnEntry): Promise<void> {
    const { memory } = this.host;
    const fail = (message: string) => {
      this.unsaved.add(id);
      memory.states.set(id, { status: "error", message });
      this.host.changed(id);
    };
    const next = asStored(entry.module, id);
    if (next.error) return fail(notSavedMessage(next.error));
    const db = this.host.db;
    if (!db) return fail(noStorageMessage(this.host.dbProblem || "storage is not available"));
    let record = recordOf(id, entry, next.text, (entry.base ?? 0) + 1);
    let result;
    try {
      this.writing.set(id, record);
      result = await db.putIfRevision(record, entry.base);
      if (!result.ok && !result.current) {
        // Deleted in another tab meanwhile: nothing of theirs to overwrite, so this tab's version is stored again.
        record = { ...record, revision: 1 };
        this.writing.set(id, record);
        result = await db.putIfRevision(record, undefined);
      }
    } catch (error) {
      return fail(writeFailedMessage(error));
    }
    if (!result.ok) return this.keepConflictingCopy(id, entry, result.current!);
    entry.stored = record;
    entry.base = record.revision;
    // A newer edit made during the write is still to be saved.
    memory.states.set(id, this.unsaved.has(id) ? { status: "saving" } : { status: "saved", at: record.updatedAt });
    if (this.journaled.has(id)) this.dropJournal([id]);
    this.host.post({ id });
    this.host.changed(id);
  }

  /** Another tab stored a newer revision: this tab's version becomes a new module, and theirs is shown. */
  private async keepConflictingCopy(id: string, mine: OwnEntry, theirs: ModuleRecord): Promise<void> {
    const { memory } = this.host;
    const same = theirs.text === serializeModule(mine.module);
    const copy = conflictingCopy(mine.module, id, memory.taken, this.host.now().toISOString());
    if (!same) {
      try {
        if (!(await this.storage().putIfRevision(copy.record, undefined)).ok)
          throw new Error(`the id ${copy.record.id} was taken meanwhile`);
      } catch (error) {
        this.unsaved.add(id);
        memory.states.set(id, {
          status: "error",
          message: `Another tab saved this module meanwhile, and your version could not be kept as a copy: ${messageOf(error)}. Export the module to keep it.`,
        });
        this.host.changed(id);
        return;
      }
      memory.adopt(copy.record, copy.record.revision);
      memory.history(copy.record.id, copy.module);
      this.host.post({ id: copy.record.id });
    }
    // The tab's `base` stays: its editor may still hold its own version until it calls `get`.
    memory.adopt(theirs, same ? theirs.revision : mine.base);
    if (!same) memory.states.set(id, { status: "conflict", message: conflictMessage(copy.module.meta.title) });
    this.host.changed(id);
  }
}
