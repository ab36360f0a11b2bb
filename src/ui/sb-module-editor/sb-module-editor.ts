import { consume } from "@lit/context";
import { LitElement, html, nothing, type PropertyValues } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import { repeat } from "lit/directives/repeat.js";
import { libraryContext, moduleStoreContext, verifierContext } from "../../app/contexts.ts";
import type { LibraryStore } from "../../app/library-store.ts";
import type { ModuleStore, SaveState } from "../../app/module-store-api.ts";
import type { Verifier } from "../../app/verifier.ts";
import type { BodyNode, Module } from "../../core/schema/module.ts";
import type { CardNode } from "../sb-block-card/block-fields.ts";
import { CARD_NAMES, type SbBlockCard, type SbBlockChangeEvent, type SbBlockMoveEvent } from "../sb-block-card/sb-block-card.ts";
import "../sb-block-card/sb-block-card.ts";
import type { SbFrontMatterForm, SbMetaChangeEvent } from "../sb-front-matter-form/sb-front-matter-form.ts";
import "../sb-front-matter-form/sb-front-matter-form.ts";
import { renameSection, replaceNode, setMeta } from "../../core/modules/module-edits.ts";
import { appendCard, appendSection, moveCard, moveSection, removeCard, removeSection, sectionTitleProblem } from "./body-edits.ts";
import type { DragItem, DropTarget } from "./drag-reorder.ts";
import { DragReorder } from "./drag-reorder.ts";
import { CardKeys } from "./card-keys.ts";
import { FieldDrafts } from "./field-drafts.ts";
import { FIRST_FIELD, NEW_KINDS, newCard, type NewKind } from "./new-blocks.ts";
import { indexAt, outlineOf, placeOf, stepPlace, type CardPlace, type Outline, type OutlineCard, type OutlineSection } from "./outline.ts";
import { styles } from "./sb-module-editor.styles.ts";
import { excerptSummary, isTextField, saveStateText } from "./editor-text.ts";

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
export class SbModuleEditor extends LitElement {
  static override styles = styles;

  /** The id of the module to edit. */
  @property() moduleId = "";

  @consume({ context: moduleStoreContext, subscribe: true }) @state() private store?: ModuleStore;
  @consume({ context: verifierContext, subscribe: true }) @state() private verifier?: Verifier;
  @consume({ context: libraryContext, subscribe: true }) @state() private library?: LibraryStore;

  @state() private module?: Module;
  @state() private saveState: SaveState = { status: "saved" };
  @state() private excerpts = "";
  /** Said to screen readers after a move ("Moved excerpt to 2 of 5 in …"). */
  @state() private announcement = "";
  @state() private grabbedSection = -1;
  @state() private loaded = false;

  private outline: Outline = { intro: [], sections: [] };
  private readonly sectionDrafts = new FieldDrafts<Record<string, string>>(this, () => this.saveSectionTitles());
  private readonly drag = new DragReorder(this, (item, target) => this.onDrop(item, target));
  /** What to focus once the next render is done. */
  private focusAfter?: { card?: number; field?: string; select?: boolean; grab?: boolean; section?: number };
  /** Each card's key, so a card element (and what is typed in it) follows its block when blocks move. */
  private readonly keys = new CardKeys();
  private listening?: ModuleStore;
  private summaryRun = 0;

  override connectedCallback() {
    super.connectedCallback();
    window.addEventListener("pagehide", this.flushAll);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener("pagehide", this.flushAll);
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
    } else if (changed.has("moduleId")) {
      this.read();
    }
    if (changed.has("module")) {
      this.keys.carry(changed.get("module") as Module | undefined, this.module);
      this.outline = this.module ? outlineOf(this.module) : { intro: [], sections: [] };
      const titles = new Map(this.outline.sections.map((s) => [`s${s.index}`, s.title]));
      this.sectionDrafts.reconcile((key, draft) => sectionTitleProblem(draft as string) !== "" || titles.get(key as string) === (draft as string).trim());
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
    this.module = this.store.get(this.moduleId);
    this.saveState = this.store.saveState(this.moduleId);
  }

  private async summarise() {
    const run = ++this.summaryRun;
    const excerpts = this.module?.body.filter((n) => n.kind === "excerpt") ?? [];
    if (!this.verifier || excerpts.length === 0) {
      this.excerpts = excerpts.length === 0 ? "No excerpts yet" : "";
      return;
    }
    const verdicts = await Promise.all(excerpts.map((e) => this.verifier!.verify(e).catch(() => undefined)));
    if (run === this.summaryRun) this.excerpts = excerptSummary(verdicts);
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
    void this.store.update(this.moduleId, next).finally(() => this.read());
  }

  /** A structural change: typing elsewhere is saved first, then the change is made to the latest module. */
  private restructure(change: (module: Module) => Module | undefined) {
    this.flushAll();
    if (!this.module) return;
    const next = change(this.module);
    if (next) this.apply(next);
  }

  override render() {
    if (!this.store || !this.loaded) return html`<p class="loading" role="status">Opening the module…</p>`;
    const module = this.module;
    if (!module) return html`<p class="missing" role="alert">There is no module “${this.moduleId}”. It may have been deleted.</p>`;
    const audiences = module.meta.audiences;
    const used = [...new Set(module.body.flatMap((n) => (n.kind === "audience" ? n.audiences : [])))];
    return html`
      <div class="editor" @keydown=${this.onKeydown}>
        ${this.renderHeader(module)}
        <section class="about" aria-labelledby="about-title">
          <h2 id="about-title">About this module</h2>
          <sb-front-matter-form .meta=${module.meta} .usedAudiences=${used} @sb-meta-change=${this.onMetaChange}></sb-front-matter-form>
        </section>
        <section class="contents" aria-labelledby="contents-title">
          <h2 id="contents-title">Sections</h2>
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
          <button type="button" ?disabled=${!store.canUndo(this.moduleId)} aria-keyshortcuts="Control+Z" @click=${() => this.undo()}>Undo</button>
          <button type="button" ?disabled=${!store.canRedo(this.moduleId)} aria-keyshortcuts="Control+Shift+Z Control+Y" @click=${() => this.redo()}>Redo</button>
          <button type="button" class="primary" @click=${this.onExport}>Export .md</button>
        </div>
      </header>
    `;
  }

  private renderIntro(cards: OutlineCard[], audiences: Module["meta"]["audiences"]) {
    return html`<section class="module-section intro" aria-label="Before the first section">
      <p class="intro-label">Before the first section</p>
      <div class="cards">${repeat(cards, (c) => this.keys.of(c.node), (c, i) => this.renderCard(c, i, cards.length, "the opening", audiences))}</div>
    </section>`;
  }

  private renderSection(section: OutlineSection, s: number, audiences: Module["meta"]["audiences"]) {
    const key = `s${section.index}`;
    const title = this.sectionDrafts.get(key, section.title);
    const problem = this.sectionDrafts.has(key) ? sectionTitleProblem(title) : "";
    const target = this.drag.target;
    const drop = target?.type === "section" && target.index === s && target.where !== "end" ? target.where : "";
    const endDrop = target?.type === "section" && target.index === s && target.where === "end";
    return html`
      <section class="module-section ${drop ? `drop-${drop}` : ""} ${this.grabbedSection === s ? "grabbed" : ""}" data-section=${s}
        aria-label="Section ${s + 1}: ${section.title}"
        @dragover=${(e: DragEvent) => this.drag.overItem(e, "section", s, e.currentTarget as Element)} @drop=${(e: DragEvent) => this.drag.drop(e)}>
        <div class="section-head">
          <button type="button" class="handle" data-section-handle=${s} draggable="true" aria-pressed=${this.grabbedSection === s ? "true" : "false"}
            aria-label="Move section ${s + 1}, ${section.title}" aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown" title="Drag to move, or press Alt+↑ / Alt+↓"
            @click=${() => (this.grabbedSection = this.grabbedSection === s ? -1 : s)} @keydown=${(e: KeyboardEvent) => this.onSectionKey(e, s)}
            @blur=${() => (this.grabbedSection = -1)}
            @dragstart=${(e: DragEvent) => this.drag.start(e, { type: "section", index: s }, (e.target as Element).closest("section")!)}
            @dragend=${() => this.drag.end()}><span aria-hidden="true">⠿</span></button>
          <div class="section-title-field">
            <label for="section-title-${s}">Section ${s + 1}</label>
            <input id="section-title-${s}" class="section-title" type="text" .value=${title}
              aria-invalid=${problem ? "true" : "false"} aria-describedby=${problem ? `section-error-${s}` : nothing}
              @input=${(e: Event) => this.sectionDrafts.set(key, (e.target as HTMLInputElement).value)} @blur=${() => this.sectionDrafts.flush()} />
            ${problem ? html`<span class="error" id="section-error-${s}">${problem}</span>` : nothing}
          </div>
          <button type="button" class="quiet" @click=${() => this.deleteSection(s)}>Delete section<span class="sr"> ${s + 1}</span></button>
        </div>
        <div class="cards ${endDrop ? "drop-end" : ""}" @dragover=${(e: DragEvent) => this.drag.overSectionEnd(e, s)} @drop=${(e: DragEvent) => this.drag.drop(e)}>
          ${repeat(section.cards, (c) => this.keys.of(c.node), (c, i) => this.renderCard(c, i, section.cards.length, `“${section.title}”`, audiences))}
          ${section.cards.length === 0 ? html`<p class="empty">No blocks yet. Add one below${this.drag.dragging?.type === "card" ? ", or drop one here" : ""}.</p>` : nothing}
        </div>
        ${this.renderAddBlock(s)}
      </section>
    `;
  }

  private renderCard(card: OutlineCard, i: number, count: number, where: string, audiences: Module["meta"]["audiences"]) {
    const target = this.drag.target;
    const drop = target?.type === "card" && target.index === card.index ? target.where : "";
    return html`<sb-block-card data-index=${card.index} .node=${card.node} .moduleAudiences=${audiences}
      position="${i + 1} of ${count} in ${where}" drop=${drop}
      @sb-block-change=${(e: SbBlockChangeEvent) => this.onCardChange(card.index, e)}
      @sb-block-move=${(e: SbBlockMoveEvent) => this.moveCardBy(card.index, e.detail.by)}
      @sb-block-delete=${() => this.deleteCard(card.index)}
      @dragstart=${(e: DragEvent) => this.drag.start(e, { type: "card", index: card.index }, e.currentTarget as Element)}
      @dragend=${() => this.drag.end()}
      @dragover=${(e: DragEvent) => this.drag.overItem(e, "card", card.index, e.currentTarget as Element)}
      @drop=${(e: DragEvent) => this.drag.drop(e)}></sb-block-card>`;
  }

  private renderAddBlock(s: number) {
    return html`<div class="add-block">
      <label for="add-kind-${s}">Add a block</label>
      <select id="add-kind-${s}">${NEW_KINDS.map((k) => html`<option value=${k}>${CARD_NAMES[k]}</option>`)}</select>
      <button type="button" @click=${() => this.addCard(s, (this.renderRoot.querySelector<HTMLSelectElement>(`#add-kind-${s}`)!.value as NewKind))}>Add<span class="sr"> to section ${s + 1}</span></button>
    </div>`;
  }

  private renderAddSection() {
    const add = (e: Event) => {
      e.preventDefault();
      const input = this.renderRoot.querySelector<HTMLInputElement>("#new-section")!;
      const title = input.value.trim() || "New section";
      if (sectionTitleProblem(title)) return;
      input.value = "";
      this.focusAfter = { section: this.outline.sections.length };
      this.restructure((m) => appendSection(m, title));
    };
    return html`<form class="add-section" @submit=${add}>
      <label for="new-section">New section title</label>
      <input id="new-section" type="text" placeholder="e.g. Discussion" />
      <button type="submit">Add section</button>
    </form>`;
  }

  protected override async updated() {
    const focus = this.focusAfter;
    if (!focus) return;
    this.focusAfter = undefined;
    if (focus.section !== undefined) {
      this.renderRoot.querySelector<HTMLElement>(focus.field === "handle" ? `[data-section-handle="${focus.section}"]` : `#section-title-${focus.section}`)?.focus();
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
    this.restructure((m) => {
      const added = appendCard(m, section, newCard(kind, m.meta.audiences, sourceId as string));
      this.focusAfter = { card: added.index, field: FIRST_FIELD[kind], select: true };
      this.announcement = `Added ${CARD_NAMES[kind].toLowerCase()} at the end of section ${section + 1}.`;
      return added.module;
    });
  }

  private deleteCard(index: number) {
    this.restructure((m) => {
      const outline = outlineOf(m);
      const place = placeOf(outline, index);
      if (!place) return undefined;
      const name = CARD_NAMES[(m.body[index] as CardNode).kind].toLowerCase();
      this.announcement = `Deleted the ${name}. Undo brings it back.`;
      const next = removeCard(m, index);
      // Focus goes to the card that took its place, else the one before, else the section's add menu.
      const after = indexAt(outlineOf(next), place) ?? indexAt(outlineOf(next), { ...place, card: place.card - 1 });
      this.focusAfter = after !== undefined ? { card: after } : { section: place.section, field: "handle" };
      return next;
    });
  }

  private deleteSection(s: number) {
    this.restructure((m) => {
      this.announcement = `Deleted section ${s + 1} and its blocks. Undo brings them back.`;
      this.focusAfter = { section: Math.max(0, s - 1), field: "handle" };
      return removeSection(m, s);
    });
  }

  private moveCardBy(index: number, by: -1 | 1) {
    const card = this.renderRoot.querySelector<SbBlockCard>(`sb-block-card[data-index="${index}"]`);
    const focused = card?.focusedPart() ?? "handle";
    const grab = card?.isGrabbed ?? false;
    this.restructure((m) => {
      const outline = outlineOf(m);
      const from = placeOf(outline, index);
      const to = from && stepPlace(outline, from, by);
      if (!from || !to) {
        this.announcement = by < 0 ? "Already at the top." : "Already at the bottom.";
        return undefined;
      }
      return this.moveTo(m, from, to, focused, grab);
    });
  }

  /** Moves a card and says where it went; focus follows it. */
  private moveTo(m: Module, from: CardPlace, to: CardPlace, field = "handle", grab = false): Module {
    const moved = moveCard(m, indexAt(outlineOf(m), from)!, to);
    const outline = outlineOf(moved.module);
    const section = to.section < 0 ? undefined : outline.sections[to.section];
    const count = (section?.cards ?? outline.intro).length;
    const name = CARD_NAMES[(m.body[indexAt(outlineOf(m), from)!] as CardNode).kind].toLowerCase();
    this.announcement = `Moved ${name} to ${to.card + 1} of ${count} in ${section ? `section ${to.section + 1}, “${section.title}”` : "the opening"}.`;
    this.focusAfter = { card: moved.index, field, grab };
    return moved.module;
  }

  private moveSectionTo(from: number, to: number, focusHandle: boolean) {
    this.restructure((m) => {
      const count = outlineOf(m).sections.length;
      if (to < 0 || to >= count || to === from) {
        if (to !== from) this.announcement = to < 0 ? "Already the first section." : "Already the last section.";
        return undefined;
      }
      const title = outlineOf(m).sections[from]!.title;
      this.announcement = `Moved section “${title}” to ${to + 1} of ${count}.`;
      this.focusAfter = { section: to, field: focusHandle ? "handle" : "title" };
      if (this.grabbedSection === from) this.grabbedSection = to;
      return moveSection(m, from, to);
    });
  }

  private onSectionKey(e: KeyboardEvent, s: number) {
    if ((e.altKey || this.grabbedSection === s) && (e.key === "ArrowUp" || e.key === "ArrowDown")) {
      e.preventDefault();
      e.stopPropagation();
      this.moveSectionTo(s, s + (e.key === "ArrowUp" ? -1 : 1), true);
    } else if (e.key === "Escape") {
      this.grabbedSection = -1;
    }
  }

  private onDrop(item: DragItem, target: DropTarget) {
    if (item.type === "section") {
      const to = target.where === "after" ? target.index + 1 : target.index;
      this.moveSectionTo(item.index, to > item.index ? to - 1 : to, true);
      return;
    }
    this.restructure((m) => {
      const outline = outlineOf(m);
      const from = placeOf(outline, item.index);
      if (!from) return undefined;
      let to: CardPlace;
      if (target.type === "section") to = { section: target.index, card: outline.sections[target.index]!.cards.length };
      else {
        const at = placeOf(outline, target.index);
        if (!at) return undefined;
        to = { section: at.section, card: at.card + (target.where === "after" ? 1 : 0) };
      }
      // Taking the card out first shifts the later places of its own section up by one.
      if (to.section === from.section && to.card > from.card) to = { ...to, card: to.card - 1 };
      if (to.section === from.section && to.card === from.card) return undefined;
      return this.moveTo(m, from, to);
    });
  }

  private onKeydown(e: KeyboardEvent) {
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
    const key = e.key.toLowerCase();
    const undo = key === "z" && !e.shiftKey;
    const redo = (key === "z" && e.shiftKey) || key === "y";
    if (!undo && !redo) return;
    // Text fields undo their own typing; the editor's undo is for everything else.
    if (isTextField(e.composedPath()[0])) return;
    e.preventDefault();
    if (undo) this.undo();
    else this.redo();
  }

  private undo() {
    this.flushAll();
    if (!this.store?.canUndo(this.moduleId)) return;
    this.announcement = "Undone.";
    void this.store.undo(this.moduleId).then(() => this.read());
  }

  private redo() {
    this.flushAll();
    if (!this.store?.canRedo(this.moduleId)) return;
    this.announcement = "Redone.";
    void this.store.redo(this.moduleId).then(() => this.read());
  }

  private onExport() {
    this.flushAll();
    this.dispatchEvent(new CustomEvent("sb-module-export", { detail: { id: this.moduleId }, bubbles: true, composed: true }));
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
