import type { Excerpt } from "../core/citations/anchor.ts";
import { backupFileName, parseBackup, writeBackup } from "../core/library/backup.ts";
import { editKey } from "../core/modules/history.ts";
import { addExcerpt, canonicalModule, newModule, setMeta } from "../core/modules/module-edits.ts";
import { serializeModule } from "../core/modules/serialize-module.ts";
import type { Audience, Module } from "../core/schema/module.ts";
import type { ModuleStore, ModuleSummary, SaveState } from "./module-store-api.ts";
import { replayJournal } from "./persistence/journal.ts";
import { ModuleDb, type ModuleRecord } from "./persistence/module-db.ts";
import { asStored, freeId, moduleFile, newToken, readModule, recordOf } from "./persistence/module-entry.ts";
import { ModuleMemory } from "./persistence/module-memory.ts";
import { ModuleSaver, type SaverHost } from "./persistence/module-saver.ts";
import { importClashMessage, messageOf } from "./persistence/save-messages.ts";
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
  private readonly saver: ModuleSaver;
  private db?: ModuleDb;
  private dbProblem = "";
  private channel?: TabChannel;
  private askedPersistence = false;
  private disconnect?: () => void;

  /**
   * @param shippedFiles the module files of `modules/` (see `bundledModuleFiles`).
   * @param db the database (`ModuleDb.open()`); when it cannot be opened, shipped modules still show and saving says why it cannot.
   * @param now the clock, for tests.
   */
  constructor(
    shippedFiles: ShippedModuleFiles,
    db: ModuleDb | Promise<ModuleDb>,
    private readonly now: () => Date = () => new Date(),
  ) {
    super();
    // The saver reads the store's database as it is when it writes, not as it was when made.
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    const store = this;
    const host: SaverHost = {
      memory: this.memory,
      get db() {
        return store.db;
      },
      get dbProblem() {
        return store.dbProblem;
      },
      now,
      changed: (id) => this.changed(id),
      post: (message) => this.post(message),
    };
    this.saver = new ModuleSaver(host);
    this.ready = this.load(shippedFiles, db);
  }

  /** Modules that could not be read (shipped files or stored records), said as `file:line: field: problem`. */
  get problems(): readonly string[] {
    return this.memory.problems;
  }

  /** Starts what the page needs: saving on `pagehide`, news from other tabs, persistent storage. Returns the way to stop. */
  connect(target: Window = window): () => void {
    this.disconnect?.();
    const hide = () => {
      this.saver.journalUnsaved();
      void this.flush();
    };
    const show = (event: PageTransitionEvent) => event.persisted && this.saver.dropJournal();
    const hidden = () => target.document.visibilityState === "hidden" && void this.flush();
    target.addEventListener("pagehide", hide);
    target.addEventListener("pageshow", show);
    target.document.addEventListener("visibilitychange", hidden);
    this.channel = new TabChannel((message) => void this.otherTabChanged(message).catch(() => undefined));
    if (!this.askedPersistence) {
      this.askedPersistence = true;
      void askPersistentStorage().then((granted) => (this.persisted = granted));
    }
    this.disconnect = () => {
      target.removeEventListener("pagehide", hide);
      target.removeEventListener("pageshow", show);
      target.document.removeEventListener("visibilitychange", hidden);
      this.channel?.close();
      this.channel = undefined;
      this.disconnect = undefined;
    };
    return this.disconnect;
  }

  list(): ModuleSummary[] {
    return this.memory.list();
  }

  /** The module; reading it is what lets this tab's next `update` overwrite the stored revision. */
  get(id: string): Module | undefined {
    const entry = this.memory.own.get(id);
    if (entry && !this.saver.isPending(id)) entry.base = entry.stored?.revision;
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
    if (!entry)
      throw new Error(
        this.memory.shipped.has(id)
          ? "A shipped module cannot be deleted; only your own modules and copies can."
          : `There is no module "${id}".`,
      );
    await this.flush();
    const token = newToken();
    const keep = recordOf(id, entry, serializeModule(entry.module), entry.stored?.revision ?? 0);
    await this.saver.enqueue(async () => {
      try {
        await this.saver.storage().trash(id, token, this.now().toISOString(), keep);
      } catch (error) {
        throw new Error(`Could not delete "${entry.module.meta.title}": ${messageOf(error)}. Nothing was changed.`, { cause: error });
      }
      this.forget(id);
      this.post({ id });
    });
    this.changed(id);
    return token;
  }

  async undoRemove(token: string): Promise<void> {
    await this.ready;
    const record = await this.saver.enqueue(() => this.saver.storage().untrash(token, (r, taken) => this.placeUntrashed(r, taken)));
    if (!record) throw new Error("There is nothing to undo: that module is no longer in the trash.");
    this.memory.adopt(record, record.revision);
    this.post({ id: record.id });
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
      const result = await this.saver.enqueue(() => this.saver.storage().putIfRevision(record, undefined));
      if (!result.ok) return { error: `${fileName}: id: a module "${id}" was just made in another tab. Nothing was imported.` };
    } catch (error) {
      return { error: `${fileName}: could not be stored in this browser: ${messageOf(error)}. Nothing was imported.` };
    }
    this.memory.adopt(record, record.revision);
    this.post({ id });
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
      stored = await this.saver.enqueue(() => this.saver.storage().restore(records, newToken, this.now().toISOString()));
    } catch (error) {
      return { error: `${fileName}: could not be restored: ${messageOf(error)}. Nothing was changed.` };
    }
    for (const record of stored) this.memory.adopt(record, record.revision);
    this.post({});
    this.changed();
    return { restored: stored.length };
  }

  flush(): Promise<void> {
    return this.saver.flush();
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
    const unstored = await replayJournal(opened, this.saver.tabId, (id) => this.memory.shipped.has(id), this.now().toISOString()).catch(
      () => [],
    );
    for (const record of await opened.all()) this.memory.adopt(record, record.revision);
    for (const each of unstored) this.saver.takeUnstored(each);
  }

  /** Another tab wrote: read its version, unless this tab has unsaved work on it (its write will find out). */
  private otherTabChanged({ id }: ModulesChanged): Promise<void> {
    return this.saver.enqueue(async () => {
      const db = this.saver.storage();
      const records = id ? [await db.get(id)].filter((r) => r !== undefined) : await db.all();
      const ids = id ? [id] : [...new Set([...this.memory.own.keys(), ...records.map((r) => r.id)])];
      for (const each of ids) {
        if (this.saver.isPending(each)) continue;
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

  /** Puts a version on screen and saves it. */
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
    return this.saver.save(id);
  }

  private async addOwn(id: string, module: Module): Promise<string> {
    const stored = asStored(module, id).module;
    this.memory.own.set(id, { module: stored, origin: "own", updatedAt: this.now().toISOString() });
    this.memory.history(id, stored);
    await this.show(id, stored);
    return id;
  }

  private placeUntrashed(record: ModuleRecord, taken: ModuleRecord | undefined): ModuleRecord {
    if (!taken && !this.memory.own.has(record.id)) return { ...record, revision: record.revision + 1 };
    const id = freeId(record.id, this.memory.taken);
    const read = readModule(record.text, moduleFile(record.id));
    const text = read.module ? serializeModule(setMeta(read.module, { id })) : record.text;
    return { ...record, id, text, origin: "own", revision: 1 };
  }

  private forget(id: string): void {
    this.memory.forget(id);
    this.saver.forget(id);
  }

  private changed(id?: string): void {
    this.dispatchEvent(new CustomEvent("change", { detail: { id } }));
  }

  private post(message: ModulesChanged): void {
    this.channel?.post(message);
  }
}
