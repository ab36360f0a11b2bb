import { provide } from "@lit/context";
import { msg, str } from "@lit/localize";
import { html, nothing, type PropertyValues, type TemplateResult } from "lit";
import { customElement, property, query, state } from "lit/decorators.js";
import { SbElement } from "../sb-element.ts";
import {
  addedSourcesContext,
  handoutExporterContext,
  libraryContext,
  moduleStoreContext,
  searchContext,
  sessionStoreContext,
  verifierContext,
} from "../../app/contexts.ts";
import type { AddedSources } from "../../app/added-sources.ts";
import type { HandoutExporter } from "../../app/handout-export-api.ts";
import type { SessionStore } from "../../app/session-store-api.ts";
import { downloadBlob, downloadText } from "../../app/download.ts";
import { summaryOf, type LibraryStore, type SourceSummary } from "../../app/library-store.ts";
import type { ModuleStore } from "../../app/module-store-api.ts";
import { parseRoute, routeHref, type Route } from "../../app/routes.ts";
import type { SearchService } from "../../app/search-api.ts";
import { createServices, type AppServices } from "../../app/services.ts";
import type { Verifier } from "../../app/verifier.ts";
import type { Source } from "../../core/sources/source.ts";
import "../sb-add-excerpt-dialog/sb-add-excerpt-dialog.ts";
import type { SbAddExcerptDialog, SbExcerptAddEvent } from "../sb-add-excerpt-dialog/sb-add-excerpt-dialog.ts";
import "../sb-module-library/sb-module-library.ts";
import type { SbExcerptRequestEvent } from "../sb-passage/sb-passage.ts";
import "../sb-source-library/sb-source-library.ts";
import type {
  SbSourceExportEvent,
  SbSourceLibrary,
  SbSourceOpenEvent,
  SbSourceRemoveEvent,
} from "../sb-source-library/sb-source-library.ts";
import "../sb-language-menu/sb-language-menu.ts";
import { componentStyles } from "../styles/component.styles.ts";
import { controlStyles } from "../styles/controls.styles.ts";
import { styles } from "./sb-app.styles.ts";

const sourceHref = (sourceId: string) => routeHref({ view: "source", sourceId });
const sourcesHref = routeHref({ view: "library" });

// Above the class: the element is defined, and may start, before the rest of this module has run.
/** The product's name, kept as it is in every language unless a translator decides otherwise. */
const productName = () =>
  msg("Sourcebook", {
    id: "product-name",
    desc: "The product's name: keep it in Latin letters unless the product is known by another name.",
  });

/** Views loaded only when first visited, so the first screen stays small. */
const lazyViews: Partial<Record<Route["view"], () => Promise<unknown>>> = {
  search: () => import("../sb-search/sb-search.ts"),
  module: () => import("../sb-module-editor/sb-module-editor.ts"),
  review: () => import("../sb-review/sb-review.ts"),
  sessions: () => import("../sb-session-list/sb-session-list.ts"),
  session: () => Promise.all([import("../sb-session-builder/sb-session-builder.ts"), import("../sb-export-panel/sb-export-panel.ts")]),
  // The reader and the add-a-source form are not on the first screen (the module list): kept out of its bundle.
  source: () => import("../sb-source-reader/sb-source-reader.ts"),
  library: () => import("../sb-add-source/sb-add-source.ts"),
};

/**
 * @summary The app shell: banner and navigation, the current view chosen by the URL hash, the app's services as context, and the dialog that adds an excerpt to a module.
 *
 * Routes: `#/` modules, `#/sources`, `#/source/<id>[/<locator>]`, `#/search?q=…`, `#/module/<id>`.
 *
 * @csspart main - The main landmark holding the current view.
 */
@customElement("sb-app")
export class SbApp extends SbElement {
  static override styles = [componentStyles, controlStyles, styles];

  /** The app's services; the bundled library with IndexedDB storage when not set. */
  @property({ attribute: false }) services?: AppServices;

  @provide({ context: libraryContext }) private library!: LibraryStore;
  @provide({ context: moduleStoreContext }) private modules!: ModuleStore;
  @provide({ context: searchContext }) private search!: SearchService;
  @provide({ context: verifierContext }) private verifier!: Verifier;
  @provide({ context: sessionStoreContext }) private sessions!: SessionStore;
  @provide({ context: handoutExporterContext }) private handouts!: HandoutExporter;
  @provide({ context: addedSourcesContext }) private added?: AddedSources;

  @state() private route: Route = { view: "modules" };
  @state() private source?: Source;
  @state() private sourceError = "";
  @state() private summaries: ReadonlyMap<string, SourceSummary> = new Map();
  @state() private loadedViews = new Set<string>();
  @state() private adding?: { source: Source; start: number; end: number };
  @state() private notice?: { text: string; href?: string };
  @query("sb-source-library") private libraryView?: SbSourceLibrary;
  @query("sb-add-excerpt-dialog") private dialog?: SbAddExcerptDialog;
  @query("main") private main?: HTMLElement;
  /** What asked for the excerpt dialog (a passage or its Excerpt button): the focus goes back there when it closes. */
  private excerptOpener?: HTMLElement;
  private lastSourceId = "";
  private lastModuleId = "";

  override connectedCallback() {
    super.connectedCallback();
    this.services ??= createServices();
    this.useServices(this.services);
    this.services.connect?.();
    window.addEventListener("hashchange", this.followHash);
    this.followHash();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener("hashchange", this.followHash);
  }

  private followHash = () => {
    const route = parseRoute(window.location.hash);
    this.route = route;
    this.notice = undefined;
    const lazy = lazyViews[route.view];
    if (lazy && !this.loadedViews.has(route.view)) void lazy().then(() => (this.loadedViews = new Set(this.loadedViews).add(route.view)));
    document.title = `${this.titleOf(route)} — ${productName()}`;
    if (route.view === "source") this.openSource(route.sourceId);
  };

  private titleOf(route: Route): string {
    switch (route.view) {
      case "modules":
        return msg("Modules");
      case "library":
        return msg("Sources");
      case "search":
        return route.query ? msg(str`Search: ${route.query}`) : msg("Search");
      case "module":
        return this.modules.get(route.moduleId)?.meta.title ?? msg("Module");
      case "source":
        return this.library.entry(route.sourceId)?.shortCite ?? route.sourceId;
      case "sessions":
        return msg("Sessions");
      case "session":
        return msg("Session");
      case "review":
        return msg("Review");
    }
  }

  private openSource(sourceId: string) {
    if (this.source?.entry.id === sourceId) return;
    this.source = undefined;
    this.sourceError = "";
    this.lastSourceId = sourceId;
    // A source added in the workbench is in the library once the stored ones are read.
    const ready = this.added?.ready.catch(() => undefined) ?? Promise.resolve();
    ready
      .then(() => this.library.open(sourceId))
      .then(
        (source) => {
          if (this.route.view !== "source" || this.route.sourceId !== source.entry.id) return;
          this.source = source;
          this.summaries = new Map(this.summaries).set(source.entry.id, summaryOf(source));
        },
        (error: Error) => {
          if (this.route.view === "source" && this.route.sourceId === sourceId) this.sourceError = error.message;
        },
      );
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has("services") && this.services) this.useServices(this.services);
  }

  private useServices(services: AppServices) {
    ({
      library: this.library,
      modules: this.modules,
      search: this.search,
      verifier: this.verifier,
      sessions: this.sessions,
      handouts: this.handouts,
      added: this.added,
    } = services);
    // The stored added sources join the library list once read.
    void services.added?.ready.then(
      () => this.requestUpdate(),
      (error: unknown) => console.warn("The sources added in this browser could not be read:", error),
    );
  }

  protected override updated(changed: PropertyValues) {
    const previous = changed.get("route") as Route | undefined;
    if (previous?.view === "source" && this.route.view === "library" && this.lastSourceId) {
      void this.libraryView?.focusSource(this.lastSourceId);
    }
  }

  override render() {
    const view = this.route.view;
    const current = (v: Route["view"][]) => (v.includes(view) ? "page" : nothing);
    return html`
      <button class="skip" type="button" @click=${() => this.main?.focus()}>${msg("Skip to content")}</button>
      <header class="banner">
        <a class="brand" href="#/">${productName()}</a>
        <nav aria-label=${msg("Main")}>
          <a href="#/" aria-current=${current(["modules", "module", "review"])}>${msg("Modules")}</a>
          <a href="#/sessions" aria-current=${current(["sessions", "session"])}>${msg("Sessions")}</a>
          <a href=${sourcesHref} aria-current=${current(["library", "source"])}>${msg("Sources")}</a>
          <a href=${routeHref({ view: "search" })} aria-current=${current(["search"])}>${msg("Search")}</a>
        </nav>
        <sb-language-menu></sb-language-menu>
      </header>
      <main id="main" part="main" tabindex="-1" @sb-excerpt-request=${this.onExcerptRequest} @sb-module-export=${this.onModuleExport}>
        ${this.library.catalogError ? this.renderCatalogError(this.library.catalogError) : this.renderView()}
      </main>
      <!-- Always there, so that a screen reader announces what is put in it; shown at the foot of the screen, where the trainer is. -->
      <div class="toast" role="status">
        ${
          this.notice
            ? html`<p class="notice">${this.notice.text} ${this.notice.href ? html`<a href=${this.notice.href}>${msg("Open the module")}</a>` : nothing}
              <button type="button" class="quiet" @click=${() => (this.notice = undefined)}>${msg("Dismiss")}</button></p>`
            : nothing
        }
      </div>
      ${
        this.adding
          ? html`<sb-add-excerpt-dialog .source=${this.adding.source} .range=${{ start: this.adding.start, end: this.adding.end }}
            .modules=${this.modules.list()} .sectionsOf=${this.sectionsOf} preferred-module=${this.lastModuleId}
            @sb-excerpt-add=${this.onExcerptAdd} @sb-dialog-close=${this.onDialogClose}></sb-add-excerpt-dialog>`
          : nothing
      }
    `;
  }

  // Typed, so a route without a case here is a compile error rather than an empty page.
  private renderView(): TemplateResult {
    const route = this.route;
    switch (route.view) {
      case "modules":
        return html`<sb-module-library></sb-module-library>`;
      case "library":
        return html`<sb-source-library .entries=${this.library.entries} .summaries=${this.summaries} .sourceHref=${sourceHref}
          .added=${new Set(this.library.entries.filter((e) => this.library.isAdded(e.id)).map((e) => e.id))}
          .citedBy=${this.modulesCiting}
          @sb-source-open=${this.onSourceOpen} @sb-source-export=${this.onSourceExport} @sb-source-remove=${this.onSourceRemove}
          >${this.added && this.loadedViews.has("library") ? html`<sb-add-source slot="add" @sb-source-added=${() => this.requestUpdate()}></sb-add-source>` : nothing}</sb-source-library
        >`;
      case "search":
        return this.loadedViews.has("search") ? html`<sb-search query=${route.query ?? ""}></sb-search>` : loading(msg("Opening search…"));
      case "module":
        return this.loadedViews.has("module")
          ? html`<sb-module-editor module-id=${route.moduleId}></sb-module-editor>`
          : loading(msg("Opening the module…"));
      case "source":
        return this.renderSource(route);
      case "sessions":
        return this.loadedViews.has("sessions") ? html`<sb-session-list></sb-session-list>` : loading(msg("Opening sessions…"));
      case "session":
        return this.loadedViews.has("session")
          ? html`<sb-session-builder session-id=${route.sessionId}>
              <sb-export-panel slot="export" session-id=${route.sessionId}></sb-export-panel>
            </sb-session-builder>`
          : loading(msg("Opening the session…"));
      case "review":
        if (!this.loadedViews.has("review")) return loading(msg("Opening the review…"));
        return route.sessionId
          ? html`<sb-review session-id=${route.sessionId}></sb-review>`
          : html`<sb-review module-id=${route.moduleId ?? ""}></sb-review>`;
    }
  }

  private renderSource(route: Extract<Route, { view: "source" }>) {
    if (this.sourceError) {
      return html`<section class="problem" role="alert">
        <h1>${msg("This source cannot be opened")}</h1>
        <pre>${this.sourceError}</pre>
        <p><a href=${sourcesHref}>← ${msg("All sources")}</a></p>
      </section>`;
    }
    if (!this.source || !this.loadedViews.has("source"))
      return html`<p class="loading" role="status">${msg(str`Opening “${this.library.entry(route.sourceId)?.title ?? route.sourceId}”…`)}</p>`;
    return html`<sb-source-reader .source=${this.source} target=${route.locator ?? ""} library-href=${sourcesHref}
      .passageHref=${(locator: string) => routeHref({ view: "source", sourceId: route.sourceId, locator })}
      @sb-library-open=${this.onLibraryOpen}></sb-source-reader>`;
  }

  private renderCatalogError(message: string) {
    return html`<section class="problem" role="alert">
      <h1>${msg("The source library cannot be opened")}</h1>
      <p>${msg("The catalog has a problem:")}</p>
      <pre>${message}</pre>
      <p>${msg("Correct the file and reload the page.")}</p>
    </section>`;
  }

  private sectionsOf = (moduleId: string) => this.modules.get(moduleId)?.body.flatMap((n) => (n.kind === "section" ? [n.title] : [])) ?? [];

  private async onExcerptRequest(event: SbExcerptRequestEvent) {
    const { sourceId, start, end } = event.detail;
    // The button pressed inside the element that asked (a passage's Excerpt button), else that element.
    const origin = event.composedPath()[0] as HTMLElement;
    this.excerptOpener = (origin.shadowRoot?.activeElement as HTMLElement | null) ?? origin;
    await this.modules.ready;
    this.adding = { source: await this.library.open(sourceId), start, end };
    await this.updateComplete;
    await this.dialog?.show();
  }

  private async onExcerptAdd(event: SbExcerptAddEvent) {
    const { moduleId, newModuleTitle, section, excerpt } = event.detail;
    this.onDialogClose();
    // A module made for this excerpt starts with the section asked for, and no other.
    const id = moduleId || (await this.modules.create(newModuleTitle, undefined, section));
    await this.modules.addExcerpt(id, section, excerpt);
    this.lastModuleId = id;
    const verdict = await this.verifier.verify({ sourceId: excerpt.sourceId, locator: excerpt.locator, quote: excerpt.quote });
    const title = this.modules.get(id)?.meta.title ?? id;
    this.notice = {
      text:
        verdict.status === "verified"
          ? msg(str`Added to “${title}”, section “${section}” — verified at ${excerpt.locator}.`)
          : msg(str`Added to “${title}”, section “${section}” — not verified: ${verdict.message}.`),
      href: routeHref({ view: "module", moduleId: id }),
    };
  }

  private onDialogClose = () => {
    this.adding = undefined;
    if (this.excerptOpener?.isConnected) this.excerptOpener.focus({ preventScroll: true });
    this.excerptOpener = undefined;
  };

  private onModuleExport(event: CustomEvent<{ id: string }>) {
    const file = this.modules.exportModule(event.detail.id);
    downloadText(file.fileName, file.text);
  }

  private onSourceOpen(event: SbSourceOpenEvent) {
    event.preventDefault();
    window.location.hash = sourceHref(event.detail.sourceId);
  }

  /** Downloads an added source's file and its catalog entry, for the organisation's library. */
  private onSourceExport(event: SbSourceExportEvent) {
    const files = this.added?.exportForLibrary(event.detail.sourceId);
    if (!files) return;
    downloadBlob(files.file.name, files.file.blob);
    downloadText(files.entry.name, files.entry.text, "application/yaml");
  }

  /** Takes an added source out of the library, reader, search and IndexedDB. */
  private async onSourceRemove(event: SbSourceRemoveEvent) {
    const id = event.detail.sourceId;
    try {
      await this.added?.remove(id);
      this.verifier.forgetSource(id);
    } catch (error) {
      console.warn("The source could not be removed:", error);
    }
    const summaries = new Map(this.summaries);
    summaries.delete(id);
    this.summaries = summaries;
    this.requestUpdate();
  }

  /** The titles of the modules with an excerpt of a source. */
  private readonly modulesCiting = (sourceId: string): string[] =>
    this.modules
      .list()
      .filter((m) => this.modules.get(m.id)?.body.some((n) => n.kind === "excerpt" && n.sourceId === sourceId))
      .map((m) => m.title);

  private onLibraryOpen(event: Event) {
    event.preventDefault();
    window.location.hash = sourcesHref;
  }
}

/** "Opening the module…" while a view's code loads. */
function loading(words: string) {
  return html`<p class="loading" role="status">${words}</p>`;
}

declare global {
  interface HTMLElementTagNameMap {
    "sb-app": SbApp;
  }
  interface GlobalEventHandlersEventMap {
    "sb-module-export": CustomEvent<{ id: string }>;
  }
}
