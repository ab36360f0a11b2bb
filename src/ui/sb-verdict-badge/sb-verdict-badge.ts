import { html, nothing } from "lit";
import { customElement, property } from "lit/decorators.js";
import { SbElement } from "../sb-element.ts";
import type { RejectedVerdict, RejectReason, Verdict } from "../../core/citations/verify.ts";
import { componentStyles } from "../styles/component.styles.ts";
import { styles } from "./sb-verdict-badge.styles.ts";

/** How each reason for a rejection is said to a trainer. */
const REASONS: Record<RejectReason, string> = {
  altered: "altered",
  "not-found": "not found",
  "wrong-locator": "wrong locator",
  ambiguous: "ambiguous",
  "elision-too-far": "elision too far",
};

/**
 * @summary The Verifier's verdict on one excerpt: "Verified", or "Rejected — reason: message" with the
 * closest passage and a word diff against it when there is one.
 *
 * @csspart badge - The one-line verdict.
 * @csspart diff - The closest passage, with the quote's changes marked.
 */
@customElement("sb-verdict-badge")
export class SbVerdictBadge extends SbElement {
  static override styles = [componentStyles, styles];

  /** The verdict to show; none while it is being checked. */
  @property({ attribute: false }) verdict?: Verdict;
  /** Why the excerpt could not be checked at all (shown instead of a verdict). */
  @property() problem = "";
  /** Reflects the verdict for styling: verified, rejected, checking or problem. */
  @property({ reflect: true }) status: "verified" | "rejected" | "checking" | "problem" = "checking";

  override willUpdate() {
    this.status = this.problem ? "problem" : (this.verdict?.status ?? "checking");
  }

  override render() {
    const { verdict } = this;
    if (this.problem) return html`<p class="badge" part="badge">Couldn't check: ${this.problem}</p>`;
    if (!verdict) return html`<p class="badge" part="badge">Checking the quote against its source…</p>`;
    if (verdict.status === "verified") {
      return html`<p class="badge" part="badge">Verified<span class="where"> at ${verdict.match.locator}</span></p>`;
    }
    const reason = REASONS[verdict.reason];
    return html`
      <p class="badge" part="badge">Rejected — ${reason}: ${verdict.message}</p>
      ${verdict.closest ? this.renderClosest(verdict.closest) : nothing}
    `;
  }

  private renderClosest(closest: NonNullable<RejectedVerdict["closest"]>) {
    return html`
      <figure class="diff" part="diff">
        <figcaption>Closest passage in the source, ${closest.locator} (<span class="key-del">struck out</span>: the source's words; <span class="key-ins">underlined</span>: the quote's):</figcaption>
        <p>${closest.diff.map(
          (part, i) =>
            html`${i > 0 ? " " : ""}${
              part.op === "equal"
                ? part.text
                : part.op === "delete"
                  ? html`<del><span class="sr">source has: </span>${part.text}</del>`
                  : html`<ins><span class="sr">quote has: </span>${part.text}</ins>`
            }`,
        )}</p>
      </figure>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "sb-verdict-badge": SbVerdictBadge;
  }
}
