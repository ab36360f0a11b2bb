import type { PassageFilters, PassageHit, SearchFacets } from "../core/search/passage-search.ts";

/** Full-text search over every passage of every source. */
export interface SearchService {
  /** Resolves when the index is loaded (built at build time, fetched once, then cached). */
  readonly ready: Promise<void>;
  search(query: string, filters?: SearchFilters): SearchHit[];
  /** What the filters can choose from. */
  facets(): SearchFacets;
}

/** Narrows a search: the core's filters, as the search view sets them. */
export type SearchFilters = PassageFilters;

/** A passage that matches: its `sentence` is what `anchorSelection(source, start, end)` lifts into a module. */
export type SearchHit = PassageHit;
