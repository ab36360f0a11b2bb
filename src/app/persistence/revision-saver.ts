import { conflictingCopy, type RecordKind, type SavedEntry, type SavedRecord } from "./record-kind.ts";
import type { RevisionDb } from "./revision-db.ts";
import {
  conflictMessage,
  copyFailedMessage,
  messageOf,
  noStorageMessage,
  nothingKeptMessage,
  notSavedMessage,
  storageUnavailable,
  writeFailedMessage,
  type SaveState,
} from "./save-messages.ts";
import { TabChannel, type RecordsChanged } from "./tab-channel.ts";

/** What a saver needs from the store it works for. */
export interface SaverSetup<E> {
  /** Gets the `change` events: a CustomEvent, `detail.id` when one record changed. */
  events: EventTarget;
  /** Ids taken by records the saver does not hold (shipped modules, starter sessions). */
  heldElsewhere(id: string): boolean;
  /** Where stored records that cannot be read are reported. */
  problems: string[];
  now(): Date;
  /** A stored record became this tab's version (the module store resets its undo history). */
  adopted?(id: string, entry: E): void;
  /** A record is gone from this tab. */
  forgotten?(id: string): void;
  /** The tab's latest version is stored (the journal forgets its copy). */
  stored?(id: string): void;
  /** A write failed: whether the journal could still keep this version for the next visit. */
  journalHasRoom?(id: string, entry: E): boolean;
}

/** What a store does, in the saver's order, as the page goes or comes back. */
export interface PageDuties {
  /** As the page goes or is hidden, once drafts are in and before the writes start: journal what is not stored; false when it could not. */
  hide?(): boolean;
  /** Back from the back-forward cache, or visible again. */
  show?(): void;
}

/**
 * Keeps the trainer's own records of one kind and gets every edit into IndexedDB: one run of
 * writes for all edits made in a task, one database step at a time, each write only over the
 * revision the tab's version is based on. A record deleted in another tab meanwhile is stored
 * again; a record another tab saved first keeps this tab's version as a conflicting copy. Other
 * tabs hear of every write, and this tab of theirs.
 */
export class RevisionSaver<R extends SavedRecord, E extends SavedEntry<R>, D extends RevisionDb<R> = RevisionDb<R>> {
  /** The trainer's records as this tab has them. */
  readonly own = new Map<string, E>();
  private readonly states = new Map<string, SaveState>();
  /** Ids whose version on screen is not stored yet (pending, failed or invalid). */
  private readonly unsaved = new Set<string>();
  /** Ids being written, with the record on its way. */
  private readonly writing = new Map<string, R | undefined>();
  private queue: Promise<unknown> = Promise.resolve();
  private pendingRun?: Promise<unknown>;
  private db?: D;
  private dbProblem = "";
  private channel?: TabChannel;
  private disconnect?: () => void;
  /** What editors have typed and not handed over yet: each puts it into the store, synchronously. */
  private readonly drafts = new Set<() => void>();
  /** True while the drafts are being taken in as the page goes: an edit then reaches memory at once. */
  takingDrafts = false;

  constructor(
    private readonly kind: RecordKind<R, E>,
    private readonly setup: SaverSetup<E>,
  ) {}

  readonly taken = (id: string): boolean => this.own.has(id) || this.setup.heldElsewhere(id);

  /** Waits for the database; when it cannot be opened, saving says why. Resolves to it when open. */
  async open(db: D | Promise<D>): Promise<D | undefined> {
    try {
      this.db = await db;
    } catch (error) {
      this.dbProblem = messageOf(error);
    }
    return this.db;
  }

  /** Takes every stored record as this tab's version. */
  async readStored(): Promise<void> {
    for (const record of (await this.db?.all()) ?? []) this.adopt(record, record.revision);
  }

  /**
   * Keeps work as the page goes (`pagehide`) or is hidden: first every editor's drafts are put into
   * the store, then what is not stored yet is journaled synchronously, then the writes start.
   * Leaving while something could be neither stored nor journaled asks first (`beforeunload`).
   * Also hears of other tabs' writes. Returns the way to stop.
   */
  connect(target: Window, duties: PageDuties = {}): () => void {
    this.disconnect?.();
    const { document } = target;
    const hide = () => void this.keepForNextVisit(duties);
    const show = (event: PageTransitionEvent) => event.persisted && duties.show?.();
    const visibility = () => (document.visibilityState === "hidden" ? hide() : duties.show?.());
    const leaving = (event: BeforeUnloadEvent) => {
      if (this.keepForNextVisit(duties)) return;
      event.preventDefault();
      event.returnValue = ""; // Chromium before 119 asks only when this is set
    };
    target.addEventListener("pagehide", hide);
    target.addEventListener("pageshow", show);
    target.addEventListener("beforeunload", leaving);
    document.addEventListener("visibilitychange", visibility);
    this.channel = new TabChannel(this.kind.channel, (message) => void this.heard(message).catch(() => undefined));
    this.disconnect = () => {
      target.removeEventListener("pagehide", hide);
      target.removeEventListener("pageshow", show);
      target.removeEventListener("beforeunload", leaving);
      document.removeEventListener("visibilitychange", visibility);
      this.channel?.close();
      this.channel = undefined;
      this.disconnect = undefined;
    };
    return this.disconnect;
  }

  /**
   * Registers an editor's flush: called as the page goes, before anything is journaled, it must
   * put what is being typed into the store synchronously. Returns the way to unregister.
   */
  holdDrafts(flush: () => void): () => void {
    this.drafts.add(flush);
    return () => this.drafts.delete(flush);
  }

  /** Drafts in, journal written, writes started; true when nothing would be lost if the page went now. */
  private keepForNextVisit(duties: PageDuties): boolean {
    this.takingDrafts = true;
    for (const flush of this.drafts) {
      try {
        flush();
      } catch {
        // One editor's failure must not keep the others' work, or the journal, from being kept.
      }
    }
    this.takingDrafts = false;
    const kept = this.notStored().length === 0 || (duties.hide?.() ?? false);
    void this.flush();
    return kept;
  }

  /** The entry; reading it is what lets this tab's next write overwrite the stored revision. */
  read(id: string): E | undefined {
    const entry = this.own.get(id);
    if (entry && !this.isPending(id)) entry.base = entry.stored?.revision;
    return entry;
  }

  /** Whether this tab has a version of the record that is not stored yet. */
  isPending(id: string): boolean {
    return this.unsaved.has(id) || this.writing.has(id);
  }

  saveState(id: string): SaveState {
    const entry = this.own.get(id);
    return this.states.get(id) ?? (entry ? { status: "saved", at: entry.updatedAt } : { status: "saved" });
  }

  /** Shows "Saving…" and saves the record with every other edit made in the same task. */
  save(id: string): Promise<void> {
    this.unsaved.add(id);
    this.states.set(id, { status: "saving" });
    this.changed(id);
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

  storage(): D {
    if (!this.db) throw new Error(storageUnavailable(this.kind.noun, this.dbProblem));
    return this.db;
  }

  /** Takes a stored record as this tab's version (a record that cannot be read is reported and left alone). */
  adopt(record: R, base: number | undefined): void {
    const entry = this.kind.entryOf(record, base);
    if ("problem" in entry) {
      this.setup.problems.push(entry.problem);
      return;
    }
    this.own.set(record.id, entry);
    this.states.delete(record.id);
    this.setup.adopted?.(record.id, entry);
  }

  forget(id: string): void {
    this.own.delete(id);
    this.states.delete(id);
    this.unsaved.delete(id);
    this.setup.forgotten?.(id);
  }

  /** Ids whose version is not stored yet, each with the record of a write on its way, if any. */
  notStored(): { id: string; entry: E; inFlight?: R }[] {
    return [...new Set([...this.unsaved, ...this.writing.keys()])].flatMap((id) => {
      const entry = this.own.get(id);
      const inFlight = this.writing.get(id);
      return entry ? [{ id, entry, ...(inFlight ? { inFlight } : {}) }] : [];
    });
  }

  /** A version that could not be stored yet: on screen, marked as not saved with `message`, stored with the next write. */
  holdUnsaved(id: string, entry: E, message: string): void {
    this.own.set(id, entry);
    this.unsaved.add(id);
    this.states.set(id, { status: "error", message });
  }

  /** Tells other tabs what this tab wrote. */
  post(message: RecordsChanged): void {
    this.channel?.post(message);
  }

  /** Tells the UI to re-read (one record, or everything). */
  changed(id?: string): void {
    this.setup.events.dispatchEvent(new CustomEvent("change", { detail: { id } }));
  }

  /** Another tab wrote: read its version, unless this tab has unsaved work on it (its write will find out). */
  private heard({ id }: RecordsChanged): Promise<void> {
    return this.enqueue(async () => {
      const db = this.storage();
      const records = id ? [await db.get(id)].filter((r) => r !== undefined) : await db.all();
      const ids = id ? [id] : [...new Set([...this.own.keys(), ...records.map((r) => r.id)])];
      for (const each of ids) {
        if (this.isPending(each)) continue;
        const record = records.find((r) => r.id === each);
        const entry = this.own.get(each);
        if (!record) this.forget(each);
        // The tab's `base` stays: its editor may still hold the old version until it calls `read`.
        else if (entry?.stored?.revision !== record.revision) this.adopt(record, entry?.base);
      }
      this.changed(id);
    });
  }

  private async write(id: string): Promise<void> {
    const entry = this.own.get(id);
    if (!entry) return;
    this.writing.set(id, undefined);
    try {
      await this.writeEntry(id, entry);
    } finally {
      this.writing.delete(id);
    }
  }

  private async writeEntry(id: string, entry: E): Promise<void> {
    const { noun } = this.kind;
    const fail = (message: string) => {
      this.unsaved.add(id);
      this.states.set(id, { status: "error", message });
      this.changed(id);
    };
    const next = this.kind.recordOf(id, entry, (entry.base ?? 0) + 1);
    if (next.invalid) return fail(notSavedMessage(noun, next.invalid));
    const db = this.db;
    if (!db) return fail(noStorageMessage(noun, this.dbProblem));
    let record = next.record;
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
      const kept = this.setup.journalHasRoom?.(id, entry) ?? true;
      return fail(kept ? writeFailedMessage(noun, error) : nothingKeptMessage(noun, error));
    }
    if (!result.ok) return this.keepConflictingCopy(id, entry, result.current!);
    entry.stored = record;
    entry.base = record.revision;
    // A newer edit made during the write is still to be saved.
    this.states.set(id, this.unsaved.has(id) ? { status: "saving" } : { status: "saved", at: record.updatedAt });
    // The journal forgets its copy only once the latest version is stored: a newer edit still waits
    // for its write, and the page may go before that write is done.
    if (!this.unsaved.has(id)) this.setup.stored?.(id);
    this.post({ id });
    this.changed(id);
  }

  /** Another tab stored a newer revision: this tab's version becomes a new record, and theirs is shown. */
  private async keepConflictingCopy(id: string, mine: E, theirs: R): Promise<void> {
    const { kind } = this;
    if (kind.contentOf(theirs) === kind.contentOf(kind.recordOf(id, mine, theirs.revision).record)) {
      this.adopt(theirs, theirs.revision); // the same edit, made in both tabs
      this.changed(id);
      return;
    }
    const copy = conflictingCopy(kind, id, mine, this.taken, this.setup.now().toISOString());
    try {
      if (!(await this.storage().putIfRevision(copy.record, undefined)).ok) throw new Error(`the id ${copy.record.id} was taken meanwhile`);
    } catch (error) {
      this.unsaved.add(id);
      this.states.set(id, { status: "error", message: copyFailedMessage(kind.noun, error) });
      this.changed(id);
      return;
    }
    this.adopt(copy.record, copy.record.revision);
    this.post({ id: copy.record.id });
    // The tab's `base` stays: its editor may still hold its own version until it calls `read`.
    this.adopt(theirs, mine.base);
    this.states.set(id, { status: "conflict", message: conflictMessage(kind.noun, copy.title) });
    this.changed(id);
  }
}
