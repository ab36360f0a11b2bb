import type { IndexedSource, PassageFilters, PassageHit, SearchFacets } from "../core/search/passage-search.ts";
import type { TextRange } from "../core/search/sentence.ts";
import type { SearchProgress } from "./search-index-loader.ts";

/**
 * Full-text search over every passage of every source. The indexes load off the page's thread; a
 * search asked meanwhile answers from the sources loaded so far (`searched` says how many).
 */
export interface SearchService {
  /** Resolves when every source's index is loaded (built at build time, loaded without blocking the page). */
  readonly ready: Promise<void>;
  /** How many passages match, and the best `limit` of them (all by default), best first; starts loading if need be. */
  search(query: string, filters?: SearchFilters, limit?: number): Promise<SearchResults>;
  /** What the filters can choose from: every source of the library, loaded or not. */
  facets(): Promise<SearchFacets>;
  /** Adds a source's index, or replaces the one of the same id; no other source is indexed again. */
  addSource(source: IndexedSource, index: string): void;
  /** Takes a source added in the page out of the search. */
  removeSource(sourceId: string): void;
  /** The reading-text range of the sentence holding the hit's first match of `query`: what "Add to module…" lifts. */
  sentence(hit: SearchHit, query: string): Promise<TextRange>;
  /** Calls `listener` as more sources become searchable; returns what stops it. */
  onProgress(listener: (progress: SearchProgress) => void): () => void;
}

export type { SearchProgress };

/** Narrows a search: the core's filters, as the search view sets them. */
export type SearchFilters = PassageFilters;

/** A passage that matches, as the results show it (its sentence is asked for when it is lifted into a module). */
export type SearchHit = Omit<PassageHit, "text" | "sentence">;

/** What a search found: `total` passages, of which `hits` are the best, in the `searched` sources. */
export interface SearchResults {
  total: number;
  hits: SearchHit[];
  /** How many sources were loaded when it ran: fewer than all while the library loads. */
  searched: SearchProgress;
}
