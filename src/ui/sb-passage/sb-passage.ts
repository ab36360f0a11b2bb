import { msg, str } from "@lit/localize";
import { html, nothing, type TemplateResult } from "lit";
import { customElement, property } from "lit/decorators.js";
import { PageListener } from "../controllers/page-listener.ts";
import { SbElement } from "../sb-element.ts";
import { inlineRuns, tableCells, type InlineRun } from "../../core/sources/reading-blocks.ts";
import { quotedFromLine } from "../../app/citation-labels.ts";
import type { Passage, ReadingText } from "../../core/sources/model.ts";
import { componentStyles } from "../styles/component.styles.ts";
import { styles } from "./sb-passage.styles.ts";

/** Asks for the notes a marker points to. */
export type SbNoteOpenEvent = CustomEvent<{ noteIds: string[] }>;
/** Words selected in the passage, as reading-text offsets; `start === end` when the selection went away. */
export type SbPassageSelectEvent = CustomEvent<{ passageIndex: number; start: number; end: number; rect?: DOMRect }>;
/** Asks to lift words of a source into a module (reading-text range). */
export type SbExcerptRequestEvent = CustomEvent<{ sourceId: string; start: number; end: number }>;

/**
 * @summary One passage of a source — paragraph, list item, table or note — with its locator in the margin.
 *
 * @fires sb-note-open - The reader pressed a note marker; `detail.noteIds` are the notes it points to.
 * @fires sb-passage-select - Words in the passage were selected (or the selection left it).
 * @fires sb-excerpt-request - The "Excerpt" button asked to lift this passage into a module.
 *
 * @csspart locator - The locator link in the margin ("para. 75").
 * @csspart body - The passage text.
 * @csspart quoted-from - For compilations: the report the passage quotes.
 */
@customElement("sb-passage")
export class SbPassage extends SbElement {
  static override styles = [componentStyles, styles];

  /** The passage to show. */
  @property({ attribute: false }) passage?: Passage;
  /** The source it is from, for excerpt requests. */
  @property({ attribute: "source-id" }) sourceId = "";
  /** The reading text the passage's offsets point into. */
  @property({ attribute: false }) reading?: ReadingText;
  /** Where the margin locator links to (a permalink to this passage). */
  @property() href = "";
  /** Marks the passage a link led to. */
  @property({ type: Boolean, reflect: true }) highlighted = false;

  private hadSelection = false;
  private readonly selection = new PageListener(this, document, "selectionchange", () => this.onSelectionChange());

  override render() {
    const { passage, reading } = this;
    if (!passage || !reading) return nothing;
    const label = marginLabel(passage.locator);
    return html`
      <div class="margin ${passage.kind === "table" ? "above" : ""}">
        <a class="locator" part="locator" href=${this.href} title=${passage.locator}
          aria-label=${label === passage.locator ? nothing : passage.locator}>${label}</a>
        ${
          this.sourceId
            ? html`<button class="excerpt" type="button" part="excerpt" aria-label=${msg(str`Excerpt from ${passage.locator}: add its words to a module`)}
              @click=${this.requestExcerpt}>${msg("Excerpt")}</button>`
            : nothing
        }
      </div>
      <div class="body ${passage.kind}" part="body">
        ${passage.kind === "table" ? this.renderTable(passage, reading) : html`<p>${this.renderRuns(inlineRuns(reading.text, passage.start, passage.end, passage.noteRefs))}</p>`}
        ${
          passage.quotedIn
            ? html`<p class="quoted-from" part="quoted-from">${msg("quoted from:")} <cite>${quotedFromLine(passage.quotedIn)}</cite></p>`
            : nothing
        }
      </div>
    `;
  }

  private renderTable(passage: Passage, reading: ReadingText) {
    const rows = tableCells(reading, passage);
    const columns = Math.max(...rows.map((row) => row.length));
    return html`
      <div class="table-scroll" role="region" tabindex="0" aria-label=${msg(str`Table, ${passage.locator}`)}>
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
      if (run.kind === "text") return html`<span data-at=${run.start}>${run.text}</span>`;
      if (run.kind === "break") return html`<br />`;
      const label = run.noteIds.join(", ");
      return html`<sup><button class="note-ref" type="button" aria-haspopup="dialog"
        aria-label=${run.noteIds.length > 1 ? msg(str`Notes ${label}`) : msg(str`Note ${label}`)}
        @click=${() => this.openNotes(run.noteIds)}>${label}</button></sup>`;
    });
  }

  private requestExcerpt() {
    if (this.passage) this.requestExcerptOf(this.passage.start, this.passage.end);
  }

  /** Asks to lift these reading-text offsets into a module, as this passage (the dialog gives focus back here). */
  requestExcerptOf(start: number, end: number): void {
    this.emit("sb-excerpt-request", { sourceId: this.sourceId, start, end });
  }

  /** Maps a selection inside this passage's text to reading-text offsets. */
  private onSelectionChange() {
    const range = selectedRange(this.renderRoot as ShadowRoot);
    const start = range && offsetOf(range.startContainer, range.startOffset);
    const end = range && offsetOf(range.endContainer, range.endOffset);
    if (this.passage && start !== undefined && end !== undefined && end > start) {
      this.hadSelection = true;
      this.emit("sb-passage-select", { passageIndex: this.passage.index, start, end, rect: range!.getBoundingClientRect() });
    } else if (this.hadSelection && this.passage) {
      this.hadSelection = false;
      this.emit("sb-passage-select", { passageIndex: this.passage.index, start: 0, end: 0 });
    }
  }

  private openNotes(noteIds: string[]) {
    this.emit("sb-note-open", { noteIds });
  }
}

/** The selection inside a shadow root (Chromium's getSelection, else the standard composed ranges). */
function selectedRange(root: ShadowRoot): Range | undefined {
  const own = (root as ShadowRoot & { getSelection?: () => Selection | null }).getSelection?.();
  if (own) return own.rangeCount > 0 ? own.getRangeAt(0) : undefined;
  const selection = document.getSelection() as Selection & { getComposedRanges?: (o: { shadowRoots: ShadowRoot[] }) => StaticRange[] };
  const composed = selection?.getComposedRanges?.({ shadowRoots: [root] })[0];
  if (!composed) return undefined;
  const range = document.createRange();
  range.setStart(composed.startContainer, composed.startOffset);
  range.setEnd(composed.endContainer, composed.endOffset);
  return range;
}

/** The reading-text offset of a point in the passage's text spans (undefined outside them). */
function offsetOf(node: Node, offset: number): number | undefined {
  const span = (node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element))?.closest?.("span[data-at]");
  if (!span) return undefined;
  const base = Number((span as HTMLElement).dataset.at);
  return node.nodeType === Node.TEXT_NODE ? base + offset : base + (offset > 0 ? (span.textContent ?? "").length : 0);
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
    "sb-passage-select": SbPassageSelectEvent;
    "sb-excerpt-request": SbExcerptRequestEvent;
  }
}
