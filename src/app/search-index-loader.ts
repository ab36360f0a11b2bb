import type { IndexedSource, PassageFilters, PassageResults, PassageSearch, SearchFacets } from "../core/search/passage-search.ts";
import type { TextRange } from "../core/search/sentence.ts";
import type { SourceSearchIndex } from "../core/search/source-search-index.ts";

/** A source of the library and a loader of its search index chunk (the text `parseSourceSearchIndex` reads). */
export interface SourceIndexChunk {
  source: IndexedSource;
  load: () => Promise<string>;
}

/** How far loading has got: `loaded` of `total` sources are searchable. */
export interface SearchProgress {
  loaded: number;
  total: number;
}

type Listing = [
  typeof import("../core/search/passage-search.ts"),
  typeof import("../core/search/source-search-index.ts"),
  SourceIndexChunk[],
];

/** Chunks fetched ahead of the one being read. */
const FETCH_AHEAD = 6;

/** Lets other work run (a search asked meanwhile, the page's input): a task of its own, not clamped as nested timers are. */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}

/**
 * The library's search, filled one source's index chunk at a time: it searches whatever is loaded
 * so far, and between two sources lets other work run (`nextSlice`), so a search asked while it
 * loads is answered from the sources loaded until then. The search worker runs it.
 */
export class SearchIndexLoader {
  private search?: PassageSearch;
  private loading?: Promise<void>;
  private listed: IndexedSource[] = [];
  /** Sources added in the page with their indexes as JSON, kept to be added again if loading starts over. */
  private readonly added: [IndexedSource, string][] = [];
  /** Reads an index's JSON, once the search code is loaded. */
  private parse?: (json: string) => SourceSearchIndex;
  private loaded = 0;
  private listing?: Promise<Listing>;

  /**
   * @param readChunks lists the sources and their index chunks.
   * @param nextSlice yields between two sources.
   * @param onProgress told after each source is added.
   */
  constructor(
    private readonly readChunks: () => Promise<SourceIndexChunk[]>,
    private readonly nextSlice: () => Promise<void> = nextTask,
    private readonly onProgress: (progress: SearchProgress) => void = () => undefined,
  ) {}

  /** Loads every source's index (once; again after a failure). */
  load(): Promise<void> {
    this.loading ??= this.loadAll().catch((error: unknown) => {
      this.loading = undefined; // let a later search try again
      throw new Error(`The search index could not be loaded: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    });
    return this.loading;
  }

  get progress(): SearchProgress {
    const ids = new Set([...this.listed, ...this.added.map(([source]) => source)].map((source) => source.id));
    return { loaded: this.loaded, total: ids.size };
  }

  /** Best hits first, over the sources loaded so far. */
  find(query: string, filters?: PassageFilters, limit?: number): PassageResults {
    return this.search?.search(query, filters, limit) ?? { total: 0, hits: [] };
  }

  /** The sentence of passage `passageIndex` of `sourceId` that holds its first match of `query`; undefined when it does not match. */
  sentenceOf(sourceId: string, passageIndex: number, query: string): TextRange | undefined {
    return this.find(query, { sourceIds: [sourceId] }).hits.find((hit) => hit.passageIndex === passageIndex)?.sentence;
  }

  /** Every source listed, loaded or not, so filters can be chosen while loading. */
  async facets(): Promise<SearchFacets> {
    const [{ facetsOf }] = await this.list();
    const added = this.added.map(([source]) => source);
    return facetsOf([...this.listed.filter((source) => !added.some((a) => a.id === source.id)), ...added]);
  }

  /** Adds a source's index (JSON), or replaces the one of the same id; no other source is indexed again. */
  add(source: IndexedSource, index: string): void {
    this.added.push([source, index]);
    if (this.search && this.parse) {
      this.search.add(source, this.parse(index));
      this.loaded = this.search.sources.length;
    }
    this.onProgress(this.progress);
  }

  /** Takes a source added in the page out (its search chunk with it). */
  remove(sourceId: string): void {
    const at = this.added.findIndex(([source]) => source.id === sourceId);
    if (at >= 0) this.added.splice(at, 1);
    if (this.search?.remove(sourceId)) this.loaded = this.search.sources.length;
    this.onProgress(this.progress);
  }

  /** The search code and the list of sources, read once (again after a failure). */
  private list(): Promise<Listing> {
    // The code that reads the indexes comes with them, not with the page.
    this.listing ??= Promise.all([
      import("../core/search/passage-search.ts"),
      import("../core/search/source-search-index.ts"),
      this.readChunks(),
    ]).catch((error: unknown) => {
      this.listing = undefined;
      throw error;
    });
    return this.listing;
  }

  private async loadAll(): Promise<void> {
    const [{ PassageSearch }, { parseSourceSearchIndex }, chunks] = await this.list();
    const search = new PassageSearch();
    this.listed = chunks.map((chunk) => chunk.source);
    this.loaded = 0;
    this.parse = parseSourceSearchIndex;
    for (const [source, index] of this.added) search.add(source, parseSourceSearchIndex(index));
    this.search = search;
    const texts: Promise<string>[] = [];
    const fetch = (i: number) => {
      if (i >= chunks.length || texts[i]) return;
      texts[i] = chunks[i]!.load();
      texts[i].catch(() => undefined); // a failure is met when its turn comes, not reported ahead as unhandled
    };
    for (let i = 0; i < chunks.length; i++) {
      for (let ahead = i; ahead <= i + FETCH_AHEAD; ahead++) fetch(ahead);
      const json = await texts[i]!;
      await this.nextSlice();
      const { source } = chunks[i]!;
      // A source added in the page meanwhile is newer than the bundled one.
      if (!this.added.some(([added]) => added.id === source.id)) search.add(source, parseSourceSearchIndex(json));
      delete texts[i];
      this.loaded = search.sources.length;
      this.onProgress(this.progress);
    }
  }
}
