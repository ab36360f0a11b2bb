import type { PassageSearch, SearchFacets } from "../core/search/passage-search.ts";
import type { SearchFilters, SearchHit, SearchService } from "./search-api.ts";

/** The index of the bundled library, built by vite-plugins/search-index.ts into its own chunk. */
const bundledIndex = () => import("virtual:sourcebook/search-index").then((m) => m.default);

/**
 * Search over the prebuilt passage index. Nothing is loaded until `ready` is first read (or a
 * search asked): the index and MiniSearch stay out of the initial bundle.
 */
export class IndexSearchService implements SearchService {
  private index?: PassageSearch;
  private loading?: Promise<void>;

  /** `readIndex` gives the serialized index; the app's own by default. */
  constructor(private readonly readIndex: () => Promise<string> = bundledIndex) {}

  get ready(): Promise<void> {
    this.loading ??= this.load();
    return this.loading;
  }

  /** Best hits first; nothing until the index is loaded. */
  search(query: string, filters?: SearchFilters): SearchHit[] {
    if (!this.index) {
      void this.ready.catch(() => undefined);
      return [];
    }
    return this.index.search(query, filters);
  }

  facets(): SearchFacets {
    return this.index?.facets() ?? { sources: [], kinds: [], years: [] };
  }

  private async load(): Promise<void> {
    try {
      // The code that reads the index comes with it, not with the page.
      const [{ loadSearchIndex }, json] = await Promise.all([import("../core/search/search-index-file.ts"), this.readIndex()]);
      this.index = loadSearchIndex(json);
    } catch (error) {
      this.loading = undefined; // let a later search try again
      throw new Error(`The search index could not be loaded: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  }
}
