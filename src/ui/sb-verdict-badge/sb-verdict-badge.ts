import { msg, str } from "@lit/localize";
import { html, nothing } from "lit";
import { customElement, property } from "lit/decorators.js";
import { SbElement } from "../sb-element.ts";
import type { RejectedVerdict, RejectReason, Verdict } from "../../core/citations/verify.ts";
import { componentStyles } from "../styles/component.styles.ts";
import { styles } from "./sb-verdict-badge.styles.ts";

/** How each reason for a rejection is said to a trainer (a function: the words follow the interface language). */
const reasonWords = (): Record<RejectReason, string> => ({
  altered: msg("altered"),
  "not-found": msg("not found"),
  "wrong-locator": msg("wrong locator"),
  ambiguous: msg("ambiguous"),
  "elision-too-far": msg("elision too far"),
});

/**
 * @summary The Verifier's verdict on one excerpt: "Verified", or "Rejected — reason: message" with the
 * closest passage and a word diff against it when there is one (in the translation, when it is the
 * excerpt's parallel quote that fails).
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
    if (this.problem) return html`<p class="badge" part="badge">${msg(str`Couldn't check: ${this.problem}`)}</p>`;
    if (!verdict) return html`<p class="badge" part="badge">${msg("Checking the quote against its source…")}</p>`;
    if (verdict.status === "verified") {
      const where = verdict.match.locator;
      return html`<p class="badge" part="badge">${msg("Verified")}<span class="where"> ${msg(str`at ${where}`)}</span></p>`;
    }
    const reason = reasonWords()[verdict.reason];
    const message = verdict.message;
    return html`
      <p class="badge" part="badge">${msg(str`Rejected — ${reason}: ${message}`)}</p>
      ${verdict.closest ? this.renderClosest(verdict.closest, verdict.parallelOf) : nothing}
    `;
  }

  private renderClosest(closest: NonNullable<RejectedVerdict["closest"]>, translation: string | undefined) {
    const { locator } = closest;
    const struck = html`<span class="key-del">${msg("struck out")}</span>`;
    const underlined = html`<span class="key-ins">${msg("underlined")}</span>`;
    return html`
      <figure class="diff" part="diff">
        <figcaption>${
          translation
            ? msg(
                html`Closest passage in the translation ${translation}, ${locator} (${struck}: the translation's words; ${underlined}: the parallel quote's):`,
              )
            : msg(html`Closest passage in the source, ${locator} (${struck}: the source's words; ${underlined}: the quote's):`)
        }</figcaption>
        <p>${closest.diff.map(
          (part, i) =>
            html`${i > 0 ? " " : ""}${
              part.op === "equal"
                ? part.text
                : part.op === "delete"
                  ? html`<del><span class="sr">${msg("source has:")} </span>${part.text}</del>`
                  : html`<ins><span class="sr">${msg("quote has:")} </span>${part.text}</ins>`
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
