import { consume } from "@lit/context";
import { msg, str } from "@lit/localize";
import { html, nothing, type PropertyValues } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import { SbElement } from "../sb-element.ts";
import { repeat } from "lit/directives/repeat.js";
import { libraryContext, moduleStoreContext, verifierContext } from "../../app/contexts.ts";
import type { LibraryStore } from "../../app/library-store.ts";
import type { ModuleStore, ModuleSummary, SaveState } from "../../app/module-store-api.ts";
import { saveStateText } from "../../app/persistence/save-messages.ts";
import type { Verifier } from "../../app/verifier.ts";
import { cardName } from "../../app/module-labels.ts";
import { renameSection, replaceNode, setMeta } from "../../core/modules/module-edits.ts";
import { outlineOf, type Outline, type OutlineCard, type OutlineSection } from "../../core/modules/module-outline.ts";
import { NEW_KINDS, type NewKind } from "../../core/modules/new-blocks.ts";
import { appendSection, sectionTitleProblem } from "../../core/modules/outline-edits.ts";
import {
  addCard,
  deleteCard,
  deleteSection,
  dropItem,
  moveSectionTo,
  stepCard,
  type FocusTarget,
  type StructureChange,
} from "../../core/modules/structure-changes.ts";
import type { BodyNode, Module } from "../../core/schema/module.ts";
import type { SbBlockCard, SbBlockChangeEvent, SbBlockMoveEvent } from "../sb-block-card/sb-block-card.ts";
import "../sb-block-card/sb-block-card.ts";
import type { SbFrontMatterForm, SbMetaChangeEvent } from "../sb-front-matter-form/sb-front-matter-form.ts";
import "../sb-front-matter-form/sb-front-matter-form.ts";
import { CardKeys } from "./card-keys.ts";
import { summariseExcerpts } from "./editor-text.ts";
import { FieldDrafts } from "../controllers/field-drafts.ts";
import { FlushOnLeave } from "../controllers/flush-on-leave.ts";
import { ReorderController } from "../controllers/reorder-controller.ts";
import { UndoShortcuts } from "../controllers/undo-shortcuts.ts";
import { componentStyles } from "../styles/component.styles.ts";
import { controlStyles, requiredMark } from "../styles/controls.styles.ts";
import { dropMarkerStyles } from "../styles/drop-marker.styles.ts";
import { editorPageStyles } from "../styles/editor-page.styles.ts";
import { styles } from "./sb-module-editor.styles.ts";

/** The trainer asked to download the module file. */
export type SbModuleExportEvent = CustomEvent<{ id: string }>;

/**
 * @summary Where a trainer edits a module: front matter, sections and their blocks as cards (notes
 * with a live preview, excerpts with their verdicts, trainer, audience, exercise, checklist,
 * discussion and key-point blocks), reordered by drag or by keyboard, with undo and redo. Every
 * change goes to the module store at once (typing: after a pause of at most 250 ms, or on blur).
 *
 * @fires sb-module-export - The trainer pressed Export; `detail.id` is the module to download.
 *
 * @csspart header - The bar with the title, save state and undo, redo and export.
 */
@customElement("sb-module-editor")
export class SbModuleEditor extends SbElement {
  static override styles = [componentStyles, controlStyles, editorPageStyles, dropMarkerStyles, styles];

  /** The id of the module to edit. */
  @property({ attribute: "module-id" }) moduleId = "";

  @consume({ context: moduleStoreContext, subscribe: true }) @state() private store?: ModuleStore;
  @consume({ context: verifierContext, subscribe: true }) @state() private verifier?: Verifier;
  @consume({ context: libraryContext, subscribe: true }) @state() private library?: LibraryStore;

  @state() private module?: Module;
  @state() private saveState: SaveState = { status: "saved" };
  @state() private excerpts = "";
  /** Said to screen readers after a move ("Moved excerpt to 2 of 5 in …"). */
  @state() private announcement = "";
  @state() private loaded = false;
  @state() private origin?: ModuleSummary["origin"];
  /** Why the title typed for a new section was refused. */
  @state() private newSectionProblem = "";

  private outline: Outline = { intro: [], sections: [] };
  private readonly sectionDrafts = new FieldDrafts<Record<string, string>>(this, () => this.saveSectionTitles());
  /** Sections, by their place: moved by their handles here. */
  private readonly sections = new ReorderController(this, {
    by: (s, by) => this.moveSectionBy(s, by),
    move: (from, to) => this.restructure((m) => moveSectionTo(m, from, to)),
  });
  /** Cards, by their body index: dragged here (a card moves itself by keyboard); one can land at the end of any section. */
  private readonly cards = new ReorderController(this, {
    drop: (from, { index, where }) =>
      this.restructure((m) => dropItem(m, { type: "card", index: from }, { type: where === "end" ? "section" : "card", index, where })),
  });
  /** What to focus once the next render is done. */
  private focusAfter?: FocusTarget;
  /** Each card's key, so a card element (and what is typed in it) follows its block when blocks move. */
  private readonly keys = new CardKeys();
  /** Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y anywhere in the page call `undo()` and `redo()`. */
  private readonly shortcuts = new UndoShortcuts(this);
  /** What is being typed goes to the store as the page goes, before the store journals. */
  private readonly leaving = new FlushOnLeave(
    this,
    () => this.store,
    () => this.flushAll(),
  );
  private listening?: ModuleStore;
  /** The id of the module on screen (edits go to it, even while `moduleId` is changing). */
  private shownId = "";
  private summaryRun = 0;

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.listening?.removeEventListener("change", this.onStoreChange);
    this.listening = undefined;
    this.flushAll();
  }

  protected override willUpdate(changed: PropertyValues) {
    if (changed.has("store") && this.store !== this.listening) {
      this.listening?.removeEventListener("change", this.onStoreChange);
      this.listening = this.store;
      this.store?.addEventListener("change", this.onStoreChange);
      void this.store?.ready.then(() => this.read());
    } else if (changed.has("moduleId") && this.moduleId !== this.shownId) {
      // What was typed into the module on screen goes to that module, before the next one is shown.
      this.flushAll();
      this.read();
    }
    if (changed.has("module")) {
      this.keys.carry(changed.get("module") as Module | undefined, this.module);
      this.outline = this.module ? outlineOf(this.module) : { intro: [], sections: [] };
      const titles = new Map(this.outline.sections.map((s) => [`s${s.index}`, s.title]));
      this.sectionDrafts.reconcile(
        (key, draft) => sectionTitleProblem(draft as string) !== "" || titles.get(key as string) === (draft as string).trim(),
      );
    }
    if (changed.has("module") || changed.has("verifier")) void this.summarise();
  }

  private onStoreChange = (event: Event) => {
    const id = (event as CustomEvent<{ id?: string } | undefined>).detail?.id;
    if (id === undefined || id === this.moduleId) this.read();
  };

  /** Re-reads the module and what the store says about saving it. */
  private read() {
    if (!this.store) return;
    this.loaded = true;
    this.shownId = this.moduleId;
    this.module = this.store.get(this.moduleId);
    this.saveState = this.store.saveState(this.moduleId);
    this.origin = this.store.list().find((m) => m.id === this.moduleId)?.origin;
  }

  private async summarise() {
    const run = ++this.summaryRun;
    const summary = await summariseExcerpts(this.module, this.verifier);
    if (run === this.summaryRun) this.excerpts = summary;
  }

  /** Saves what is being typed anywhere in the editor, before anything moves and when the page goes. */
  private flushAll = () => {
    this.sectionDrafts.flush();
    this.renderRoot.querySelector<SbFrontMatterForm>("sb-front-matter-form")?.flush();
    for (const card of this.renderRoot.querySelectorAll<SbBlockCard>("sb-block-card")) card.flush();
  };

  /** Shows the new module at once and hands it to the store, which saves it. */
  private apply(next: Module) {
    if (!this.store || !this.module) return;
    this.module = next;
    this.saveState = { status: "saving" };
    this.settle(this.store.update(this.shownId, next));
  }

  /** Shows the module once the store has it, or says why the store could not take the change. */
  private settle(done: Promise<unknown>) {
    done.then(
      () => this.read(),
      (error: unknown) => this.failed(error),
    );
  }

  /** The store threw instead of reporting a save state: say so, in the same words. */
  private failed(error: unknown) {
    this.read();
    this.saveState = { status: "error", message: error instanceof Error ? error.message : String(error) };
  }

  /** A structural change: typing elsewhere is saved first, then the change is made to the latest module. */
  private restructure(change: (module: Module) => StructureChange) {
    this.flushAll();
    if (!this.module) return;
    const { module, focus, announcement } = change(this.module);
    if (announcement) this.announcement = announcement;
    if (!module) return;
    this.focusAfter = focus;
    this.apply(module);
  }

  override render() {
    if (!this.store || !this.loaded) return html`<p class="loading" role="status">${msg("Opening the module…")}</p>`;
    const module = this.module;
    if (!module)
      return html`<p class="missing" role="alert">${msg(str`There is no module “${this.moduleId}”. It may have been deleted.`)}</p>`;
    const audiences = module.meta.audiences;
    const used = [...new Set(module.body.flatMap((n) => (n.kind === "audience" ? n.audiences : [])))];
    return html`
      <div class="editor">
        ${this.renderHeader(module)}
        ${this.origin === "shipped" ? html`<p class="origin">${msg("Shipped module: your first change makes your own copy; the shipped file stays as it is.")}</p>` : nothing}
        ${this.origin === "copy" ? html`<p class="origin">${msg("Your copy of a shipped module. The shipped file stays as it is.")}</p>` : nothing}
        <section class="about card" aria-labelledby="about-title">
          <h2 id="about-title">${msg("About this module")}</h2>
          <sb-front-matter-form .meta=${module.meta} .usedAudiences=${used} @sb-meta-change=${this.onMetaChange}></sb-front-matter-form>
        </section>
        <section class="contents" aria-labelledby="contents-title">
          <h2 id="contents-title">${msg("Sections")}</h2>
          ${this.outline.intro.length > 0 ? this.renderIntro(this.outline.intro, audiences) : nothing}
          ${this.outline.sections.map((section, s) => this.renderSection(section, s, audiences))}
          ${this.renderAddSection()}
        </section>
        <p class="sr" aria-live="polite" role="status">${this.announcement}</p>
      </div>
    `;
  }

  private renderHeader(module: Module) {
    const store = this.store!;
    const state = this.saveState;
    return html`
      <header class="bar" part="header">
        <h1>${module.meta.title}</h1>
        <div class="status">
          <p class="save ${state.status}" role="status" aria-live="polite" aria-atomic="true">${saveStateText(state)}</p>
          ${this.excerpts ? html`<p class="excerpts">${this.excerpts}</p>` : nothing}
        </div>
        <div class="actions">
          <button type="button" ?disabled=${!store.canUndo(this.moduleId)} aria-keyshortcuts="Control+Z" @click=${() => this.undo()}>${msg("Undo")}</button>
          <button type="button" ?disabled=${!store.canRedo(this.moduleId)} aria-keyshortcuts="Control+Shift+Z Control+Y" @click=${() => this.redo()}>${msg("Redo")}</button>
          <button type="button" class="primary" @click=${this.onExport}>${msg("Export .md")}</button>
        </div>
      </header>
    `;
  }

  private renderIntro(cards: OutlineCard[], audiences: Module["meta"]["audiences"]) {
    return html`<section class="module-section intro" aria-label=${msg("Before the first section")}>
      <p class="intro-label">${msg("Before the first section")}</p>
      <div class="cards">${repeat(
        cards,
        (c) => this.keys.of(c.node),
        (c, i) =>
          this.renderCard(
            c,
            i,
            cards.length,
            msg("the opening", { desc: "Where a block is: before the module's first section." }),
            audiences,
          ),
      )}</div>
    </section>`;
  }

  private renderSection(section: OutlineSection, s: number, audiences: Module["meta"]["audiences"]) {
    const key = `s${section.index}`;
    const title = this.sectionDrafts.get(key, section.title);
    const problem = this.sectionDrafts.has(key) ? sectionTitleProblem(title) : "";
    const drop = this.sections.lineAt(s);
    return html`
      <section class="module-section ${drop ? `drop-${drop}` : ""} ${this.sections.grabbed === s ? "grabbed" : ""}" data-section=${s}
        aria-label=${msg(str`Section ${s + 1}: ${section.title}`)}
        @dragover=${(e: DragEvent) => this.sections.over(e, s)} @drop=${(e: DragEvent) => this.sections.drop(e)}>
        <div class="section-head">
          <button type="button" class="handle" data-section-handle=${s} draggable="true" aria-pressed=${this.sections.pressed(s)}
            aria-label=${msg(str`Move section ${s + 1}, ${section.title}`)} aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown" title=${msg("Drag to move, or press Alt+↑ / Alt+↓")}
            @click=${() => this.sections.toggle(s)} @keydown=${(e: KeyboardEvent) => this.sections.handleKey(e, s)} @blur=${() => this.sections.release()}
            @dragstart=${(e: DragEvent) => this.sections.start(e, s, (e.target as Element).closest("section")!)}
            @dragend=${() => this.sections.end()}><span aria-hidden="true">⠿</span></button>
          <div class="section-title-field">
            <label for="section-title-${s}">${msg(str`Section ${s + 1}`)}${requiredMark}</label>
            <input id="section-title-${s}" class="section-title" type="text" required .value=${title}
              aria-invalid=${problem ? "true" : "false"} aria-describedby=${problem ? `section-error-${s}` : nothing}
              @input=${(e: Event) => this.sectionDrafts.set(key, (e.target as HTMLInputElement).value)} @blur=${() => this.sectionDrafts.flush()} />
            ${problem ? html`<span class="error" id="section-error-${s}">${problem}</span>` : nothing}
          </div>
          <button type="button" class="quiet" aria-label=${msg(str`Delete section ${s + 1}`)} @click=${() => this.restructure((m) => deleteSection(m, s))}>${msg("Delete section")}</button>
        </div>
        <div class="cards ${this.cards.endAt(s) ? "drop-end" : ""}" @dragover=${(e: DragEvent) => this.cards.overEnd(e, s)} @drop=${(e: DragEvent) => this.cards.drop(e)}>
          ${repeat(
            section.cards,
            (c) => this.keys.of(c.node),
            (c, i) => this.renderCard(c, i, section.cards.length, `“${section.title}”`, audiences),
          )}
          ${section.cards.length === 0 ? html`<p class="empty">${this.cards.dragging !== undefined ? msg("No blocks yet. Add one below, or drop one here.") : msg("No blocks yet. Add one below.")}</p>` : nothing}
        </div>
        ${this.renderAddBlock(s)}
      </section>
    `;
  }

  private renderCard(card: OutlineCard, i: number, count: number, where: string, audiences: Module["meta"]["audiences"]) {
    return html`<sb-block-card data-index=${card.index} .node=${card.node} .moduleAudiences=${audiences}
      position=${msg(str`${i + 1} of ${count} in ${where}`, { desc: "Where a block is, said with its Move button: “2 of 5 in “Discussion””." })} drop=${this.cards.lineAt(card.index)} ?dragging=${this.cards.dragging === card.index}
      @sb-block-change=${(e: SbBlockChangeEvent) => this.onCardChange(card.index, e)}
      @sb-block-move=${(e: SbBlockMoveEvent) => this.moveCardBy(card.index, e.detail.by)}
      @sb-block-delete=${() => this.restructure((m) => deleteCard(m, card.index))}
      @dragstart=${(e: DragEvent) => this.cards.start(e, card.index, e.currentTarget as Element)} @dragend=${() => this.cards.end()}
      @dragover=${(e: DragEvent) => this.cards.over(e, card.index)} @drop=${(e: DragEvent) => this.cards.drop(e)}></sb-block-card>`;
  }

  private renderAddBlock(s: number) {
    return html`<div class="add-block">
      <label for="add-kind-${s}">${msg("Add a block")}</label>
      <select id="add-kind-${s}">${NEW_KINDS.map((k) => html`<option value=${k}>${cardName(k)}</option>`)}</select>
      <button type="button" aria-label=${msg(str`Add to section ${s + 1}`)} @click=${() => this.addCard(s, this.renderRoot.querySelector<HTMLSelectElement>(`#add-kind-${s}`)!.value as NewKind)}>${msg("Add")}</button>
    </div>`;
  }

  private renderAddSection() {
    const add = (e: Event) => {
      e.preventDefault();
      const input = this.renderRoot.querySelector<HTMLInputElement>("#new-section")!;
      const title = input.value.trim();
      // An empty title is refused with the reason, never replaced by a title of ours.
      this.newSectionProblem = title ? sectionTitleProblem(title) : msg("Give the new section a title.");
      if (this.newSectionProblem) return void input.focus();
      input.value = "";
      const section = this.outline.sections.length;
      this.restructure((m) => ({
        module: appendSection(m, title),
        focus: { section, field: "title" },
        announcement: msg(str`Added section ${section + 1}, “${title}”.`),
      }));
    };
    const problem = this.newSectionProblem;
    return html`<form class="add-section" novalidate @submit=${add}>
      <label for="new-section">${msg("New section title")}${requiredMark}</label>
      <input id="new-section" type="text" required placeholder=${msg("e.g. Discussion")} aria-invalid=${problem ? "true" : "false"}
        aria-describedby=${problem ? "new-section-error" : nothing} @input=${() => (this.newSectionProblem = "")} />
      <button type="submit">${msg("Add section")}</button>
      ${problem ? html`<span class="error" id="new-section-error">${problem}</span>` : nothing}
    </form>`;
  }

  protected override async updated() {
    const focus = this.focusAfter;
    if (!focus) return;
    this.focusAfter = undefined;
    if ("section" in focus) {
      const selector = focus.field === "handle" ? `[data-section-handle="${focus.section}"]` : `#section-title-${focus.section}`;
      this.sections.refocus(this.renderRoot.querySelector<HTMLElement>(selector), focus.section, focus.grab);
      return;
    }
    const card = this.renderRoot.querySelector<SbBlockCard>(`sb-block-card[data-index="${focus.card}"]`);
    if (!card) return;
    await card.updateComplete;
    card.focusPart(focus.field, focus.select, focus.grab);
  }

  private onMetaChange(e: SbMetaChangeEvent) {
    if (this.module) this.apply(setMeta(this.module, e.detail.meta));
  }

  private onCardChange(index: number, e: SbBlockChangeEvent) {
    if (!this.module) return;
    this.keys.same(this.module.body[index]!, e.detail.node);
    this.apply(replaceNode(this.module, index, e.detail.node as BodyNode));
  }

  private saveSectionTitles() {
    let next = this.module;
    if (!next) return;
    this.outline.sections.forEach((section, s) => {
      const key = `s${section.index}`;
      if (!this.sectionDrafts.has(key)) return;
      const title = this.sectionDrafts.get(key, section.title).trim();
      if (!sectionTitleProblem(title) && title !== section.title) next = renameSection(next!, s, title);
    });
    this.requestUpdate();
    if (next !== this.module) this.apply(next);
  }

  private addCard(section: number, kind: NewKind) {
    const sourceId = this.module?.body.find((n) => n.kind === "excerpt")?.sourceId ?? this.library?.entries[0]?.id ?? "un-hrc-25-48-add1";
    this.restructure((m) => addCard(m, section, kind, sourceId as string));
  }

  private moveCardBy(index: number, by: -1 | 1) {
    const card = this.renderRoot.querySelector<SbBlockCard>(`sb-block-card[data-index="${index}"]`);
    const [field, grab] = [card?.focusedPart() ?? "handle", card?.isGrabbed ?? false];
    this.restructure((m) => stepCard(m, index, by, field, grab));
  }

  private moveSectionBy(from: number, by: -1 | 1) {
    const grab = this.sections.grabbed === from;
    this.restructure((m) => {
      const change = moveSectionTo(m, from, from + by);
      return change.focus && "section" in change.focus ? { ...change, focus: { ...change.focus, grab } } : change;
    });
  }

  /** Undoes the last change to the module (what is being typed is saved first, so it is the change undone). */
  undo(): void {
    this.flushAll();
    if (!this.store?.canUndo(this.moduleId)) return;
    this.announcement = msg("Undone.");
    this.settle(this.store.undo(this.moduleId));
  }

  /** Redoes the last change undone. */
  redo(): void {
    this.flushAll();
    if (!this.store?.canRedo(this.moduleId)) return;
    this.announcement = msg("Redone.");
    this.settle(this.store.redo(this.moduleId));
  }

  private onExport() {
    this.flushAll();
    this.emit("sb-module-export", { id: this.moduleId });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "sb-module-editor": SbModuleEditor;
  }
  interface GlobalEventHandlersEventMap {
    "sb-module-export": SbModuleExportEvent;
  }
}
