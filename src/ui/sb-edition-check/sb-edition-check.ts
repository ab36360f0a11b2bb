import { msg, str } from "@lit/localize";
import { html, nothing } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import { SbElement } from "../sb-element.ts";
import type { ReviewItem } from "../../app/review-service.ts";
import type { EditionOutcome } from "../../core/citations/edition-check.ts";
import "../sb-verdict-badge/sb-verdict-badge.ts";
import { componentStyles } from "../styles/component.styles.ts";
import { controlStyles } from "../styles/controls.styles.ts";
import { styles } from "./sb-edition-check.styles.ts";

/** Each outcome as a heading word, in the interface language. */
const outcomeWord = (outcome: EditionOutcome): string =>
  ({
    unchanged: msg("Unchanged"),
    moved: msg("Moved"),
    changed: msg("Changed"),
    gone: msg("Gone"),
  })[outcome];

/** What a reviewer asks for: excerpt `number` of the module, which quotes `quote` from `from`, to cite `to` at `locator`. */
export interface SbCiteEditionDetail {
  moduleId: string;
  number: number;
  from: string;
  quote: string;
  to: string;
  locator: string;
}
export type SbCiteEditionEvent = CustomEvent<SbCiteEditionDetail>;

/**
 * @summary For an excerpt whose source a later edition supersedes: "Check against <new edition>"
 * shows what became of the words there (unchanged, moved, changed with the word diff, or gone),
 * and for unchanged or moved words offers "Cite the new edition".
 *
 * @fires sb-cite-edition - The reviewer chose to cite the new edition; `detail` says which excerpt, and where.
 */
@customElement("sb-edition-check")
export class SbEditionCheck extends SbElement {
  static override styles = [componentStyles, controlStyles, styles];

  /** The excerpt under review; shows nothing unless its source is superseded. */
  @property({ attribute: false }) item?: ReviewItem;

  @state() private open = false;

  override render() {
    const edition = this.item?.edition;
    if (!edition) return nothing;
    return html`<div class="edition" role="group" aria-label=${msg("New edition")}>
      <p class="lead">${msg(str`A later edition supersedes this source: ${edition.sourceCite}.`)}</p>
      <button type="button" class="check" aria-expanded=${this.open ? "true" : "false"} @click=${() => (this.open = !this.open)}>${msg(str`Check against ${edition.sourceCite}`)}</button>
      ${this.open ? this.renderOutcome() : nothing}
    </div>`;
  }

  private renderOutcome() {
    const { edition, excerpt } = this.item!;
    const check = edition!.check;
    if (!check) return html`<p class="outcome" role="status">${msg(str`Couldn't check: ${edition!.problem}`)}</p>`;
    const follows = check.outcome === "unchanged" || check.outcome === "moved";
    return html`<div class="outcome" role="status" data-outcome=${check.outcome}>
      <p><strong>${outcomeWord(check.outcome)}.</strong> ${check.message}</p>
      ${
        check.outcome === "changed" && check.closest
          ? html`<sb-verdict-badge .verdict=${{ status: "rejected", reason: "altered", message: check.message, closest: check.closest, cautions: [] }}></sb-verdict-badge>`
          : nothing
      }
      ${
        follows
          ? html`<button type="button" class="primary cite" @click=${() => this.cite(check.newLocator!)}>${msg("Cite the new edition")}</button>
            <span class="hint">${excerpt.sourceId}, ${excerpt.locator} → ${edition!.sourceId}, ${check.newLocator}</span>`
          : nothing
      }
    </div>`;
  }

  private cite(locator: string) {
    const { edition, excerpt, number } = this.item!;
    this.emit("sb-cite-edition", {
      moduleId: edition!.moduleId,
      number,
      from: excerpt.sourceId,
      quote: excerpt.quote,
      to: edition!.sourceId,
      locator,
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "sb-edition-check": SbEditionCheck;
  }
  interface GlobalEventHandlersEventMap {
    "sb-cite-edition": SbCiteEditionEvent;
  }
}
