import type { IndexedSource, PassageSearch, SearchFacets } from "../core/search/passage-search.ts";
import type { SourceSearchIndex } from "../core/search/source-search-index.ts";
import type { SearchFilters, SearchResults, SearchService } from "./search-api.ts";

/** A source of the library and a loader of its search index chunk (the text `parseSourceSearchIndex` reads). */
export interface SourceIndexChunk {
  source: IndexedSource;
  load: () => Promise<string>;
}

/** The bundled library's sources, each index a chunk of its own, built by vite-plugins/search-index.ts. */
const bundledChunks = () => import("virtual:sourcebook/search-index").then((m) => m.default);

/** Chunks fetched ahead of the one being read. */
const FETCH_AHEAD = 6;

/**
 * Waits until the page is idle (at most 50 ms): each source's index is read in a slice of its own,
 * so loading the library never holds the page for long.
 */
export function idleSlice(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === "function") requestIdleCallback(() => resolve(), { timeout: 50 });
    else setTimeout(resolve, 0);
  });
}

/**
 * Search over the prebuilt per-source indexes. Nothing is loaded until `ready` is first read (or a
 * search asked): the indexes and the search code stay out of the initial bundle.
 */
export class IndexSearchService implements SearchService {
  private index?: PassageSearch;
  private loading?: Promise<void>;
  /** Sources added before the library finished loading, added once it has. */
  private readonly added: [IndexedSource, SourceSearchIndex][] = [];

  /** `readChunks` lists the sources and their index chunks, the app's own by default; `nextSlice` yields to the page. */
  constructor(
    private readonly readChunks: () => Promise<SourceIndexChunk[]> = bundledChunks,
    private readonly nextSlice: () => Promise<void> = idleSlice,
  ) {}

  get ready(): Promise<void> {
    this.loading ??= this.load();
    return this.loading;
  }

  /** Best hits first; nothing until the indexes are loaded. */
  search(query: string, filters?: SearchFilters, limit?: number): SearchResults {
    if (!this.index) {
      void this.ready.catch(() => undefined);
      return { total: 0, hits: [] };
    }
    return this.index.search(query, filters, limit);
  }

  facets(): SearchFacets {
    return this.index?.facets() ?? { sources: [], kinds: [], years: [] };
  }

  addSource(source: IndexedSource, index: SourceSearchIndex): void {
    if (this.index) this.index.add(source, index);
    else this.added.push([source, index]);
  }

  private async load(): Promise<void> {
    try {
      // The code that reads the indexes comes with them, not with the page.
      const [{ PassageSearch }, { parseSourceSearchIndex }, chunks] = await Promise.all([
        import("../core/search/passage-search.ts"),
        import("../core/search/source-search-index.ts"),
        this.readChunks(),
      ]);
      const search = new PassageSearch();
      const texts: Promise<string>[] = [];
      const fetch = (i: number) => {
        if (i < chunks.length) texts[i] ??= chunks[i]!.load();
      };
      for (let i = 0; i < chunks.length; i++) {
        for (let ahead = i; ahead <= i + FETCH_AHEAD; ahead++) fetch(ahead);
        const json = await texts[i]!;
        await this.nextSlice();
        search.add(chunks[i]!.source, parseSourceSearchIndex(json));
        delete texts[i];
      }
      for (const [source, index] of this.added.splice(0)) search.add(source, index);
      this.index = search;
    } catch (error) {
      this.loading = undefined; // let a later search try again
      throw new Error(`The search index could not be loaded: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  }
}
