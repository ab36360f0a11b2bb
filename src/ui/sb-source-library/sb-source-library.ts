import { msg, str } from "@lit/localize";
import { html, nothing } from "lit";
import { customElement, property, query, state } from "lit/decorators.js";
import { SbElement } from "../sb-element.ts";
import { byline, kindLabel, languageName, yearOf } from "../../app/citation-labels.ts";
import type { SourceSummary } from "../../app/library-store.ts";
import type { CatalogEntry } from "../../core/schema/catalog.ts";
import { isPlainClick } from "../controllers/plain-click.ts";
import { componentStyles } from "../styles/component.styles.ts";
import { controlStyles } from "../styles/controls.styles.ts";
import { styles } from "./sb-source-library.styles.ts";
import { countOf } from "../../app/source-counts.ts";

/** Asks to open a source in the reader. */
export type SbSourceOpenEvent = CustomEvent<{ sourceId: string }>;
/** Asks for an added source's file and catalog entry, for the organisation's library. */
export type SbSourceExportEvent = CustomEvent<{ sourceId: string }>;
/** Asks to remove a source added in this browser; the trainer has confirmed it. */
export type SbSourceRemoveEvent = CustomEvent<{ sourceId: string }>;

/**
 * @summary The source library: one card per source with its citation data and rights; a card's title opens the source.
 *
 * @fires sb-source-open - The reader chose a source (click, or Enter on its title link); `detail.sourceId` names it.
 * @fires sb-source-export - "Export for the library" was pressed on an added source; `detail.sourceId` names it.
 * @fires sb-source-remove - "Remove from this browser" was pressed on an added source and confirmed; `detail.sourceId` names it.
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
  /** The sources added in this browser: they can be exported for the library, or removed (a shipped source cannot). */
  @property({ attribute: false }) added: ReadonlySet<string> = new Set();
  /** Builds the link that opens a source, from its id. */
  @property({ attribute: false }) sourceHref: (sourceId: string) => string = () => "";
  /** The titles of the modules that cite a source, named before it is removed. */
  @property({ attribute: false }) citedBy: (sourceId: string) => string[] = () => [];

  /** The added source whose removal is being confirmed. */
  @state() private removing?: CatalogEntry;
  @query("dialog.remove") private removeDialog?: HTMLDialogElement;

  /** Moves focus to a source's link, e.g. the one just read when coming back from the reader. */
  async focusSource(sourceId: string) {
    await this.updateComplete;
    const link = this.renderRoot.querySelector<HTMLElement>(`a[data-source="${CSS.escape(sourceId)}"]`);
    link?.focus();
    link?.closest("li")?.scrollIntoView({ block: "nearest" });
  }

  override render() {
    return html`
      <h1>${msg("Source library")}</h1>
      <p class="intro">${countOf("sources", this.entries.length)}. ${msg("Open one to read it with its locators and notes.")}</p>
      <slot name="add"></slot>
      <ul>
        ${this.entries.map((entry) => this.renderCard(entry))}
      </ul>
      ${this.renderRemoveDialog()}
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
          ${summary ? html`<span>${countOf("passages", summary.passages)} · ${countOf("notes", summary.notes)}</span>` : nothing}
        </p>
        <h2>
          <a href=${this.sourceHref(entry.id)} data-source=${entry.id} @click=${(e: MouseEvent) => this.onOpen(e, entry.id)}
            >${entry.title}</a>
        </h2>
        <p class="byline">${byline(entry)}, ${yearOf(entry.date)}</p>
        ${entry.rights.permissionRequired ? html`<p class="permission" part="permission">${msg("Permission required to reproduce")}</p>` : nothing}
        <p class="rights">${entry.rights.notice}</p>
        ${
          this.added.has(entry.id)
            ? html`<p class="added">
              ${msg("Added in this browser.")}
              <button type="button" @click=${() => this.emit("sb-source-export", { sourceId: entry.id })}>${msg("Export for the library")}</button>
              <button type="button" class="remove" @click=${() => this.askRemove(entry)}>${msg("Remove from this browser")}</button>
            </p>`
            : nothing
        }
      </li>
    `;
  }

  /** Says what removing takes away, and names the modules whose excerpts will show as unverified. */
  private renderRemoveDialog() {
    const entry = this.removing;
    const title = entry?.title ?? "";
    const citing = entry ? this.citedBy(entry.id) : [];
    return html`<dialog class="remove" aria-labelledby="remove-title" @close=${() => (this.removing = undefined)}>
      <h2 id="remove-title">${msg(str`Remove “${title}” from this browser?`)}</h2>
      <p>${msg("Its file and text go from this browser: the library, the reader and search. A copy exported for the library, or in a backup, stays as it is.")}</p>
      ${
        citing.length > 0
          ? html`<p class="citing">${msg("These modules cite it; their excerpts will show as unverified:")}</p>
            <ul class="citing">${citing.map((t) => html`<li>${t}</li>`)}</ul>`
          : html`<p>${msg("No module cites it.")}</p>`
      }
      <form method="dialog" class="actions">
        <button type="button" class="danger" @click=${this.confirmRemove}>${msg("Remove")}</button>
        <button value="keep" autofocus>${msg("Keep it")}</button>
      </form>
    </dialog>`;
  }

  private async askRemove(entry: CatalogEntry) {
    this.removing = entry;
    await this.updateComplete;
    this.removeDialog?.showModal();
  }

  private confirmRemove() {
    const id = this.removing?.id;
    this.removeDialog?.close();
    if (id) this.emit("sb-source-remove", { sourceId: id });
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
    "sb-source-remove": SbSourceRemoveEvent;
  }
}
