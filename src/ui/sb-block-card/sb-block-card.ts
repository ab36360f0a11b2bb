import { msg, str } from "@lit/localize";
import { consume } from "@lit/context";
import { html, nothing, type PropertyValues } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import { SbElement } from "../sb-element.ts";
import { libraryContext, verifierContext } from "../../app/contexts.ts";
import type { LibraryStore } from "../../app/library-store.ts";
import { routeHref } from "../../app/routes.ts";
import type { CheckedExcerpt, Verifier } from "../../app/verifier.ts";
import type { Verdict } from "../../core/citations/verify.ts";
import { withAcknowledged } from "../../core/citations/acknowledgements.ts";
import {
  checkNode,
  draftStays,
  fieldsOf,
  nodeWith,
  type CardFields,
  type CardNode,
  type FieldErrors,
} from "../../core/modules/block-fields.ts";
import { audienceLabel, cardName } from "../../app/module-labels.ts";
import { numberedList } from "../../core/modules/numbered-list.ts";
import { AUDIENCES, type Audience, type ExcerptNode } from "../../core/schema/module.ts";
import "../sb-markdown/sb-markdown.ts";
import { FieldDrafts } from "../controllers/field-drafts.ts";
import { ReorderController } from "../controllers/reorder-controller.ts";
import "../sb-verdict-badge/sb-verdict-badge.ts";
import "../sb-caution-list/sb-caution-list.ts";
import type { SbAcknowledgeChangeEvent } from "../sb-caution-list/sb-caution-list.ts";
import { componentStyles } from "../styles/component.styles.ts";
import { controlStyles, requiredInLegend, requiredMark } from "../styles/controls.styles.ts";
import { dropMarkerStyles } from "../styles/drop-marker.styles.ts";
import { styles } from "./sb-block-card.styles.ts";

const EXCERPT_FIELDS = ["sourceId", "locator", "quote"];

export type SbBlockChangeEvent = CustomEvent<{ node: CardNode }>;
export type SbBlockMoveEvent = CustomEvent<{ by: -1 | 1 }>;
export type SbBlockDeleteEvent = CustomEvent<Record<string, never>>;

/**
 * @summary One block of a module body as an editable card: a Markdown note with its preview, an
 * excerpt with its verdict and its cautions (each with a box to acknowledge it), or a trainer, audience, exercise, checklist, discussion or key-points block.
 * Typed text is saved ≤ 250 ms after typing pauses and at once on blur; a field that would break the
 * file says why and waits.
 *
 * @fires sb-block-change - The trainer changed a field; `detail.node` is the whole new node.
 * @fires sb-block-move - Alt+ArrowUp / Alt+ArrowDown (or arrows while the handle is grabbed); `detail.by` is -1 or 1.
 * @fires sb-block-delete - The trainer pressed Delete.
 *
 * @csspart card - The card.
 * @csspart handle - The drag and keyboard move handle.
 */
@customElement("sb-block-card")
export class SbBlockCard extends SbElement {
  static override styles = [componentStyles, controlStyles, dropMarkerStyles, styles];

  /** The node the card edits. */
  @property({ attribute: false }) node?: CardNode;
  /** The module's audiences (an audience block may only name these). */
  @property({ attribute: false }) moduleAudiences: Audience[] = [];
  /** Where the card sits, for screen readers ("2 of 5 in Why it matters"). */
  @property() position = "";
  /** Shows where a dragged card would land. */
  @property({ reflect: true, attribute: "drop" }) drop: "" | "before" | "after" = "";
  /** Marks the card being dragged. */
  @property({ type: Boolean, reflect: true }) dragging = false;

  @consume({ context: verifierContext, subscribe: true }) @state() private verifier?: Verifier;
  @consume({ context: libraryContext, subscribe: true }) @state() private library?: LibraryStore;
  @state() private verdict?: Verdict;
  @state() private verifyProblem = "";
  /** Whether an excerpt shows its fields (source, locator, quote) rather than the quotation. */
  @state() private editingExcerpt = false;

  private readonly drafts = new FieldDrafts<CardFields>(this, () => this.save());
  /** The handle's grab and Alt+↑/↓; the editor moves the card, and drags it. */
  private readonly reorder = new ReorderController(this, { by: (_, by) => this.move(by) });
  @state() private errors: FieldErrors = {};
  private verifying = 0;

  /** Saves anything still being typed (before the card moves or the module changes under it). */
  flush(): void {
    this.drafts.flush();
  }

  /** Whether the handle is grabbed for moving with the arrow keys. */
  get isGrabbed(): boolean {
    return this.reorder.grabbed !== undefined;
  }

  /** Focuses the handle, or the field named (after the card moved, focus follows it); `grab` keeps it grabbed. */
  focusPart(field = "handle", selectAll = false, grab = false): void {
    if (this.node?.kind === "excerpt" && EXCERPT_FIELDS.includes(field) && !this.editingExcerpt) {
      this.editingExcerpt = true;
      void this.updateComplete.then(() => this.focusPart(field, selectAll, grab));
      return;
    }
    const el =
      this.renderRoot.querySelector<HTMLElement>(`[data-field="${field}"]`) ??
      this.renderRoot.querySelector<HTMLElement>(`[data-field="handle"]`);
    this.reorder.refocus(el, 0, grab);
    if (selectAll && (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement)) el.select();
  }

  /** The field that has focus inside the card, if any. */
  focusedPart(): string | undefined {
    return (this.renderRoot as ShadowRoot).activeElement?.getAttribute("data-field") ?? undefined;
  }

  protected override willUpdate(changed: PropertyValues) {
    if ((changed.has("node") || changed.has("moduleAudiences")) && this.node) {
      const node = this.node;
      if (changed.has("node") && changed.get("node")?.kind !== node.kind) this.drafts.clear();
      this.drafts.reconcile((field, draft) => draftStays(node, field as string, draft as string, this.moduleAudiences));
      this.errors = this.check().errors;
    }
  }

  protected override updated(changed: PropertyValues) {
    const node = this.node;
    if ((changed.has("node") || changed.has("verifier")) && node?.kind === "excerpt" && this.verifier) {
      const before = changed.get("node");
      const same =
        before?.kind === "excerpt" &&
        before.sourceId === node.sourceId &&
        before.locator === node.locator &&
        before.quote === node.quote &&
        before.parallel?.sourceId === node.parallel?.sourceId &&
        before.parallel?.quote === node.parallel?.quote;
      if (!same || changed.has("verifier")) void this.verify(node);
    }
  }

  private async verify({ sourceId, locator, quote, parallel }: CheckedExcerpt) {
    const run = ++this.verifying;
    this.verdict = undefined;
    this.verifyProblem = "";
    try {
      const verdict = await this.verifier!.verify({ sourceId, locator, quote, ...(parallel ? { parallel } : {}) });
      if (run === this.verifying) this.verdict = verdict;
    } catch (error) {
      if (run === this.verifying) this.verifyProblem = error instanceof Error ? error.message : String(error);
    }
  }

  /** Applies each typed field that keeps the rules; a field that breaks one keeps its text and its message. */
  private check(): { node: CardNode; errors: FieldErrors } {
    let node = this.node!;
    const errors: FieldErrors = {};
    for (const field of Object.keys(fieldsOf(node))) {
      if (!this.drafts.has(field)) continue;
      const candidate = nodeWith(node, { [field]: this.drafts.get(field, "") });
      const problems = checkNode(candidate, this.moduleAudiences);
      if (Object.keys(problems).length === 0) node = candidate;
      else errors[field] = problems[field] ?? Object.values(problems)[0]!;
    }
    return { node, errors };
  }

  private save() {
    if (!this.node) return;
    const { node, errors } = this.check();
    this.errors = errors;
    if (JSON.stringify(node) !== JSON.stringify(this.node)) this.emit("sb-block-change", { node });
  }

  private value(field: string): string {
    return this.drafts.get(field, fieldsOf(this.node!)[field] ?? "");
  }

  private move(by: -1 | 1) {
    this.flush();
    this.emit("sb-block-move", { by });
  }

  override render() {
    const node = this.node;
    if (!node) return nothing;
    const name = cardName(node.kind);
    const lower = name.toLowerCase();
    return html`
      <article class="card ${node.kind}" part="card" aria-labelledby="name" @keydown=${(e: KeyboardEvent) => this.reorder.itemKey(e)}
        @focusout=${() => this.drafts.flush()}>
        <header>
          <button class="handle" part="handle" data-field="handle" draggable="true" aria-pressed=${this.reorder.pressed()}
            aria-label=${this.position ? msg(str`Move ${lower}, ${this.position}`) : msg(str`Move ${lower}`)} aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
            title=${msg("Drag to move, or press Alt+↑ / Alt+↓")} @click=${() => this.reorder.toggle()}
            @keydown=${(e: KeyboardEvent) => this.reorder.handleKey(e)} @blur=${() => this.reorder.release()}>
            <span aria-hidden="true">⠿</span>
          </button>
          <h3 id="name">${name}</h3>
          ${this.isGrabbed ? html`<span class="grab-hint" aria-hidden="true">${msg("↑ ↓ to move, Esc to drop")}</span>` : nothing}
          <button class="delete" data-field="delete" aria-label=${msg(str`Delete ${lower}`)} @click=${this.onDelete}>${msg("Delete")}</button>
        </header>
        ${this.renderFields(node)}
      </article>
    `;
  }

  private onDelete() {
    this.flush();
    this.emit("sb-block-delete", {});
  }

  private renderFields(node: CardNode) {
    switch (node.kind) {
      case "markdown":
        return html`<div class="note">${this.textarea("text", msg("Note (Markdown)"), 6, true, { required: true })}</div>`;
      case "excerpt":
        return this.renderExcerpt();
      case "trainer":
        return this.textarea("body", msg("Only the trainer sees this (Markdown)"), 4, true);
      case "audience":
        return html`${this.renderAudiences()}${this.textarea("body", msg("Text for these audiences (Markdown)"), 4, true)}`;
      case "exercise":
        return html`
          <div class="pair">${this.input("title", msg("Title"), { required: true })}${this.input("minutes", msg("Minutes"), { required: true, inputmode: "numeric", cls: "minutes" })}</div>
          ${this.textarea("scenario", msg("Scenario"), 4, true)}
          ${this.textarea("steps", msg("Steps"), 4, true)}
          ${this.textarea("answer", msg("Good answer (trainer only)"), 4, true)}
        `;
      case "checklist":
        return html`${this.input("title", msg("Title"), { required: true })}${this.textarea("body", msg("Items, one per line starting with - "), 5, true, { required: true })}`;
      case "discussion":
        // Numbered as every edition prints them: trainers refer to "question 2".
        return this.textarea("body", msg("Questions, one per line starting with - "), 4, true, { required: true, asPrinted: numberedList });
      case "keypoints":
        return this.textarea("body", msg("Key points, one per line starting with - "), 4, true, { required: true });
      case "check":
        return this.textarea("body", msg("What to confirm before teaching, one per line starting with - "), 4, true, { required: true });
      case "quiz":
        return this.textarea(
          "body",
          msg("Numbered questions (1. …), each with an indented Answer: line (trainer guide only)", {
            desc: "Keep “Answer:” in English: the module file is read by that word.",
          }),
          6,
          true,
          {
            required: true,
          },
        );
    }
  }

  private renderExcerpt() {
    const node = this.node as ExcerptNode;
    const entry = this.library?.entry(node.sourceId);
    const reader = routeHref({ view: "source", sourceId: node.sourceId, locator: node.locator });
    // An excerpt is read more than it is edited: its words as a quotation, the fields one click away.
    const editing = this.editingExcerpt || Object.keys(this.errors).length > 0;
    return html`
      ${
        editing
          ? html`${this.renderExcerptFields()}`
          : html`<blockquote class="quotation" lang=${entry?.language ?? nothing}>${node.quote}</blockquote>
            <p class="cite">— ${entry?.shortCite ?? node.sourceId}, ${node.locator}</p>`
      }
      <div class="verdict">
        <sb-verdict-badge .verdict=${this.verdict} problem=${this.verifyProblem}></sb-verdict-badge>
        <span class="links">
          <button type="button" class="edit" data-field="edit" aria-expanded=${editing ? "true" : "false"}
            @click=${() => this.toggleExcerptFields(!editing)}>${editing ? msg("Done") : msg("Edit quote")}</button>
          <a class="reader-link" href=${reader}>${msg("Open in the reader")}</a>
        </span>
      </div>
      ${
        this.verdict?.status === "verified" && this.verdict.cautions.length > 0
          ? html`<sb-caution-list .cautions=${this.verdict.cautions} .acknowledged=${node.acknowledge ?? []}
            @sb-acknowledge-change=${this.onAcknowledge}></sb-caution-list>`
          : nothing
      }
    `;
  }

  /** A caution ticked or unticked: the excerpt's `acknowledge=` changes, an edit like any other (and undone like one). */
  private onAcknowledge(event: SbAcknowledgeChangeEvent) {
    event.stopPropagation();
    const { node } = this.check();
    if (node.kind !== "excerpt") return;
    const { acknowledge: before = [], ...rest } = node;
    const acknowledge = withAcknowledged(before, event.detail.kind, event.detail.acknowledged);
    this.emit("sb-block-change", { node: acknowledge.length > 0 ? { ...rest, acknowledge } : rest });
  }

  private renderExcerptFields() {
    const sourceId = this.value("sourceId");
    const entries = this.library?.entries ?? [];
    const known = entries.some((e) => e.id === sourceId);
    const onSource = (e: Event) => this.drafts.setNow("sourceId", (e.target as HTMLSelectElement).value);
    return html`
      <div class="pair">
        ${
          entries.length > 0
            ? this.wrap(
                "sourceId",
                msg("Source"),
                html`<select id="sourceId" data-field="sourceId" required @change=${onSource} aria-describedby=${this.describedBy("sourceId")}>
              ${known ? nothing : html`<option value=${sourceId} selected>${msg(str`${sourceId} (not in the library)`)}</option>`}
              ${entries.map((e) => html`<option value=${e.id} ?selected=${e.id === sourceId}>${e.shortCite}</option>`)}
            </select>`,
              )
            : this.input("sourceId", msg("Source id"), { required: true })
        }
        ${this.input("locator", msg("Where (locator)"), { required: true })}
      </div>
      ${this.textarea("quote", msg("Quote, exactly as in the source"), 4, false, { required: true })}
    `;
  }

  private toggleExcerptFields(open: boolean) {
    this.flush();
    this.editingExcerpt = open;
    void this.updateComplete.then(() => this.focusPart(open ? "quote" : "edit"));
  }

  private renderAudiences() {
    const chosen = this.value("audiences").split(/\s+/).filter(Boolean);
    const offered = [...this.moduleAudiences, ...chosen.filter((a) => !this.moduleAudiences.includes(a as Audience))] as Audience[];
    const toggle = (audience: Audience, on: boolean) =>
      this.drafts.setNow("audiences", offered.filter((a) => (a === audience ? on : chosen.includes(a))).join(" "));
    const error = this.errors.audiences;
    return html`
      <fieldset class="field audiences" aria-describedby=${error ? "audiences-error" : nothing}>
        <legend>${msg("Shown only to")}${requiredInLegend}</legend>
        <div class="audience-list">${offered.map(
          (
            a,
            i,
          ) => html`<label class="check"><input type="checkbox" data-field=${i === 0 ? "audiences" : `audiences-${a}`} .checked=${chosen.includes(a)}
          @change=${(e: Event) => toggle(a, (e.target as HTMLInputElement).checked)} />${AUDIENCES.includes(a) ? audienceLabel(a) : a}</label>`,
        )}</div>
        ${error ? html`<span class="error" id="audiences-error">${error}</span>` : nothing}
      </fieldset>
    `;
  }

  private describedBy(field: string) {
    return this.errors[field] ? `${field}-error` : nothing;
  }

  private wrap(field: string, label: string, control: unknown, required = true) {
    const error = this.errors[field];
    return html`<div class="field ${field}">
      <label for=${field}>${label}${required ? requiredMark : nothing}</label>${control}
      ${error ? html`<span class="error" id="${field}-error">${error}</span>` : nothing}
    </div>`;
  }

  private input(field: string, label: string, { required = false, inputmode = "", cls = "" } = {}) {
    return this.wrap(
      field,
      label,
      html`<input id=${field} class=${cls} data-field=${field} type="text" inputmode=${inputmode || nothing} ?required=${required}
      .value=${this.value(field)} @input=${(e: Event) => this.drafts.set(field, (e.target as HTMLInputElement).value)}
      aria-invalid=${this.errors[field] ? "true" : "false"} aria-describedby=${this.describedBy(field)} />`,
      required,
    );
  }

  /** A text area, with the Markdown preview beside it (`asPrinted`: the text as the handout prints it, for the preview). */
  private textarea(
    field: string,
    label: string,
    rows: number,
    preview: boolean,
    { required = false, asPrinted = (text: string) => text } = {},
  ) {
    const value = this.value(field);
    return html`<div class="with-preview ${preview ? "" : "plain"}">
      ${this.wrap(
        field,
        label,
        html`<textarea id=${field} data-field=${field} rows=${rows} ?required=${required} .value=${value}
        @input=${(e: Event) => this.drafts.set(field, (e.target as HTMLTextAreaElement).value)}
        aria-invalid=${this.errors[field] ? "true" : "false"} aria-describedby=${this.describedBy(field)}></textarea>`,
        required,
      )}
      ${
        preview
          ? html`<div class="preview" role="region" aria-label=${msg(str`${label.replace(/ \(.*\)$/, "")}, preview`)}>
            <p class="preview-label" aria-hidden="true">${msg("Preview", { id: "block-card.preview", desc: "A small heading over the rendered Markdown beside a text field." })}</p><sb-markdown .text=${asPrinted(value)}></sb-markdown></div>`
          : nothing
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "sb-block-card": SbBlockCard;
  }
  interface GlobalEventHandlersEventMap {
    "sb-block-change": SbBlockChangeEvent;
    "sb-block-move": SbBlockMoveEvent;
    "sb-block-delete": SbBlockDeleteEvent;
  }
}
