import type { RecordKind, SavedEntry, SavedRecord } from "./record-kind.ts";
import { freeId, newToken } from "./record-ids.ts";
import type { RevisionDb } from "./revision-db.ts";
import { replayJournal } from "./journal.ts";
import { RevisionSaver } from "./revision-saver.ts";
import { deleteFailedMessage, importFailedMessage, importTakenMessage, nothingToUndoMessage, type SaveState } from "./save-messages.ts";
import { TabJournal } from "./tab-journal.ts";

/** Files bundled with the app: path → a loader of its text (loaded when the store starts, not bundled up front). */
export type BundledFiles = Record<string, () => Promise<string>>;

/**
 * What the module and the session store share: the trainer's own records of one kind, kept in
 * IndexedDB by a RevisionSaver, beside read-only ones bundled with the app (shipped modules,
 * starter sessions). Dispatches `change` (a CustomEvent, `detail.id` when one record changed).
 */
export abstract class RevisionStore<R extends SavedRecord, E extends SavedEntry<R>, D extends RevisionDb<R>> extends EventTarget {
  /** Resolves when the bundled files and the stored records have been read. */
  readonly ready: Promise<void>;
  /** Bundled files and stored records that could not be read, said as `file:line: field: problem`. */
  protected readonly problemList: string[] = [];
  protected readonly saver: RevisionSaver<R, E, D>;
  /** What this tab journals as its page goes, and stores of what closed tabs journaled. */
  protected readonly journal: TabJournal<R, E>;
  /** Whether `ready` has resolved: from then on an update reaches memory synchronously. */
  private loaded = false;

  /**
   * @param files the bundled read-only files, read when the store starts.
   * @param db the database; when it cannot be opened, the bundled records still show and saving says why it cannot.
   * @param now the clock, for tests.
   */
  constructor(
    private readonly kind: RecordKind<R, E>,
    files: BundledFiles,
    db: D | Promise<D>,
    protected readonly now: () => Date,
  ) {
    super();
    this.saver = new RevisionSaver(kind, {
      events: this,
      heldElsewhere: (id) => this.isBundled(id),
      problems: this.problemList,
      now: () => this.now(),
      adopted: (id, entry) => this.adopted(id, entry),
      forgotten: (id) => this.forgotten(id),
      stored: (id) => {
        this.journal.stored(id);
        this.stored(id);
      },
      journalHasRoom: (id, entry) => this.journal.hasRoomFor(id, entry),
    });
    this.journal = new TabJournal(kind, this.saver);
    // Reading starts once the subclass has set up the fields it fills.
    this.ready = Promise.resolve()
      .then(() => this.load(files, db))
      .then(() => void (this.loaded = true));
  }

  get problems(): readonly string[] {
    return this.problemList;
  }

  /**
   * Starts what the page needs: as the page goes or is hidden, drafts taken in, the journal written
   * and the writes started; a prompt before leaving what could not be kept; news from other tabs.
   * Returns the way to stop.
   */
  connect(target: Window = window): () => void {
    return this.saver.connect(target, { hide: () => this.journal.journalUnsaved(), show: () => this.journal.dropJournal() });
  }

  /**
   * Registers an editor's flush, called as the page goes before anything is journaled: it must put
   * what is being typed into the store synchronously (an `update` does, once the store is ready).
   * Returns the way to unregister.
   */
  holdDrafts(flush: () => void): () => void {
    return this.saver.holdDrafts(flush);
  }

  /** Deletes one of the trainer's records, keeping the version on screen in the trash; returns a token for undo. */
  async remove(id: string): Promise<string> {
    await this.ready;
    const entry = this.saver.own.get(id);
    if (!entry) throw new Error(this.cannotRemove(id));
    await this.flush();
    const token = newToken();
    const keep = this.kind.recordOf(id, entry, entry.stored?.revision ?? 0).record;
    await this.saver.enqueue(async () => {
      try {
        await this.saver.storage().trash(id, token, this.now().toISOString(), keep);
      } catch (error) {
        throw new Error(deleteFailedMessage(this.kind.titleOf(entry), error), { cause: error });
      }
      this.saver.forget(id);
      this.saver.post({ id });
    });
    this.saver.changed(id);
    return token;
  }

  /** Brings back what `remove` took away, under a new id if its own was taken meanwhile. */
  async undoRemove(token: string): Promise<void> {
    await this.ready;
    const record = await this.saver.enqueue(() => this.saver.storage().untrash(token, (r, taken) => this.placeUntrashed(r, taken)));
    if (!record) throw new Error(nothingToUndoMessage(this.kind.noun));
    this.saver.adopt(record, record.revision);
    this.saver.post({ id: record.id });
    this.saver.changed(record.id);
  }

  saveState(id: string): SaveState {
    return this.saver.saveState(id);
  }

  /** Writes whatever is not stored yet (failed writes are tried again); resolves when the database is idle. */
  flush(): Promise<void> {
    return this.saver.flush();
  }

  /** Stores the record of an imported file at once, unless another tab has made one under its id meanwhile. */
  protected async insertImported(fileName: string, record: R): Promise<{ id: string } | { error: string }> {
    try {
      const result = await this.saver.enqueue(() => this.saver.storage().putIfRevision(record, undefined));
      if (!result.ok) return { error: importTakenMessage(fileName, this.kind.noun, record.id) };
    } catch (error) {
      return { error: importFailedMessage(fileName, error) };
    }
    this.saver.adopt(record, record.revision);
    this.saver.post({ id: record.id });
    this.saver.changed(record.id);
    return { id: record.id };
  }

  /** Whether a bundled read-only record has this id. */
  protected abstract isBundled(id: string): boolean;

  /** Reads the bundled files (by file name, in name order); what cannot be read goes to `problemList`. */
  protected abstract readBundled(files: readonly (readonly [string, string])[]): void;

  /** Why there is nothing of the trainer's to remove under this id. */
  protected abstract cannotRemove(id: string): string;

  /** Stores what closed tabs journaled first, then takes the stored records as this tab's versions. */
  protected async readStored(db: D): Promise<void> {
    const unstored = await replayJournal(this.kind, db, this.journal.tabId, (id) => this.isBundled(id), this.now().toISOString()).catch(
      () => [],
    );
    await this.saver.readStored();
    for (const each of unstored) this.journal.takeUnstored(each);
  }

  /**
   * Runs `work` at once while the page-leaving flush takes drafts in (the edit must be in memory
   * before the journal is written); otherwise once the store is ready, after the caller's own
   * synchronous work (an editor shows its version before the store's news of it), as always.
   * A throw becomes a rejection either way.
   */
  protected whenReady<T>(work: () => Promise<T>): Promise<T> {
    if (!this.loaded || !this.saver.takingDrafts) return this.ready.then(work);
    try {
      return work();
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  /** A stored record became this tab's version. */
  protected adopted(_id: string, _entry: E): void {}

  /** A record is gone from this tab. */
  protected forgotten(_id: string): void {}

  /** A write of the tab's version succeeded. */
  protected stored(_id: string): void {}

  /** Where an undone removal goes: its own id, else a free one (a record was made under its id meanwhile). */
  private placeUntrashed(record: R, taken: R | undefined): R {
    if (!taken && !this.saver.own.has(record.id)) return { ...record, revision: record.revision + 1 };
    return { ...this.kind.withId(record, freeId(record.id, this.saver.taken)), origin: "own", revision: 1 };
  }

  private async load(files: BundledFiles, db: D | Promise<D>): Promise<void> {
    const [texts, opened] = await Promise.all([
      Promise.all(Object.entries(files).map(async ([path, read]) => [path.slice(path.lastIndexOf("/") + 1), await read()] as const)),
      this.saver.open(db),
    ]);
    this.readBundled(texts.sort(([a], [b]) => a.localeCompare(b)));
    if (opened) await this.readStored(opened);
  }
}
