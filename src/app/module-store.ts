import { msg, str } from "@lit/localize";
import { backupFileName, parseBackup, writeBackup, type BackupSource } from "../core/library/backup.ts";
import { editKey } from "../core/modules/history.ts";
import type { Excerpt } from "../core/citations/anchor.ts";
import { addExcerpt, canonicalModule, newModule, setMeta, type NewExcerpt } from "../core/modules/module-edits.ts";
import { serializeModule } from "../core/modules/serialize-module.ts";
import type { Audience, Module } from "../core/schema/module.ts";
import type { ModuleStore, ModuleSummary, RestoreResult } from "./module-store-api.ts";
import { ModuleDb, type ModuleRecord } from "./persistence/module-db.ts";
import { asStored, moduleFile, moduleKind, readModule, type OwnEntry } from "./persistence/module-entry.ts";
import { ModuleMemory } from "./persistence/module-memory.ts";
import { freeId, newToken } from "./persistence/record-ids.ts";
import { RevisionStore, type BundledFiles } from "./persistence/revision-store.ts";
import { importClashMessage, messageOf } from "./persistence/save-messages.ts";
import { askPersistentStorage } from "./persistence/tab-channel.ts";

/** The modules in `modules/`, each a lazily loaded chunk of the build; their translations (`<id>.<language>.md`) are not modules. */
export function bundledModuleFiles(): BundledFiles {
  return import.meta.glob<string>(["../../modules/*.md", "!../../modules/*.*.md"], { query: "?raw", import: "default" });
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
export class IdbModuleStore extends RevisionStore<ModuleRecord, OwnEntry, ModuleDb> implements ModuleStore {
  /** Whether the browser granted persistent storage (undefined until asked, or when it cannot say). */
  persisted?: boolean;
  private readonly memory = new ModuleMemory(this.saver.own);
  private askedPersistence = false;

  /**
   * @param shippedFiles the module files of `modules/` (see `bundledModuleFiles`).
   * @param db the database (`ModuleDb.open()`); when it cannot be opened, shipped modules still show and saving says why it cannot.
   * @param now the clock, for tests.
   */
  constructor(shippedFiles: BundledFiles, db: ModuleDb | Promise<ModuleDb>, now: () => Date = () => new Date()) {
    super(moduleKind, shippedFiles, db, now);
  }

  /** Also asks for persistent storage. */
  override connect(target: Window = window): () => void {
    if (!this.askedPersistence) {
      this.askedPersistence = true;
      void askPersistentStorage().then((granted) => (this.persisted = granted));
    }
    return super.connect(target);
  }

  list(): ModuleSummary[] {
    return this.memory.list();
  }

  /** The module; reading it is what lets this tab's next `update` overwrite the stored revision. */
  get(id: string): Module | undefined {
    return this.saver.read(id)?.module ?? this.memory.shipped.get(id);
  }

  text(id: string): string | undefined {
    const module = this.memory.current(id);
    return module && serializeModule(module);
  }

  async create(title: string, audiences?: Audience[], section?: string): Promise<string> {
    await this.ready;
    const draft = newModule(title, audiences, section);
    const id = freeId(draft.meta.id, this.saver.taken);
    return this.addOwn(id, setMeta(draft, { id }));
  }

  async duplicate(id: string): Promise<string> {
    await this.ready;
    const source = this.memory.require(id);
    const copyId = freeId(`${id}-copy`, this.saver.taken);
    // A duplicate is a new module: the original's review does not carry over.
    return this.addOwn(copyId, setMeta(source, { id: copyId, title: `${source.meta.title} (copy)`, review: { status: "draft" } }));
  }

  update(id: string, module: Module): Promise<void> {
    return this.whenReady(() => {
      const before = this.memory.require(id);
      const next = asStored(canonicalModule(setMeta(module, { id })), id).module;
      this.memory.history(id, before).record(next, editKey(before, next), this.now().getTime());
      return this.show(id, next);
    });
  }

  async addExcerpt(id: string, section: string, excerpt: Excerpt & Pick<NewExcerpt, "acknowledge">): Promise<void> {
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
      return { error: importClashMessage(fileName, idLine, id, existing.meta.title, this.saver.own.has(id)) };
    }
    const record: ModuleRecord = { id, text: serializeModule(module), origin: "own", revision: 1, updatedAt: this.now().toISOString() };
    return this.insertImported(fileName, record);
  }

  exportModule(id: string): { fileName: string; text: string } {
    const text = this.text(id);
    if (text === undefined) throw new Error(msg(str`There is no module "${id}".`));
    return { fileName: moduleFile(id), text };
  }

  backup(sources: readonly BackupSource[] = []): { fileName: string; text: string } {
    const exportedAt = this.now().toISOString();
    return { fileName: backupFileName(exportedAt), text: writeBackup(this.memory.backupModules(), exportedAt, sources) };
  }

  async restore(fileName: string, text: string): Promise<RestoreResult> {
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
    for (const record of stored) this.saver.adopt(record, record.revision);
    this.saver.post({});
    this.saver.changed();
    const { sources } = parsed.value.backup;
    return { restored: stored.length, ...(sources ? { sources } : {}) };
  }

  protected isBundled(id: string): boolean {
    return this.memory.shipped.has(id);
  }

  protected readBundled(files: readonly (readonly [string, string])[]): void {
    for (const [file, text] of files) {
      const read = readModule(text, `modules/${file}`);
      if (read.error) this.problemList.push(read.error.message);
      else this.memory.shipped.set(read.module.meta.id, read.module);
    }
  }

  protected cannotRemove(id: string): string {
    return this.memory.shipped.has(id)
      ? msg("A shipped module cannot be deleted; only your own modules and copies can.")
      : msg(str`There is no module "${id}".`);
  }

  protected override adopted(id: string, entry: OwnEntry): void {
    this.memory.histories.get(id)?.reset(entry.module);
  }

  protected override forgotten(id: string): void {
    this.memory.histories.delete(id);
  }

  /** Puts a version on screen and saves it. */
  private show(id: string, module: Module): Promise<void> {
    const updatedAt = this.now().toISOString();
    let entry = this.saver.own.get(id);
    if (!entry) {
      // The first edit of a shipped module: the trainer's copy, under the same id.
      const shipped = this.memory.shipped.get(id);
      entry = { module, origin: "copy", updatedAt, ...(shipped ? { basedOnVersion: shipped.meta.version } : {}) };
      this.saver.own.set(id, entry);
    }
    entry.module = module;
    entry.updatedAt = updatedAt;
    return this.saver.save(id);
  }

  private async addOwn(id: string, module: Module): Promise<string> {
    const stored = asStored(module, id).module;
    this.saver.own.set(id, { module: stored, origin: "own", updatedAt: this.now().toISOString() });
    this.memory.history(id, stored);
    await this.show(id, stored);
    return id;
  }
}
