import type { IndexedSource, PassageFilters, PassageHit, PassageResults, SearchFacets } from "../core/search/passage-search.ts";
import type { SourceSearchIndex } from "../core/search/source-search-index.ts";

/** Full-text search over every passage of every source. */
export interface SearchService {
  /** Resolves when every source's index is loaded (built at build time, loaded without blocking the page). */
  readonly ready: Promise<void>;
  /** How many passages match, and the best `limit` of them (all by default), best first. */
  search(query: string, filters?: SearchFilters, limit?: number): SearchResults;
  /** What the filters can choose from. */
  facets(): SearchFacets;
  /** Adds a source's index, or replaces the one of the same id; no other source is indexed again. */
  addSource(source: IndexedSource, index: SourceSearchIndex): void;
}

/** Narrows a search: the core's filters, as the search view sets them. */
export type SearchFilters = PassageFilters;

/** A passage that matches: its `sentence` is what `anchorSelection(source, start, end)` lifts into a module. */
export type SearchHit = PassageHit;

/** What a search found: `total` passages, of which `hits` are the best. */
export type SearchResults = PassageResults;
