// The search worker: fetches, parses and decodes every source's index chunk, and answers searches, off the page's thread.
import { SearchIndexLoader } from "./search-index-loader.ts";
import { serveSearch, type SearchEndpoint } from "./search-worker-protocol.ts";

/** The bundled library's sources, each index a chunk of its own, built by vite-plugins/search-index.ts. */
const bundledChunks = () => import("virtual:sourcebook/search-index").then((m) => m.default);

serveSearch(self as unknown as SearchEndpoint, (onProgress) => new SearchIndexLoader(bundledChunks, undefined, onProgress));
