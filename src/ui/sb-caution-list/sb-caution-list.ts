import { msg, str } from "@lit/localize";
import { html, nothing } from "lit";
import { customElement, property } from "lit/decorators.js";
import { SbElement } from "../sb-element.ts";
import { CAUTION_NAMES, type Caution, type CautionKind } from "../../core/citations/caution-types.ts";
import { acknowledgementEffect } from "../../core/citations/citation.ts";
import { componentStyles } from "../styles/component.styles.ts";
import { controlStyles } from "../styles/controls.styles.ts";
import { styles } from "./sb-caution-list.styles.ts";

export type SbAcknowledgeChangeEvent = CustomEvent<{ kind: CautionKind; acknowledged: boolean }>;

/**
 * @summary The cautions on verified words, each in one sentence, with a checkbox to acknowledge it
 * (`acknowledge=` in the module file) and what acknowledging it will print. Unticked, the handouts
 * print as DRAFT; the list says so. Used where an author decides: the excerpt dialog and the
 * editor's excerpt card.
 *
 * @fires sb-acknowledge-change - A checkbox was ticked or unticked; `detail.kind` is the caution's kind.
 */
@customElement("sb-caution-list")
export class SbCautionList extends SbElement {
  static override styles = [componentStyles, controlStyles, styles];

  /** The verdict's cautions. */
  @property({ attribute: false }) cautions: readonly Caution[] = [];
  /** The kinds the excerpt acknowledges. */
  @property({ attribute: false }) acknowledged: readonly CautionKind[] = [];

  override render() {
    if (this.cautions.length === 0) return nothing;
    const open = this.cautions.filter((c) => !this.acknowledged.includes(c.kind)).length;
    return html`<ul class="cautions" aria-label=${msg("Cautions: where these verified words may still mislead")}>
        ${this.cautions.map((c, i) => this.renderCaution(c, i))}
      </ul>
      <p class="draft" role="status">
        ${
          open > 0
            ? msg(
                "Not acknowledged: handouts with these words print as DRAFT. Acknowledge a caution once the module's own words say what it warns of.",
              )
            : msg("Acknowledged: the handouts print these words without DRAFT.")
        }
      </p>`;
  }

  private renderCaution(caution: Caution, i: number) {
    const id = `caution-${i}`;
    const effect = acknowledgementEffect(caution);
    const ticked = this.acknowledged.includes(caution.kind);
    const toggle = (e: Event) =>
      this.emit("sb-acknowledge-change", { kind: caution.kind, acknowledged: (e.target as HTMLInputElement).checked });
    return html`<li class="caution" data-kind=${caution.kind}>
      <p id=${id}><span aria-hidden="true">⚠ </span><strong>${CAUTION_NAMES[caution.kind]}:</strong> ${caution.message}</p>
      <label class="check"><input type="checkbox" data-kind=${caution.kind} .checked=${ticked} aria-describedby=${id} @change=${toggle} />
        <span>${msg("I have checked this: acknowledge it")}${effect ? html` <span class="effect">${msg(str`(the citation will say “${effect}”)`)}</span>` : nothing}</span></label>
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "sb-caution-list": SbCautionList;
  }
  interface GlobalEventHandlersEventMap {
    "sb-acknowledge-change": SbAcknowledgeChangeEvent;
  }
}
