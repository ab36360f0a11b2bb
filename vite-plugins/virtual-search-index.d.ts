/** Served by vite-plugins/search-index.ts: every source of the bundled library, with a loader of its search index. */
declare module "virtual:sourcebook/search-index" {
  const sources: {
    source: import("../src/core/search/passage-search.ts").IndexedSource;
    /** The source's index chunk: the text `parseSourceSearchIndex` reads. */
    load: () => Promise<string>;
  }[];
  export default sources;
}
