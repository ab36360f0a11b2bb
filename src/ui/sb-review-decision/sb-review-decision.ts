import { msg, str } from "@lit/localize";
import { html, nothing } from "lit";
import { customElement, property, query, state } from "lit/decorators.js";
import { SbElement } from "../sb-element.ts";
import { componentStyles } from "../styles/component.styles.ts";
import { controlStyles, requiredMark } from "../styles/controls.styles.ts";
import { styles } from "./sb-review-decision.styles.ts";
import { plural } from "../../app/plural.ts";

/** "2 rejected excerpts", in the interface language. */
const rejectedCount = (n: number) =>
  plural(n, {
    one: msg(str`${n} rejected excerpt`),
    few: msg(str`${n} rejected excerpts`, { id: "review-decision.rejected.few" }),
    many: msg(str`${n} rejected excerpts`, { id: "review-decision.rejected.many" }),
    other: msg(str`${n} rejected excerpts`),
  });

/** Why approving with rejected excerpts is asked about, for one excerpt or several. */
const confirmWhy = (n: number) =>
  n === 1
    ? msg(
        "This excerpt does not say what the source says, where the citation says it does. Approving signs the module off anyway, and handouts that use it still print as DRAFT until it is fixed.",
      )
    : msg(
        "These excerpts do not say what the source says, where the citation says they do. Approving signs the module off anyway, and handouts that use it still print as DRAFT until they are fixed.",
      );

/** The reviewer's decision on a module. */
export type ReviewDecision = "approved" | "changes-requested";

export type SbReviewDecideEvent = CustomEvent<{ moduleId: string; status: ReviewDecision; reviewer: string; comment: string }>;
export type SbReviewerChangeEvent = CustomEvent<{ name: string }>;

/**
 * @summary The reviewer's sign-off for one module: their name, a comment, and Approve or Request
 * changes (a comment is required to request changes). Approving a module that has rejected
 * excerpts first asks for confirmation and lists them. The save state is shown in words.
 *
 * @fires sb-reviewer-change - The reviewer's name was edited; `detail.name`.
 * @fires sb-review-decide - The reviewer decided; `detail` has moduleId, status, reviewer and comment.
 *
 * @csspart form - The decision form.
 */
@customElement("sb-review-decision")
export class SbReviewDecision extends SbElement {
  static override styles = [componentStyles, controlStyles, styles];

  /** The module decided on. */
  @property({ attribute: "module-id" }) moduleId = "";
  /** The module's title, for labels. */
  @property({ attribute: "module-title" }) moduleTitle = "";
  /** The reviewer's name (shared by every module in the view). */
  @property() reviewer = "";
  /** One line per rejected excerpt ("Excerpt 5, para. 14: altered …"); approving with any asks first. */
  @property({ attribute: false }) rejected: string[] = [];
  /** The save state in words; empty before any decision is made here. */
  @property({ attribute: "save-text" }) saveText = "";
  /** Whether that save failed (said as an alert). */
  @property({ attribute: "save-failed", type: Boolean }) saveFailed = false;
  /** The level of the form's heading. */
  @property({ attribute: "heading-level", type: Number }) headingLevel = 3;
  /** Disables the buttons while the excerpts are still being checked. */
  @property({ type: Boolean }) checking = false;

  @state() private comment = "";
  @state() private nameError = "";
  @state() private commentError = "";
  @query("dialog") private dialog?: HTMLDialogElement;
  @query("#name") private nameInput?: HTMLInputElement;
  @query("#comment") private commentInput?: HTMLTextAreaElement;
  @query(".approve") private approveButton?: HTMLButtonElement;

  override render() {
    const n = this.rejected.length;
    return html`
      <form part="form" aria-labelledby="legend" @submit=${(e: Event) => e.preventDefault()}>
        <div class="heading" role="heading" aria-level=${this.headingLevel} id="legend">${this.moduleTitle ? msg(str`Your decision on “${this.moduleTitle}”`) : msg("Your decision")}</div>
        <div class="fields">
          <div class="field">
            <label for="name">${msg("Your name (reviewer)")}${requiredMark}</label>
            <input id="name" type="text" required autocomplete="name" .value=${this.reviewer} aria-invalid=${this.nameError ? "true" : "false"}
              aria-describedby=${this.nameError ? "name-error" : nothing} @input=${this.onName} />
            ${this.nameError ? html`<span class="error" id="name-error">${this.nameError}</span>` : nothing}
          </div>
          <div class="field wide">
            <label for="comment">${msg("Comment")} <span class="hint">${msg("(required to request changes)")}</span></label>
            <textarea id="comment" rows="3" .value=${this.comment} aria-invalid=${this.commentError ? "true" : "false"}
              aria-describedby=${this.commentError ? "comment-error" : nothing}
              @input=${(e: Event) => ((this.comment = (e.target as HTMLTextAreaElement).value), (this.commentError = ""))}></textarea>
            ${this.commentError ? html`<span class="error" id="comment-error">${this.commentError}</span>` : nothing}
          </div>
        </div>
        <div class="buttons">
          <button type="button" class="primary approve" ?disabled=${this.checking} @click=${this.onApprove}>${msg("Approve")}</button>
          <button type="button" class="request" ?disabled=${this.checking} @click=${this.onRequestChanges}>${msg("Request changes")}</button>
          ${n > 0 && !this.checking ? html`<span class="warn">${rejectedCount(n)}</span>` : nothing}
        </div>
        <p class="save ${this.saveFailed ? "failed" : ""}" role=${this.saveFailed ? "alert" : "status"} aria-live="polite">${this.saveText}</p>
      </form>
      <dialog aria-labelledby="confirm-title" aria-describedby="confirm-why" @close=${() => this.approveButton?.focus()}>
        <h2 id="confirm-title">${msg(str`Approve with ${rejectedCount(n)}?`)}</h2>
        <p id="confirm-why">${confirmWhy(n)}</p>
        <ul>${this.rejected.map((r) => html`<li>${r}</li>`)}</ul>
        <div class="buttons">
          <button type="button" class="primary" @click=${this.onConfirm}>${msg("Approve anyway")}</button>
          <button type="button" autofocus @click=${() => this.dialog?.close()}>${msg("Cancel")}</button>
        </div>
      </dialog>
    `;
  }

  private onName(e: Event) {
    const name = (e.target as HTMLInputElement).value;
    this.nameError = "";
    this.emit("sb-reviewer-change", { name });
  }

  /** The name is required for either decision; says so beside the field and puts focus there. */
  private hasName(): boolean {
    if (this.reviewer.trim()) return true;
    this.nameError = msg("Give your name: the module records who reviewed it.");
    void this.updateComplete.then(() => this.nameInput?.focus());
    return false;
  }

  private onApprove() {
    this.commentError = "";
    if (!this.hasName()) return;
    if (this.rejected.length > 0) this.dialog?.showModal();
    else this.decide("approved");
  }

  private onConfirm() {
    this.dialog?.close();
    this.decide("approved");
  }

  private onRequestChanges() {
    if (!this.hasName()) return;
    if (!this.comment.trim()) {
      this.commentError = msg("Say what should change: a comment is required to request changes.");
      void this.updateComplete.then(() => this.commentInput?.focus());
      return;
    }
    this.decide("changes-requested");
  }

  private decide(status: ReviewDecision) {
    this.emit("sb-review-decide", { moduleId: this.moduleId, status, reviewer: this.reviewer.trim(), comment: this.comment.trim() });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "sb-review-decision": SbReviewDecision;
  }
  interface GlobalEventHandlersEventMap {
    "sb-review-decide": SbReviewDecideEvent;
    "sb-reviewer-change": SbReviewerChangeEvent;
  }
}
