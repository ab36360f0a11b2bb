import { consume } from "@lit/context";
import { msg, str } from "@lit/localize";
import { html, nothing, type PropertyValues } from "lit";
import { customElement, property, query, state } from "lit/decorators.js";
import { SbElement } from "../sb-element.ts";
import { repeat } from "lit/directives/repeat.js";
import { searchContext } from "../../app/contexts.ts";
import { routeHref } from "../../app/routes.ts";
import type { SearchHit, SearchProgress, SearchService } from "../../app/search-api.ts";
import { everything, filtersTemplate, searchFilters, type Facets, type FilterChoice } from "./search-filters.ts";
import { componentStyles } from "../styles/component.styles.ts";
import { controlStyles } from "../styles/controls.styles.ts";
import { styles } from "./sb-search.styles.ts";
import { plural } from "../../app/plural.ts";

/** Asks to lift words of a source into a module (reading-text range): here, the sentence of a hit. */
export type SbExcerptRequestEvent = CustomEvent<{ sourceId: string; start: number; end: number }>;
/** A search ran; `detail.query` is what was searched (the app may keep it in the URL). */
export type SbSearchQueryEvent = CustomEvent<{ query: string }>;

/** How long typing must pause before the search runs. */
const DEBOUNCE_MS = 150;
/** Hits shown at first, and added by each "Show more". */
const PAGE = 50;

/**
 * @summary Full-text search over every passage of every source: a search box, filters by source,
 * kind and year, and the hits with their locator and the matched words in context.
 *
 * @fires sb-excerpt-request - "Add to module…" on a hit: `detail` is the reading-text range of the sentence that holds the match.
 * @fires sb-search-query - A search ran; `detail.query` is what was searched.
 *
 * @csspart form - The search box and its button.
 * @csspart filters - The filters.
 * @csspart hit - One result.
 */
@customElement("sb-search")
export class SbSearch extends SbElement {
  static override styles = [componentStyles, controlStyles, styles];

  /** The query to show and search (e.g. from the URL). */
  @property() query = "";

  /** The search service, from the app. */
  @consume({ context: searchContext, subscribe: true })
  @state()
  service?: SearchService;

  /** "loading": the sources are listed and searchable as their indexes arrive; "ready": all are in. */
  @state() private status: "starting" | "loading" | "ready" | "failed" = "starting";
  @state() private loadError = "";
  @state() private facets: Facets = { sources: [], kinds: [], years: [] };
  @state() private choice: FilterChoice = { sources: new Set(), kind: "", yearFrom: 0, yearTo: 0 };
  @state() private searched = "";
  @state() private hits: SearchHit[] = [];
  /** How many passages the last search found (more than `hits` holds when it is long). */
  @state() private total = 0;
  @state() private shown = PAGE;
  /** How many sources the shown hits were searched in (fewer than all while loading). */
  @state() private searchedIn?: SearchProgress;
  @query("input[type=search]") private input?: HTMLInputElement;
  private typing?: ReturnType<typeof setTimeout>;
  /** The filters start unfolded beside the results, folded above them on a narrow screen. */
  private readonly filtersOpen = window.matchMedia("(min-width: 52rem)").matches;
  private loadingService?: SearchService;
  private stopProgress?: () => void;
  /** Searches asked: only the latest one's answer is shown. */
  private asked = 0;

  override disconnectedCallback() {
    super.disconnectedCallback();
    clearTimeout(this.typing);
    this.stopProgress?.();
    this.loadingService = undefined;
  }

  override connectedCallback() {
    super.connectedCallback();
    if (this.service && !this.loadingService) void this.load(this.service);
  }

  /** The sources are listed: the box searches (those loaded so far, while loading). */
  private get searchable() {
    return this.status === "loading" || this.status === "ready";
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has("service") && this.service && this.service !== this.loadingService) void this.load(this.service);
    // A new query from outside (the URL): the box shows it through its binding, and it is searched.
    if (changed.has("query") && this.searchable && this.query.trim() !== this.searched) this.search(this.query);
  }

  private async load(service: SearchService) {
    this.loadingService = service;
    this.stopProgress?.();
    this.status = "starting";
    // More sources searchable: a search shown meanwhile is asked again, so it ends complete.
    this.stopProgress = service.onProgress(() => {
      if (service === this.service && this.status === "loading" && this.searched) void this.fetchHits();
    });
    try {
      this.facets = await service.facets();
      if (service !== this.service) return;
      this.choice = everything(this.facets);
      this.status = "loading";
      this.run(); // what was typed before the sources were listed
      await service.ready;
      if (service !== this.service) return;
      // Sources added while loading join the filters, chosen.
      const facets = await service.facets();
      const known = new Set(this.facets.sources.map((s) => s.id));
      const added = facets.sources.filter((s) => !known.has(s.id)).map((s) => s.id);
      this.facets = facets;
      if (added.length > 0) this.choice = { ...this.choice, sources: new Set([...this.choice.sources, ...added]) };
    } catch (error) {
      if (service !== this.service) return;
      this.status = "failed";
      this.loadError = error instanceof Error ? error.message : String(error);
      return;
    }
    this.status = "ready";
    if (this.searched) await this.fetchHits();
  }

  /** Searches for what the box holds, with the chosen filters. */
  private run() {
    this.search(this.input?.value ?? this.query);
  }

  private search(query: string) {
    clearTimeout(this.typing);
    const text = query.trim();
    if (!this.service || !this.searchable) return;
    this.searched = text;
    this.shown = PAGE;
    void this.fetchHits();
    if (text !== this.query.trim()) {
      this.emit("sb-search-query", { query: text });
    }
  }

  /** The hits shown for the searched words: only those are ranked in full and given snippets. */
  private async fetchHits() {
    const ask = ++this.asked;
    const { service, searched } = this;
    let results;
    try {
      results = searched && service ? await service.search(searched, searchFilters(this.choice, this.facets), this.shown) : undefined;
    } catch (error) {
      if (ask !== this.asked) return;
      this.status = "failed";
      this.loadError = error instanceof Error ? error.message : String(error);
      results = undefined;
    }
    if (ask !== this.asked) return;
    this.hits = results?.hits ?? [];
    this.total = results?.total ?? 0;
    this.searchedIn = results?.searched;
  }

  override render() {
    return html`
      <h1>${msg("Search")}</h1>
      <form role="search" part="form" @submit=${this.onSubmit}>
        <label for="query">${msg("Search every passage of every source")}</label>
        <div class="box">
          <input id="query" type="search" .value=${this.query} autocomplete="off" spellcheck="false"
            aria-describedby="query-help" @input=${this.onInput} />
          <button type="submit">${msg("Search")}</button>
        </div>
        <p id="query-help" class="help">${msg("Finds other forms of a word, words that begin the same way, and forgives small typing mistakes.")}</p>
      </form>
      <div class="layout">
        ${
          this.searchable
            ? filtersTemplate(this.facets, this.choice, this.filtersOpen, this.onFilterChange)
            : html`<div class="filters" part="filters"></div>`
        }
        <section class="results" aria-label=${msg("Results")}>
          <p class="count" role="status">${this.statusText()}</p>
          ${this.status === "failed" ? html`<p class="problem" role="alert">${this.loadError}</p>` : nothing}
          ${this.renderHits()}
        </section>
      </div>
    `;
  }

  private renderHits() {
    if (this.hits.length === 0) return nothing;
    return html`
      <ol class="hits">
        ${repeat(
          this.hits,
          (h) => `${h.sourceId}#${h.passageIndex}`,
          (hit, i) => this.renderHit(hit, i),
        )}
      </ol>
      ${
        this.total > this.shown
          ? html`<button type="button" class="more" @click=${this.showMore}>${msg(str`Show ${Math.min(PAGE, this.total - this.shown)} more`)}</button>`
          : nothing
      }
    `;
  }

  private renderHit(hit: SearchHit, i: number) {
    const where = `${hit.sourceLabel}, ${hit.locator}`;
    const href = routeHref({ view: "source", sourceId: hit.sourceId, locator: hit.locator });
    return html`
      <li class="hit" part="hit" data-index=${i} data-source=${hit.sourceId} data-locator=${hit.locator}>
        <h2><span class="source">${hit.sourceLabel}</span> <span class="locator">${hit.locator}</span></h2>
        <p class="snippet">${hit.snippet.map((s) => (s.match ? html`<mark>${s.text}</mark>` : s.text))}</p>
        <div class="actions">
          <!-- Named by aria-label: hidden text inside the link would be read with a stray space ("reader : …"). -->
          <a class="open" href=${href} aria-label=${msg(str`Open in reader: ${where}`)}>${msg("Open in reader")}</a>
          <button type="button" class="add" @click=${() => this.requestExcerpt(hit)} aria-label=${msg(str`Add to module… the sentence from ${where}`)}>${msg("Add to module…")}</button>
        </div>
      </li>
    `;
  }

  private statusText(): string {
    if (this.status === "starting") return msg("Loading the search index…");
    if (this.status === "failed") return msg("Search is not available.");
    if (!this.searched)
      return this.status === "loading"
        ? msg("Loading the search index… Type a word to search the sources loaded so far.")
        : msg("Type a word to search every passage.");
    if (this.choice.sources.size === 0) return msg("Choose at least one source to search.");
    const n = this.total;
    const found = n === 0 ? msg("No passages found") : passagesFound(n);
    const showing = n > this.shown ? msg(str`; showing the first ${this.shown}`) : "";
    const searched = this.searchedIn;
    const query = this.searched;
    if (this.status === "loading" && searched && searched.loaded < searched.total) {
      const { loaded, total } = searched;
      return msg(str`${found} so far for “${query}”${showing} (${loaded} of ${total} sources searched; loading the rest…).`);
    }
    return msg(str`${found} for “${query}”${showing}.`);
  }

  private onInput = () => {
    clearTimeout(this.typing);
    this.typing = setTimeout(() => this.run(), DEBOUNCE_MS);
  };

  private onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    this.run();
  };

  private onFilterChange = (choice: FilterChoice) => {
    this.choice = choice;
    this.run();
  };

  private async showMore() {
    const first = this.shown;
    this.shown += PAGE;
    await this.fetchHits();
    await this.updateComplete;
    // Focus the first newly shown hit, so keyboard users carry on where the list grew.
    this.renderRoot.querySelector<HTMLElement>(`li[data-index="${first}"] a.open`)?.focus();
  }

  private async requestExcerpt(hit: SearchHit) {
    if (!this.service) return;
    try {
      const { start, end } = await this.service.sentence(hit, this.searched);
      this.emit("sb-excerpt-request", { sourceId: hit.sourceId, start, end });
    } catch (error) {
      this.status = "failed";
      this.loadError = error instanceof Error ? error.message : String(error);
    }
  }
}

const passagesFound = (n: number) =>
  plural(n, {
    one: msg(str`${n} passage found`),
    other: msg(str`${n} passages found`),
    few: msg(str`${n} passages found`, { id: "search.found.few" }),
    many: msg(str`${n} passages found`, { id: "search.found.many" }),
  });

declare global {
  interface HTMLElementTagNameMap {
    "sb-search": SbSearch;
  }
  interface GlobalEventHandlersEventMap {
    "sb-excerpt-request": SbExcerptRequestEvent;
    "sb-search-query": SbSearchQueryEvent;
  }
}
