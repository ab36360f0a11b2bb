import type { Excerpt } from "../core/citations/anchor.ts";
import { backupFileName, parseBackup, writeBackup } from "../core/library/backup.ts";
import { editKey } from "../core/modules/history.ts";
import { addExcerpt, canonicalModule, newModule, setMeta } from "../core/modules/module-edits.ts";
import { serializeModule } from "../core/modules/serialize-module.ts";
import type { Audience, Module } from "../core/schema/module.ts";
import type { ModuleStore, ModuleSummary, SaveState } from "./module-store-api.ts";
import { conflictingCopy, replayJournal } from "./persistence/journal.ts";
import { ModuleDb, type JournalRecord, type ModuleRecord } from "./persistence/module-db.ts";
import { asStored, freeId, moduleFile, newToken, readModule, type OwnEntry } from "./persistence/module-entry.ts";
import { ModuleMemory } from "./persistence/module-memory.ts";
import { conflictMessage, importClashMessage, messageOf, noStorageMessage, notSavedMessage, writeFailedMessage } from "./persistence/save-messages.ts";
import { askPersistentStorage, TabChannel, type ModulesChanged } from "./persistence/tab-channel.ts";

/** The shipped module files: path → a loader of its text (loaded when the store starts, not bundled up front). */
export type ShippedModuleFiles = Record<string, () => Promise<string>>;

/** The modules in `modules/`, each a lazily loaded chunk of the build. */
export function bundledModuleFiles(): ShippedModuleFiles {
  return import.meta.glob<string>("../../modules/*.md", { query: "?raw", import: "default" });
}

/** The store the app uses: the bundled modules and the `sourcebook` IndexedDB database. Call `connect()` once the page is up. */
export function bundledModuleStore(): IdbModuleStore {
  return new IdbModuleStore(bundledModuleFiles(), ModuleDb.open());
}

/**
 * The trainer's module library, kept in IndexedDB. Every edit is saved at once (edits made in
 * the same task share one write). A tab only overwrites the stored revision it last read through
 * `get`; otherwise its version is kept as a new module "<title> (conflicting copy)". Dispatches
 * `change` (a CustomEvent, `detail.id` when one module changed) whenever a list, module or save state changes.
 */
export class IdbModuleStore extends EventTarget implements ModuleStore {
  readonly ready: Promise<void>;
  /** Whether the browser granted persistent storage (undefined until asked, or when it cannot say). */
  persisted?: boolean;
  private readonly memory = new ModuleMemory();
  /** Ids whose on-screen version is not stored yet (pending, failed or invalid), and those being written. */
  private readonly unsaved = new Set<string>();
  /** Ids being written, with the record on its way. */
  private readonly writing = new Map<string, ModuleRecord | undefined>();
  /** Ids this tab journaled on `pagehide`; the journal record goes once a normal write succeeds. */
  private readonly journaled = new Set<string>();
  private readonly tabId = newToken();
  /** Every database step runs in this order: writes, removals, re-reads of other tabs' changes. */
  private queue: Promise<unknown> = Promise.resolve();
  private pendingRun?: Promise<unknown>;
  private db?: ModuleDb;
  private dbProblem = "";
  private channel?: TabChannel;
  private askedPersistence = false;

  /** @param now the clock, for tests. */
  constructor(shippedFiles: ShippedModuleFiles, db: ModuleDb | Promise<ModuleDb>, private readonly now: () => Date = () => new Date()) {
    super();
    this.ready = this.load(shippedFiles, db);
  }

  /** Modules that could not be read (shipped files or stored records), said as `file:line: field: problem`. */
  get problems(): readonly string[] {
    return this.memory.problems;
  }

  /** Starts what the page needs: saving on `pagehide`, news from other tabs, persistent storage. Returns the way to stop. */
  connect(target: Window = window): () => void {
    const hide = () => {
      this.journalUnsaved();
      void this.flush();
    };
    const show = (event: PageTransitionEvent) => event.persisted && void this.dropJournal([...this.journaled]);
    const hidden = () => target.document.visibilityState === "hidden" && void this.flush();
    target.addEventListener("pagehide", hide);
    target.addEventListener("pageshow", show);
    target.document.addEventListener("visibilitychange", hidden);
    this.channel = new TabChannel((message) => void this.otherTabChanged(message).catch(() => undefined));
    if (!this.askedPersistence) {
      this.askedPersistence = true;
      void askPersistentStorage().then((granted) => (this.persisted = granted));
    }
    return () => {
      target.removeEventListener("pagehide", hide);
      target.removeEventListener("pageshow", show);
      target.document.removeEventListener("visibilitychange", hidden);
      this.channel?.close();
      this.channel = undefined;
    };
  }

  list(): ModuleSummary[] {
    return this.memory.list();
  }

  /** The module; reading it is what lets this tab's next `update` overwrite the stored revision. */
  get(id: string): Module | undefined {
    const entry = this.memory.own.get(id);
    if (entry && !this.unsaved.has(id) && !this.writing.has(id)) entry.base = entry.stored?.revision;
    return this.memory.current(id);
  }

  text(id: string): string | undefined {
    const module = this.memory.current(id);
    return module && serializeModule(module);
  }

  async create(title: string, audiences?: Audience[]): Promise<string> {
    await this.ready;
    const draft = newModule(title, audiences);
    const id = freeId(draft.meta.id, this.memory.taken);
    return this.addOwn(id, setMeta(draft, { id }));
  }

  async duplicate(id: string): Promise<string> {
    await this.ready;
    const source = this.memory.require(id);
    const copyId = freeId(`${id}-copy`, this.memory.taken);
    // A duplicate is a new module: the original's review does not carry over.
    return this.addOwn(copyId, setMeta(source, { id: copyId, title: `${source.meta.title} (copy)`, review: { status: "draft" } }));
  }

  async remove(id: string): Promise<string> {
    await this.ready;
    const entry = this.memory.own.get(id);
    if (!entry) throw new Error(this.memory.shipped.has(id) ? "A shipped module cannot be deleted; only your own modules and copies can." : `There is no module "${id}".`);
    await this.flush();
    const token = newToken();
    const keep = this.recordOf(id, entry, serializeModule(entry.module), entry.stored?.revision ?? 0);
    await this.enqueue(async () => {
      try {
        await this.storage().trash(id, token, this.now().toISOString(), keep);
      } catch (error) {
        throw new Error(`Could not delete "${entry.module.meta.title}": ${messageOf(error)}. Nothing was changed.`);
      }
      this.forget(id);
      this.channel?.post({ id });
    });
    this.changed(id);
    return token;
  }

  async undoRemove(token: string): Promise<void> {
    await this.ready;
    const record = await this.enqueue(() => this.storage().untrash(token, (r, taken) => this.placeUntrashed(r, taken)));
    if (!record) throw new Error("There is nothing to undo: that module is no longer in the trash.");
    this.memory.adopt(record, record.revision);
    this.channel?.post({ id: record.id });
    this.changed(record.id);
  }

  async update(id: string, module: Module): Promise<void> {
    await this.ready;
    const before = this.memory.require(id);
    const next = asStored(canonicalModule(setMeta(module, { id })), id).module;
    this.memory.history(id, before).record(next, editKey(before, next), this.now().getTime());
    return this.show(id, next);
  }

  async addExcerpt(id: string, section: string, excerpt: Excerpt): Promise<void> {
    await this.ready;
    // Added to the latest version, so that is the version this tab has read.
    return this.update(id, addExcerpt(this.get(id) ?? this.memory.require(id), section, excerpt));
  }

  async undo(id: string): Promise<void> {
    await this.ready;
    const previous = this.memory.histories.get(id)?.undo();
    if (previous) await this.show(id, previous);
  }

  async redo(id: string): Promise<void> {
    await this.ready;
    const next = this.memory.histories.get(id)?.redo();
    if (next) await this.show(id, next);
  }

  canUndo(id: string): boolean {
    return this.memory.histories.get(id)?.canUndo ?? false;
  }

  canRedo(id: string): boolean {
    return this.memory.histories.get(id)?.canRedo ?? false;
  }

  saveState(id: string): SaveState {
    return this.memory.saveState(id);
  }

  async importModule(fileName: string, text: string): Promise<{ id: string } | { error: string }> {
    await this.ready;
    const read = readModule(text, fileName);
    if (read.error) return { error: read.error.message };
    const { module } = read;
    const id = module.meta.id;
    const existing = this.memory.current(id);
    if (existing) {
      if (serializeModule(existing) === serializeModule(module)) return { id };
      const idLine = text.split(/\r?\n/).findIndex((l) => /^id:/.test(l)) + 1;
      return { error: importClashMessage(fileName, idLine, id, existing.meta.title, this.memory.own.has(id)) };
    }
    const record: ModuleRecord = { id, text: serializeModule(module), origin: "own", revision: 1, updatedAt: this.now().toISOString() };
    try {
      const result = await this.enqueue(() => this.storage().putIfRevision(record, undefined));
      if (!result.ok) return { error: `${fileName}: id: a module "${id}" was just made in another tab. Nothing was imported.` };
    } catch (error) {
      return { error: `${fileName}: could not be stored in this browser: ${messageOf(error)}. Nothing was imported.` };
    }
    this.memory.adopt(record, record.revision);
    this.channel?.post({ id });
    this.changed(id);
    return { id };
  }

  exportModule(id: string): { fileName: string; text: string } {
    const text = this.text(id);
    if (text === undefined) throw new Error(`There is no module "${id}".`);
    return { fileName: moduleFile(id), text };
  }

  backup(): { fileName: string; text: string } {
    const exportedAt = this.now().toISOString();
    return { fileName: backupFileName(exportedAt), text: writeBackup(this.memory.backupModules(), exportedAt) };
  }

  async restore(fileName: string, text: string): Promise<{ restored: number } | { error: string }> {
    await this.ready;
    const parsed = parseBackup(text, fileName);
    if (!parsed.ok) return { error: parsed.error };
    await this.flush();
    const records: ModuleRecord[] = parsed.value.backup.modules.map((m) => ({ ...m }));
    let stored: ModuleRecord[];
    try {
      stored = await this.enqueue(() => this.storage().restore(records, newToken, this.now().toISOString()));
    } catch (error) {
      return { error: `${fileName}: could not be restored: ${messageOf(error)}. Nothing was changed.` };
    }
    for (const record of stored) this.memory.adopt(record, record.revision);
    this.channel?.post({});
    this.changed();
    return { restored: stored.length };
  }

  flush(): Promise<void> {
    if (this.unsaved.size > 0) void this.scheduleWrites();
    return this.queue.then(() => undefined);
  }

  // ── reading ───────────────────────────────────────────────────────────────

  private async load(files: ShippedModuleFiles, db: ModuleDb | Promise<ModuleDb>): Promise<void> {
    const [texts, opened] = await Promise.all([
      Promise.all(Object.entries(files).map(async ([path, read]) => [path, await read()] as const)),
      Promise.resolve(db).catch((error: unknown) => {
        this.dbProblem = messageOf(error);
        return undefined;
      }),
    ]);
    for (const [path, text] of texts) {
      const read = readModule(text, `modules/${path.slice(path.lastIndexOf("/") + 1)}`);
      if (read.error) this.memory.problems.push(read.error.message);
      else this.memory.shipped.set(read.module.meta.id, read.module);
    }
    if (!opened) return;
    this.db = opened;
    await replayJournal(opened, this.tabId, (id) => this.memory.shipped.has(id), this.now().toISOString()).catch(() => undefined);
    for (const record of await opened.all()) this.memory.adopt(record, record.revision);
  }

  /** Another tab wrote: read its version, unless this tab has unsaved work on it (its write will find out). */
  private otherTabChanged({ id }: ModulesChanged): Promise<void> {
    return this.enqueue(async () => {
      const db = this.storage();
      const records = id ? [await db.get(id)].filter((r) => r !== undefined) : await db.all();
      const ids = id ? [id] : [...new Set([...this.memory.own.keys(), ...records.map((r) => r.id)])];
      for (const each of ids) {
        if (this.unsaved.has(each)) continue;
        const record = records.find((r) => r.id === each);
        const entry = this.memory.own.get(each);
        if (!record) this.forget(each);
        // The tab's `base` stays: its editor may still hold the old version until it calls `get`.
        else if (entry?.stored?.revision !== record.revision) this.memory.adopt(record, entry?.base);
      }
      this.changed(id);
    });
  }

  // ── writing ───────────────────────────────────────────────────────────────

  /** Puts a version on screen, shows "Saving…", and saves it with every other edit of the same task. */
  private show(id: string, module: Module): Promise<void> {
    const updatedAt = this.now().toISOString();
    let entry = this.memory.own.get(id);
    if (!entry) {
      // The first edit of a shipped module: the trainer's copy, under the same id.
      const shipped = this.memory.shipped.get(id);
      entry = { module, origin: "copy", updatedAt, ...(shipped ? { basedOnVersion: shipped.meta.version } : {}) };
      this.memory.own.set(id, entry);
    }
    entry.module = module;
    entry.updatedAt = updatedAt;
    this.unsaved.add(id);
    this.memory.states.set(id, { status: "saving" });
    this.changed(id);
    return this.scheduleWrites();
  }

  private async addOwn(id: string, module: Module): Promise<string> {
    const stored = asStored(module, id).module;
    this.memory.own.set(id, { module: stored, origin: "own", updatedAt: this.now().toISOString() });
    this.memory.history(id, stored);
    await this.show(id, stored);
    return id;
  }

  /** One run of writes for every unsaved module, queued behind whatever the database is doing. */
  private scheduleWrites(): Promise<void> {
    this.pendingRun ??= this.enqueue(async () => {
      this.pendingRun = undefined;
      const ids = [...this.unsaved];
      this.unsaved.clear();
      for (const id of ids) await this.write(id);
    });
    return this.pendingRun.then(() => undefined);
  }

  private async write(id: string): Promise<void> {
    const entry = this.memory.own.get(id);
    if (!entry) return;
    this.writing.set(id, undefined);
    try {
      await this.writeEntry(id, entry);
    } finally {
      this.writing.delete(id);
    }
  }

  private async writeEntry(id: string, entry: OwnEntry): Promise<void> {
    const fail = (message: string) => {
      this.unsaved.add(id);
      this.memory.states.set(id, { status: "error", message });
      this.changed(id);
    };
    const next = asStored(entry.module, id);
    if (next.error) return fail(notSavedMessage(next.error));
    if (!this.db) return fail(noStorageMessage(this.dbProblem || "storage is not available"));
    let record = this.recordOf(id, entry, next.text, (entry.base ?? 0) + 1);
    let result;
    try {
      this.writing.set(id, record);
      result = await this.db.putIfRevision(record, entry.base);
      if (!result.ok && !result.current) {
        // Deleted in another tab meanwhile: nothing of theirs to overwrite, so this tab's version is stored again.
        record = { ...record, revision: 1 };
        this.writing.set(id, record);
        result = await this.db.putIfRevision(record, undefined);
      }
    } catch (error) {
      return fail(writeFailedMessage(error));
    }
    if (!result.ok) return this.keepConflictingCopy(id, entry, result.current!);
    entry.stored = record;
    entry.base = record.revision;
    // A newer edit made during the write is still to be saved.
    this.memory.states.set(id, this.unsaved.has(id) ? { status: "saving" } : { status: "saved", at: record.updatedAt });
    if (this.journaled.has(id)) await this.dropJournal([id]);
    this.channel?.post({ id });
    this.changed(id);
  }

  /** Another tab stored a newer revision: this tab's version becomes a new module, and theirs is shown. */
  private async keepConflictingCopy(id: string, mine: OwnEntry, theirs: ModuleRecord): Promise<void> {
    const same = theirs.text === serializeModule(mine.module);
    const copy = conflictingCopy(mine.module, id, this.memory.taken, this.now().toISOString());
    if (!same) {
      try {
        if (!(await this.storage().putIfRevision(copy.record, undefined)).ok) throw new Error(`the id ${copy.record.id} was taken meanwhile`);
      } catch (error) {
        this.unsaved.add(id);
        this.memory.states.set(id, { status: "error", message: `Another tab saved this module meanwhile, and your version could not be kept as a copy: ${messageOf(error)}. Export the module to keep it.` });
        this.changed(id);
        return;
      }
      this.memory.adopt(copy.record, copy.record.revision);
      this.memory.history(copy.record.id, copy.module);
      this.channel?.post({ id: copy.record.id });
    }
    this.memory.adopt(theirs, same ? theirs.revision : mine.base);
    if (!same) this.memory.states.set(id, { status: "conflict", message: conflictMessage(copy.module.meta.title) });
    this.changed(id);
  }

  private placeUntrashed(record: ModuleRecord, taken: ModuleRecord | undefined): ModuleRecord {
    if (!taken && !this.memory.own.has(record.id)) return { ...record, revision: record.revision + 1 };
    const id = freeId(record.id, this.memory.taken);
    const read = readModule(record.text, moduleFile(record.id));
    const text = read.module ? serializeModule(setMeta(read.module, { id })) : record.text;
    return { ...record, id, text, origin: "own", revision: 1 };
  }

  /** On `pagehide`: what is not stored yet goes into the journal, in writes that need no reply. */
  private journalUnsaved(): void {
    const records: JournalRecord[] = [...new Set([...this.unsaved, ...this.writing.keys()])].flatMap((id) => {
      const entry = this.memory.own.get(id);
      const next = entry && asStored(entry.module, id);
      if (!entry || !next || next.error) return [];
      this.journaled.add(id);
      const inFlight = this.writing.get(id);
      return [
        {
          key: `${this.tabId}/${id}`,
          tabId: this.tabId,
          record: this.recordOf(id, entry, next.text, (entry.base ?? 0) + 1),
          ...(entry.base !== undefined ? { base: entry.base } : {}),
          ...(inFlight ? { inFlight: { revision: inFlight.revision, text: inFlight.text } } : {}),
        },
      ];
    });
    if (records.length > 0) void this.db?.journal(records).catch(() => undefined);
  }

  private async dropJournal(ids: string[]): Promise<void> {
    for (const id of ids) this.journaled.delete(id);
    await this.db?.dropJournal(ids.map((id) => `${this.tabId}/${id}`)).catch(() => undefined);
  }

  // ── small parts ───────────────────────────────────────────────────────────

  private recordOf(id: string, entry: OwnEntry, text: string, revision: number): ModuleRecord {
    const { basedOnVersion } = entry;
    return { id, text, origin: entry.origin, revision, updatedAt: entry.updatedAt, ...(basedOnVersion ? { basedOnVersion } : {}) };
  }

  private forget(id: string): void {
    this.memory.forget(id);
    this.unsaved.delete(id);
  }

  private storage(): ModuleDb {
    if (!this.db) throw new Error(noStorageMessage(this.dbProblem || "storage is not available"));
    return this.db;
  }

  private enqueue<T>(step: () => Promise<T>): Promise<T> {
    const run = this.queue.then(step);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private changed(id?: string): void {
    this.dispatchEvent(new CustomEvent("change", { detail: { id } }));
  }
}
