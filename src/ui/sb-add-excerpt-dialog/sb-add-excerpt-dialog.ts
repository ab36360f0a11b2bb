import { msg, str } from "@lit/localize";
import { html, nothing, type PropertyValues } from "lit";
import { customElement, property, query, state } from "lit/decorators.js";
import { SbElement } from "../sb-element.ts";
import type { ModuleSummary } from "../../app/module-store-api.ts";
import { anchorSelection, type Excerpt } from "../../core/citations/anchor.ts";
import type { Verdict } from "../../core/citations/verify.ts";
import { withAcknowledged } from "../../core/citations/acknowledgements.ts";
import type { CautionKind } from "../../core/schema/caution-kinds.ts";
import "../sb-caution-list/sb-caution-list.ts";
import type { SbAcknowledgeChangeEvent } from "../sb-caution-list/sb-caution-list.ts";
import type { Source } from "../../core/sources/source.ts";
import { sentenceRanges } from "../../core/search/sentence.ts";
import { componentStyles } from "../styles/component.styles.ts";
import { controlStyles, requiredMark } from "../styles/controls.styles.ts";
import { styles } from "./sb-add-excerpt-dialog.styles.ts";

/**
 * The trainer chose where an excerpt goes. `moduleId` is empty for a new module named `newModuleTitle`;
 * `excerpt.acknowledge` holds the cautions the trainer ticked (only kinds the words have).
 */
export type SbExcerptAddEvent = CustomEvent<{
  moduleId: string;
  newModuleTitle: string;
  section: string;
  excerpt: Excerpt & { acknowledge: CautionKind[] };
}>;

const NEW = "\u0000new";

/**
 * @summary A modal dialog that anchors selected words as an excerpt, shows its verdict at once (and,
 * before adding, the cautions on verified words, each with a box to acknowledge it), and asks which
 * module and section it goes to.
 *
 * @fires sb-excerpt-add - Add was pressed with a verified or rejected excerpt and a destination.
 * @fires sb-dialog-close - The dialog closed without adding.
 */
@customElement("sb-add-excerpt-dialog")
export class SbAddExcerptDialog extends SbElement {
  static override styles = [componentStyles, controlStyles, styles];

  /** The source the words come from. */
  @property({ attribute: false }) source?: Source;
  /** The selected reading-text range. */
  @property({ attribute: false }) range?: { start: number; end: number };
  /** The modules the excerpt can go to. */
  @property({ attribute: false }) modules: ModuleSummary[] = [];
  /** The section titles of a module. */
  @property({ attribute: false }) sectionsOf: (moduleId: string) => string[] = () => [];
  /** The module to offer first (the one last added to). */
  @property({ attribute: "preferred-module" }) preferredModule = "";

  @state() private chosen: boolean[] = [];
  @state() private moduleId = NEW;
  @state() private section = NEW;
  @state() private newModuleTitle = "";
  @state() private newSection = "";
  @state() private problem = "";
  /** Caution kinds ticked in this dialog; kept while sentences are ticked and unticked. */
  @state() private acknowledged: CautionKind[] = [];
  @query("dialog") private dialog!: HTMLDialogElement;
  private sentences: { start: number; end: number }[] = [];

  /** Opens the dialog as a modal (focus stays inside; Escape closes it). */
  async show() {
    await this.updateComplete;
    if (!this.dialog.open) this.dialog.showModal();
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if ((changed.has("range") || changed.has("source")) && this.source && this.range) {
      const markers = this.source.reading.passages.flatMap((p) => p.noteRefs);
      this.sentences = sentenceRanges(this.source.reading.text, this.range.start, this.range.end, markers);
      this.chosen = this.sentences.map(() => true);
      this.problem = "";
      this.acknowledged = [];
    }
    if (changed.has("modules") || changed.has("preferredModule")) {
      const own = this.modules.find((m) => m.id === this.preferredModule) ?? this.modules.find((m) => m.origin !== "shipped");
      this.moduleId = own?.id ?? NEW;
      this.section = this.sectionsOf(this.moduleId).at(-1) ?? NEW;
    }
  }

  /** The words currently chosen: the first to the last ticked sentence (they must be next to each other). */
  private anchored(): { excerpt?: Excerpt; verdict?: Verdict; error?: string } {
    const { source } = this;
    const picked = this.sentences.filter((_, i) => this.chosen[i]);
    if (!source || picked.length === 0) return { error: "Choose at least one sentence." };
    const first = this.chosen.indexOf(true);
    const last = this.chosen.lastIndexOf(true);
    if (this.chosen.slice(first, last + 1).includes(false))
      return { error: "Choose sentences that follow each other; make separate excerpts for the others." };
    try {
      return anchorSelection(source, this.sentences[first]!.start, this.sentences[last]!.end);
    } catch (e) {
      return { error: (e as Error).message };
    }
  }

  override render() {
    const { excerpt, verdict, error } = this.anchored();
    const sections = this.moduleId === NEW ? [] : this.sectionsOf(this.moduleId);
    return html`<dialog aria-labelledby="title" @close=${this.onClose} @cancel=${this.onClose}>
      <form method="dialog" @submit=${(e: Event) => this.add(e, excerpt, verdict)}>
        <h2 id="title">${msg("Add an excerpt to a module")}</h2>
        ${
          this.sentences.length > 1
            ? html`<fieldset class="sentences"><legend>${msg("Sentences to quote")}</legend>
              ${this.sentences.map(
                (s, i) => html`<label><input type="checkbox" .checked=${this.chosen[i] ?? false}
                @change=${(e: Event) => this.toggle(i, (e.target as HTMLInputElement).checked)} />
                <span>${this.source!.reading.text.slice(s.start, s.end)}</span></label>`,
              )}
            </fieldset>`
            : nothing
        }
        ${excerpt ? html`<blockquote class="quote">${excerpt.quote}</blockquote>` : nothing}
        <p class="verdict ${verdict?.status ?? "error"}" role="status">
          ${
            verdict?.status === "verified"
              ? html`<strong>${msg("Verified")}</strong> ${msg(str`at ${verdict.match.locator}, ${this.source!.entry.shortCite}.`)}`
              : verdict
                ? html`<strong>${msg("Not verified")}</strong> (${verdict.reason}): ${verdict.message}`
                : error
          }
        </p>
        ${
          verdict?.status === "verified" && verdict.cautions.length > 0
            ? html`<sb-caution-list .cautions=${verdict.cautions} .acknowledged=${this.acknowledged}
              @sb-acknowledge-change=${this.onAcknowledge}></sb-caution-list>`
            : nothing
        }
        <label class="field">${msg("Module")}
          <select @change=${this.chooseModule}>
            ${this.modules.map((m) => html`<option value=${m.id} ?selected=${m.id === this.moduleId}>${m.title}${m.origin === "shipped" ? ` ${msg("(shipped — your copy will be made)")}` : ""}</option>`)}
            <option value=${NEW} ?selected=${this.moduleId === NEW}>${msg("New module…")}</option>
          </select>
        </label>
        ${
          this.moduleId === NEW
            ? html`<label class="field"><span>${msg("Title of the new module")}${requiredMark}</span>
              <input required .value=${this.newModuleTitle} @input=${(e: Event) => (this.newModuleTitle = (e.target as HTMLInputElement).value)} /></label>`
            : nothing
        }
        <label class="field">${msg("Section")}
          <select @change=${(e: Event) => (this.section = (e.target as HTMLSelectElement).value)}>
            ${sections.map((t) => html`<option value=${t} ?selected=${t === this.section}>${t}</option>`)}
            <option value=${NEW} ?selected=${this.section === NEW}>${msg("New section…")}</option>
          </select>
        </label>
        ${
          this.section === NEW || sections.length === 0
            ? html`<label class="field"><span>${msg("Title of the new section")}${requiredMark}</span>
              <input required .value=${this.newSection} @input=${(e: Event) => (this.newSection = (e.target as HTMLInputElement).value)} /></label>`
            : nothing
        }
        ${this.problem ? html`<p class="problem" role="alert">${this.problem}</p>` : nothing}
        <div class="actions">
          <button type="button" @click=${() => this.dialog.close()}>${msg("Cancel")}</button>
          <button type="submit" class="primary" ?disabled=${!excerpt}>${msg("Add excerpt")}</button>
        </div>
      </form>
    </dialog>`;
  }

  private toggle(i: number, checked: boolean) {
    this.chosen = this.chosen.map((c, k) => (k === i ? checked : c));
  }

  private chooseModule(e: Event) {
    this.moduleId = (e.target as HTMLSelectElement).value;
    this.section = this.sectionsOf(this.moduleId).at(-1) ?? NEW;
  }

  private onAcknowledge(event: SbAcknowledgeChangeEvent) {
    event.stopPropagation();
    this.acknowledged = withAcknowledged(this.acknowledged, event.detail.kind, event.detail.acknowledged);
  }

  private add(e: Event, excerpt: Excerpt | undefined, verdict: Verdict | undefined) {
    e.preventDefault();
    const section = this.section === NEW || this.moduleId === NEW ? this.newSection.trim() : this.section;
    const title = this.newModuleTitle.trim();
    if (!excerpt) return;
    if (this.moduleId === NEW && !title) return void (this.problem = msg("Give the new module a title."));
    if (!section) return void (this.problem = msg("Give the new section a title."));
    // Only what the chosen words have: a box ticked for sentences since unticked acknowledges nothing.
    const acknowledge = this.acknowledged.filter((k) => verdict?.cautions.some((c) => c.kind === k));
    this.emit("sb-excerpt-add", {
      moduleId: this.moduleId === NEW ? "" : this.moduleId,
      newModuleTitle: title,
      section,
      excerpt: { ...excerpt, acknowledge },
    });
    this.dialog.close("added");
  }

  private onClose() {
    if (this.dialog.returnValue !== "added") this.emit("sb-dialog-close");
    this.dialog.returnValue = "";
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "sb-add-excerpt-dialog": SbAddExcerptDialog;
  }
  interface GlobalEventHandlersEventMap {
    "sb-excerpt-add": SbExcerptAddEvent;
    "sb-dialog-close": CustomEvent<void>;
  }
}
