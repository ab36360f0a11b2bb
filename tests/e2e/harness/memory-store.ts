import type { Excerpt } from "../../../src/core/citations/anchor.ts";
import { parseModule } from "../../../src/core/modules/parse-module.ts";
import { serializeModule } from "../../../src/core/modules/serialize-module.ts";
import type { Audience, Module } from "../../../src/core/schema/module.ts";
import type { ModuleStore, ModuleSummary, SaveState } from "../../../src/app/module-store-api.ts";

/** A ModuleStore kept in memory, for harness pages: same contract as the IndexedDB one, no persistence. */
export class MemoryModuleStore extends EventTarget implements ModuleStore {
  readonly ready = Promise.resolve();
  private readonly modules = new Map<string, Module>();
  private readonly past = new Map<string, Module[]>();
  private readonly future = new Map<string, Module[]>();
  private readonly states = new Map<string, SaveState>();
  private readonly removed = new Map<string, Module>();
  /** When set, every write fails with this message (as a full disk would). */
  failWrites = "";
  /** How long a write takes, so "Saving…" can be seen. */
  writeDelayMs = 30;

  /** Adds a module as if it were on disk. */
  put(module: Module): void {
    this.modules.set(module.meta.id, module);
  }

  list(): ModuleSummary[] {
    return [...this.modules.values()].map((m) => ({
      id: m.meta.id,
      title: m.meta.title,
      summary: m.meta.summary,
      audiences: m.meta.audiences,
      topics: m.meta.topics,
      minutes: m.meta.minutes,
      reviewStatus: m.meta.review.status,
      excerpts: m.body.filter((n) => n.kind === "excerpt").length,
      origin: "own",
    }));
  }

  get(id: string): Module | undefined {
    return this.modules.get(id);
  }

  text(id: string): string | undefined {
    const module = this.modules.get(id);
    return module && serializeModule(module);
  }

  async create(title: string, audiences: Audience[] = ["police"], section = "Introduction"): Promise<string> {
    const id =
      title
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-|-$/g, "") || "module";
    this.put({
      meta: { id, title, summary: "", version: 1, audiences, topics: [], minutes: 60, objectives: [], review: { status: "draft" } },
      body: [
        { kind: "markdown", text: "\n" },
        { kind: "section", title: section },
        { kind: "markdown", text: "\n" },
      ],
    });
    this.changed(id);
    return id;
  }

  async duplicate(id: string): Promise<string> {
    const module = this.modules.get(id)!;
    const copy = `${id}-copy`;
    this.put({ ...module, meta: { ...module.meta, id: copy, title: `${module.meta.title} (copy)` } });
    this.changed(copy);
    return copy;
  }

  async remove(id: string): Promise<string> {
    this.removed.set(id, this.modules.get(id)!);
    this.modules.delete(id);
    this.changed(id);
    return id;
  }

  async undoRemove(token: string): Promise<void> {
    const module = this.removed.get(token);
    if (module) this.put(module);
    this.changed(token);
  }

  async update(id: string, module: Module): Promise<void> {
    const before = this.modules.get(id);
    if (before) this.past.set(id, [...(this.past.get(id) ?? []), before]);
    this.future.set(id, []);
    await this.write(id, module);
  }

  async addExcerpt(id: string, section: string, excerpt: Excerpt): Promise<void> {
    const module = this.modules.get(id)!;
    const at = module.body.findIndex((n) => n.kind === "section" && n.title === section);
    const node = { kind: "excerpt" as const, sourceId: excerpt.sourceId, locator: excerpt.locator, quote: excerpt.quote };
    const body =
      at < 0
        ? [...module.body, { kind: "section" as const, title: section }, { kind: "markdown" as const, text: "\n" }, node]
        : [...module.body];
    if (at >= 0) body.splice(at + 1, 0, { kind: "markdown", text: "\n" }, node);
    await this.update(id, { ...module, body });
  }

  async undo(id: string): Promise<void> {
    const past = this.past.get(id) ?? [];
    const before = past.pop();
    if (!before) return;
    this.future.set(id, [...(this.future.get(id) ?? []), this.modules.get(id)!]);
    await this.write(id, before);
  }

  async redo(id: string): Promise<void> {
    const future = this.future.get(id) ?? [];
    const next = future.pop();
    if (!next) return;
    this.past.set(id, [...(this.past.get(id) ?? []), this.modules.get(id)!]);
    await this.write(id, next);
  }

  canUndo(id: string): boolean {
    return (this.past.get(id)?.length ?? 0) > 0;
  }

  canRedo(id: string): boolean {
    return (this.future.get(id)?.length ?? 0) > 0;
  }

  saveState(id: string): SaveState {
    return this.states.get(id) ?? { status: "saved" };
  }

  async importModule(fileName: string, text: string): Promise<{ id: string } | { error: string }> {
    const parsed = parseModule(text, fileName);
    if (!parsed.module || parsed.errors.length > 0) return { error: parsed.errors[0]?.message ?? `${fileName}: cannot be read` };
    this.put(parsed.module);
    this.changed(parsed.module.meta.id);
    return { id: parsed.module.meta.id };
  }

  exportModule(id: string): { fileName: string; text: string } {
    return { fileName: `${id}.md`, text: this.text(id)! };
  }

  backup(): { fileName: string; text: string } {
    return { fileName: "sourcebook-backup.json", text: JSON.stringify([...this.modules.keys()].map((id) => this.text(id))) };
  }

  async restore(): Promise<{ restored: number } | { error: string }> {
    return { error: "The memory store cannot restore backups." };
  }

  async flush(): Promise<void> {}

  /** Nothing to journal: the harness keeps no work across a reload. */
  holdDrafts(): () => void {
    return () => undefined;
  }

  private async write(id: string, module: Module): Promise<void> {
    this.modules.set(id, module);
    this.states.set(id, { status: "saving" });
    this.changed(id);
    await new Promise((resolve) => setTimeout(resolve, this.writeDelayMs));
    this.states.set(
      id,
      this.failWrites ? { status: "error", message: this.failWrites } : { status: "saved", at: new Date().toISOString() },
    );
    this.changed(id);
  }

  private changed(id: string): void {
    this.dispatchEvent(new CustomEvent("change", { detail: { id } }));
  }
}
