import { html, LitElement, nothing, type TemplateResult } from "lit";
import { customElement, property } from "lit/decorators.js";
import { inlineRuns, tableCells, type InlineRun } from "../../app/reading-blocks.ts";
import { quotedFromLine } from "../../app/citation-labels.ts";
import type { Passage, ReadingText } from "../../core/sources/model.ts";
import { styles } from "./sb-passage.styles.ts";

/** Asks for the notes a marker points to. */
export type SbNoteOpenEvent = CustomEvent<{ noteIds: string[] }>;

/**
 * @summary One passage of a source — paragraph, list item, table or note — with its locator in the margin.
 *
 * @fires sb-note-open - The reader pressed a note marker; `detail.noteIds` are the notes it points to.
 *
 * @csspart locator - The locator link in the margin ("para. 75").
 * @csspart body - The passage text.
 * @csspart quoted-from - For compilations: the report the passage quotes.
 */
@customElement("sb-passage")
export class SbPassage extends LitElement {
  static override styles = styles;

  /** The passage to show. */
  @property({ attribute: false }) passage?: Passage;
  /** The reading text the passage's offsets point into. */
  @property({ attribute: false }) reading?: ReadingText;
  /** Where the margin locator links to (a permalink to this passage). */
  @property() href = "";
  /** Marks the passage a link led to. */
  @property({ type: Boolean, reflect: true }) highlighted = false;

  override render() {
    const { passage, reading } = this;
    if (!passage || !reading) return nothing;
    const label = marginLabel(passage.locator);
    return html`
      <a class="locator ${passage.kind === "table" ? "above" : ""}" part="locator" href=${this.href} title=${passage.locator}
        aria-label=${label === passage.locator ? nothing : passage.locator}>${label}</a>
      <div class="body ${passage.kind}" part="body">
        ${passage.kind === "table" ? this.renderTable(passage, reading) : html`<p>${this.renderRuns(inlineRuns(reading.text, passage.start, passage.end, passage.noteRefs))}</p>`}
        ${passage.quotedIn
          ? html`<p class="quoted-from" part="quoted-from">quoted from: <cite>${quotedFromLine(passage.quotedIn)}</cite></p>`
          : nothing}
      </div>
    `;
  }

  private renderTable(passage: Passage, reading: ReadingText) {
    const rows = tableCells(reading, passage);
    const columns = Math.max(...rows.map((row) => row.length));
    return html`
      <div class="table-scroll" role="region" tabindex="0" aria-label="Table, ${passage.locator}">
        <table>
          ${rows.map((cells) =>
            cells.length === 1 && columns > 1
              ? html`<tr><th scope="colgroup" colspan=${columns}>${this.renderRuns(cells[0]!)}</th></tr>`
              : html`<tr>${cells.map(
                  // A short row's last cell spans the rest, so no row ends in a hole.
                  (cell, i) => html`<td colspan=${i === cells.length - 1 ? columns - i : 1}>${this.renderRuns(cell)}</td>`,
                )}</tr>`,
          )}
        </table>
      </div>
    `;
  }

  private renderRuns(runs: InlineRun[]): TemplateResult[] {
    return runs.map((run) => {
      if (run.kind === "text") return html`${run.text}`;
      if (run.kind === "break") return html`<br />`;
      const label = run.noteIds.join(", ");
      return html`<sup><button class="note-ref" type="button" aria-haspopup="dialog"
        aria-label="${run.noteIds.length > 1 ? "Notes" : "Note"} ${label}"
        @click=${() => this.openNotes(run.noteIds)}>${label}</button></sup>`;
    });
  }

  private openNotes(noteIds: string[]) {
    this.dispatchEvent(new CustomEvent("sb-note-open", { detail: { noteIds }, bubbles: true, composed: true }));
  }
}

/** Long locators ("Sexual exploitation of children … ¶3") show as "¶3" beside the heading that names them. */
function marginLabel(locator: string): string {
  if (locator.length <= 24) return locator;
  return /¶\d+$/.exec(locator)?.[0] ?? locator;
}

declare global {
  interface HTMLElementTagNameMap {
    "sb-passage": SbPassage;
  }
  interface GlobalEventHandlersEventMap {
    "sb-note-open": SbNoteOpenEvent;
  }
}
