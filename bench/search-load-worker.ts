/** The search worker `search-load.ts` runs in Chromium: the app's loader and protocol, over the bench's chunks. */
import { SearchIndexLoader } from "../src/app/search-index-loader.ts";
import { serveSearch, type SearchEndpoint } from "../src/app/search-worker-protocol.ts";
import { benchChunks } from "./search-load-chunks.ts";

serveSearch(self as unknown as SearchEndpoint, (onProgress) => new SearchIndexLoader(benchChunks, undefined, onProgress));
