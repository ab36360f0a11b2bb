import { html, nothing } from "lit";
import { customElement, property } from "lit/decorators.js";
import { SbElement } from "../sb-element.ts";
import { byline, kindLabel, languageName, yearOf } from "../../app/citation-labels.ts";
import type { SourceSummary } from "../../app/library-store.ts";
import type { CatalogEntry } from "../../core/schema/catalog.ts";
import { isPlainClick } from "../controllers/plain-click.ts";
import { componentStyles } from "../styles/component.styles.ts";
import { controlStyles } from "../styles/controls.styles.ts";
import { styles } from "./sb-source-library.styles.ts";
import { plural } from "../../core/text/plural.ts";

/** Asks to open a source in the reader. */
export type SbSourceOpenEvent = CustomEvent<{ sourceId: string }>;
/** Asks for an added source's file and catalog entry, for the organisation's library. */
export type SbSourceExportEvent = CustomEvent<{ sourceId: string }>;

/**
 * @summary The source library: one card per source with its citation data and rights; a card's title opens the source.
 *
 * @fires sb-source-open - The reader chose a source (click, or Enter on its title link); `detail.sourceId` names it.
 * @fires sb-source-export - "Export for the library" was pressed on an added source; `detail.sourceId` names it.
 *
 * @slot add - Below the introduction: the panel that adds a source.
 *
 * @csspart card - One source's card.
 * @csspart permission - The "permission required to reproduce" badge.
 */
@customElement("sb-source-library")
export class SbSourceLibrary extends SbElement {
  static override styles = [componentStyles, controlStyles, styles];

  /** The catalog entries to list, in order. */
  @property({ attribute: false }) entries: readonly CatalogEntry[] = [];
  /** Passage and note counts of the sources opened so far, by source id. */
  @property({ attribute: false }) summaries: ReadonlyMap<string, SourceSummary> = new Map();
  /** The sources added in this browser, which can be exported for the library. */
  @property({ attribute: false }) exportable: ReadonlySet<string> = new Set();
  /** Builds the link that opens a source, from its id. */
  @property({ attribute: false }) sourceHref: (sourceId: string) => string = () => "";

  /** Moves focus to a source's link, e.g. the one just read when coming back from the reader. */
  async focusSource(sourceId: string) {
    await this.updateComplete;
    const link = this.renderRoot.querySelector<HTMLElement>(`a[data-source="${CSS.escape(sourceId)}"]`);
    link?.focus();
    link?.closest("li")?.scrollIntoView({ block: "nearest" });
  }

  override render() {
    return html`
      <h1>Source library</h1>
      <p class="intro">${plural(this.entries.length, { one: "source", other: "sources", none: "No sources" })}. Open one to read it with its locators and notes.</p>
      <slot name="add"></slot>
      <ul>
        ${this.entries.map((entry) => this.renderCard(entry))}
      </ul>
    `;
  }

  private renderCard(entry: CatalogEntry) {
    const summary = this.summaries.get(entry.id);
    return html`
      <li class="card" part="card">
        <p class="meta">
          <span class="kind">${kindLabel(entry.kind)}</span>
          <span>${yearOf(entry.date)}</span>
          <span>${languageName(entry.language)}</span>
          ${summary ? html`<span>${plural(summary.passages, "passage")} · ${plural(summary.notes, "note")}</span>` : nothing}
        </p>
        <h2>
          <a href=${this.sourceHref(entry.id)} data-source=${entry.id} @click=${(e: MouseEvent) => this.onOpen(e, entry.id)}
            >${entry.title}</a>
        </h2>
        <p class="byline">${byline(entry)}, ${yearOf(entry.date)}</p>
        ${entry.rights.permissionRequired ? html`<p class="permission" part="permission">Permission required to reproduce</p>` : nothing}
        <p class="rights">${entry.rights.notice}</p>
        ${
          this.exportable.has(entry.id)
            ? html`<p class="added">
              Added in this browser.
              <button type="button" @click=${() => this.emit("sb-source-export", { sourceId: entry.id })}>Export for the library</button>
            </p>`
            : nothing
        }
      </li>
    `;
  }

  private onOpen(event: MouseEvent, sourceId: string) {
    if (!isPlainClick(event)) return;
    if (!this.emit("sb-source-open", { sourceId })) event.preventDefault();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "sb-source-library": SbSourceLibrary;
  }
  interface GlobalEventHandlersEventMap {
    "sb-source-open": SbSourceOpenEvent;
    "sb-source-export": SbSourceExportEvent;
  }
}
