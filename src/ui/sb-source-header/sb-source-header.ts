import { msg, str } from "@lit/localize";
import { html, nothing } from "lit";
import { customElement, property, query } from "lit/decorators.js";
import { SbElement } from "../sb-element.ts";
import { formatDate, kindLabel, languageName, shortFingerprint } from "../../app/citation-labels.ts";
import type { SourceSummary } from "../../app/library-store.ts";
import type { CatalogEntry } from "../../core/schema/catalog.ts";
import { isPlainClick } from "../controllers/plain-click.ts";
import { componentStyles } from "../styles/component.styles.ts";
import { styles } from "./sb-source-header.styles.ts";
import { plural } from "../../app/plural.ts";
import { isWebUrl } from "../../core/text/web-url.ts";

/** "12 passages", in the interface language. */
const passageCount = (n: number) =>
  plural(n, {
    one: msg(str`${n} passage`),
    few: msg(str`${n} passages`, { id: "source-header.passages.few" }),
    many: msg(str`${n} passages`, { id: "source-header.passages.many" }),
    other: msg(str`${n} passages`),
  });

/** "3 notes", in the interface language. */
const noteCount = (n: number) =>
  plural(n, {
    one: msg(str`${n} note`),
    few: msg(str`${n} notes`, { id: "source-header.notes.few" }),
    many: msg(str`${n} notes`, { id: "source-header.notes.many" }),
    other: msg(str`${n} notes`),
  });

/** Asks to go back to the library. */
export type SbLibraryOpenEvent = CustomEvent<Record<string, never>>;

/**
 * @summary A source's citation data: title, author, publisher, date, rights notice and fingerprint, with a way back to the library.
 *
 * @fires sb-library-open - The reader followed the link back to the library.
 *
 * @csspart back - The link back to the library.
 * @csspart title - The source title (the page's h1).
 * @csspart rights - The rights notice.
 */
@customElement("sb-source-header")
export class SbSourceHeader extends SbElement {
  static override styles = [componentStyles, styles];

  /** The catalog entry to cite. */
  @property({ attribute: false }) entry?: CatalogEntry;
  /** SHA-256 of the source file, hex. */
  @property() fingerprint = "";
  /** Passage and note counts, when known. */
  @property({ attribute: false }) summary?: SourceSummary;
  /** Where the back link leads. */
  @property({ attribute: "library-href" }) libraryHref = "#/";

  @query("h1") private heading?: HTMLElement;

  /** Moves focus to the title, so a screen reader announces the newly opened source. */
  focusTitle() {
    this.heading?.focus({ preventScroll: true });
  }

  override render() {
    const { entry } = this;
    if (!entry) return nothing;
    return html`
      <a class="back" part="back" href=${this.libraryHref} @click=${this.onBack}>${msg("← All sources")}</a>
      <p class="kind">${kindLabel(entry.kind)}${entry.edition ? html` · ${entry.edition}` : nothing}</p>
      <h1 part="title" tabindex="-1">${entry.title}</h1>
      <dl>
        ${entry.author ? html`<dt>${msg("Author")}</dt><dd>${entry.author}</dd>` : nothing}
        <dt>${msg("Publisher")}</dt><dd>${entry.publisher}</dd>
        <dt>${msg("Date")}</dt><dd>${formatDate(entry.date)}${entry.accessed ? ` ${msg(str`(accessed ${formatDate(entry.accessed)})`)}` : nothing}</dd>
        <dt>${msg("Language")}</dt><dd>${languageName(entry.language)}</dd>
        ${
          entry.url
            ? html`<dt>${msg("Online")}</dt><dd>${isWebUrl(entry.url) ? html`<a href=${entry.url} rel="noopener noreferrer">${entry.url}</a>` : entry.url}</dd>`
            : nothing
        }
        <dt>${msg("Cite as")}</dt><dd>${entry.shortCite}</dd>
        <dt>${msg("Version")}</dt>
        <dd><code title=${msg(str`SHA-256 fingerprint ${this.fingerprint}`)}>${msg(str`sha256 ${shortFingerprint(this.fingerprint)}`)}</code>${
          this.summary ? html` · ${passageCount(this.summary.passages)}, ${noteCount(this.summary.notes)}` : nothing
        }</dd>
      </dl>
      <div class="rights ${entry.rights.permissionRequired ? "restricted" : ""}" part="rights" role="note" aria-label=${msg("Rights")}>
        ${entry.rights.permissionRequired ? html`<p class="badge">${msg("Permission required to reproduce")}</p>` : nothing}
        <p>${entry.rights.notice}${entry.rights.licence ? html` <span class="licence">(${entry.rights.licence})</span>` : nothing}</p>
      </div>
      ${entry.note ? html`<p class="about"><strong>${msg("About this text:")}</strong> ${entry.note}</p>` : nothing}
    `;
  }

  private onBack(event: MouseEvent) {
    if (!isPlainClick(event)) return;
    if (!this.emit("sb-library-open", {})) event.preventDefault();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "sb-source-header": SbSourceHeader;
  }
  interface GlobalEventHandlersEventMap {
    "sb-library-open": SbLibraryOpenEvent;
  }
}
