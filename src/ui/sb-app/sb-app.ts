import { html, LitElement, nothing, type PropertyValues } from "lit";
import { customElement, property, query, state } from "lit/decorators.js";
import { bundledLibrary, summaryOf, type LibraryStore, type SourceSummary } from "../../app/library-store.ts";
import { parseRoute, routeHref, type Route } from "../../app/routes.ts";
import type { Source } from "../../core/sources/source.ts";
import "../sb-source-library/sb-source-library.ts";
import type { SbSourceLibrary, SbSourceOpenEvent } from "../sb-source-library/sb-source-library.ts";
import "../sb-source-reader/sb-source-reader.ts";
import { styles } from "./sb-app.styles.ts";

const sourceHref = (sourceId: string) => routeHref({ view: "source", sourceId });
const libraryHref = routeHref({ view: "library" });

/**
 * @summary The app shell: a banner, and either the source library or the reader, chosen by the URL hash.
 *
 * Routes: `#/` (library), `#/source/<id>` and `#/source/<id>/<locator>` (reader, scrolled to a passage).
 *
 * @csspart main - The main landmark holding the current view.
 */
@customElement("sb-app")
export class SbApp extends LitElement {
  static override styles = styles;

  /** The library to show; the sources bundled with the app when not set. */
  @property({ attribute: false }) library?: LibraryStore;

  @state() private route: Route = { view: "library" };
  @state() private source?: Source;
  @state() private sourceError = "";
  @state() private summaries: ReadonlyMap<string, SourceSummary> = new Map();
  @query("sb-source-library") private libraryView?: SbSourceLibrary;
  @query("main") private main?: HTMLElement;
  private lastSourceId = "";

  override connectedCallback() {
    super.connectedCallback();
    this.library ??= bundledLibrary();
    window.addEventListener("hashchange", this.followHash);
    this.followHash();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener("hashchange", this.followHash);
  }

  private followHash = () => {
    const route = parseRoute(window.location.hash);
    const library = this.library!;
    this.route = route;
    if (route.view === "library") {
      document.title = "Source library — Sourcebook";
      return;
    }
    const entry = library.entry(route.sourceId);
    document.title = `${entry?.shortCite ?? route.sourceId} — Sourcebook`;
    if (this.source?.entry.id === route.sourceId) return;
    this.source = undefined;
    this.sourceError = "";
    this.lastSourceId = route.sourceId;
    library.open(route.sourceId).then(
      (source) => {
        if (this.route.view !== "source" || this.route.sourceId !== source.entry.id) return;
        this.source = source;
        this.summaries = new Map(this.summaries).set(source.entry.id, summaryOf(source));
      },
      (error: Error) => {
        if (this.route.view === "source" && this.route.sourceId === route.sourceId) this.sourceError = error.message;
      },
    );
  };

  protected override updated(changed: PropertyValues) {
    const previous = changed.get("route") as Route | undefined;
    if (previous?.view === "source" && this.route.view === "library" && this.lastSourceId) {
      void this.libraryView?.focusSource(this.lastSourceId);
    }
  }

  override render() {
    const library = this.library!;
    return html`
      <button class="skip" type="button" @click=${() => this.main?.focus()}>Skip to content</button>
      <header class="banner">
        <a class="brand" href=${libraryHref}>Sourcebook</a>
        <nav aria-label="Main">
          <a href=${libraryHref} aria-current=${this.route.view === "library" ? "page" : nothing}>Library</a>
        </nav>
      </header>
      <main id="main" part="main" tabindex="-1">
        ${library.catalogError ? this.renderCatalogError(library.catalogError) : this.renderView(library)}
      </main>
    `;
  }

  private renderView(library: LibraryStore) {
    const route = this.route;
    if (route.view === "library") {
      return html`<sb-source-library .entries=${library.entries} .summaries=${this.summaries} .sourceHref=${sourceHref}
        @sb-source-open=${this.onSourceOpen}></sb-source-library>`;
    }
    if (this.sourceError) {
      return html`<section class="problem" role="alert">
        <h1>This source cannot be opened</h1>
        <pre>${this.sourceError}</pre>
        <p><a href=${libraryHref}>← All sources</a></p>
      </section>`;
    }
    if (!this.source) {
      const title = library.entry(route.sourceId)?.title ?? route.sourceId;
      return html`<p class="loading" role="status">Opening “${title}”…</p>`;
    }
    return html`<sb-source-reader .source=${this.source} target=${route.locator ?? ""} libraryHref=${libraryHref}
      .passageHref=${(locator: string) => routeHref({ view: "source", sourceId: route.sourceId, locator })}
      @sb-library-open=${this.onLibraryOpen}></sb-source-reader>`;
  }

  private renderCatalogError(message: string) {
    return html`<section class="problem" role="alert">
      <h1>The source library cannot be opened</h1>
      <p>The catalog has a problem:</p>
      <pre>${message}</pre>
      <p>Correct the file and reload the page.</p>
    </section>`;
  }

  private onSourceOpen(event: SbSourceOpenEvent) {
    event.preventDefault();
    window.location.hash = sourceHref(event.detail.sourceId);
  }

  private onLibraryOpen(event: Event) {
    event.preventDefault();
    window.location.hash = libraryHref;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "sb-app": SbApp;
  }
}
