import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Plugin, ViteDevServer } from "vite";
import { parseCatalog } from "../src/core/library/catalog-file.ts";
import { indexedSource } from "../src/core/search/library-search.ts";
import type { IndexedSource } from "../src/core/search/passage-search.ts";
import { serializeSourceSearchIndex, sourceSearchIndex } from "../src/core/search/source-search-index.ts";
import { fingerprintOf, loadSource } from "../src/core/sources/source.ts";

/** The module listing the library's sources, each with a loader of its own search index chunk. */
export const SEARCH_INDEX_MODULE = "virtual:sourcebook/search-index";
/** Followed by a chunk's key: the module whose default export is one source's index (a JSON string). */
const CHUNK_MODULE = `${SEARCH_INDEX_MODULE}/`;

/** The library's search indexes: which source has which chunk, and each chunk's text by key. */
export interface SearchIndexBuild {
  sources: { source: IndexedSource; chunk: string }[];
  chunks: Map<string, string>;
  /** The files it was built from, to watch. */
  files: string[];
}

/**
 * Builds one search index per source of `<sourcesDir>/catalog.yaml`, keyed by the source file's
 * fingerprint and structure: a source whose file did not change is not indexed again.
 */
export class SearchIndexBuilder {
  private readonly cache = new Map<string, string>();
  /** How many source indexes were built, not found in the cache (what a test watches). */
  indexed = 0;

  constructor(private readonly sourcesDir: string) {}

  /** A chunk built before, by key (a page loaded before a change may still ask for it). */
  chunk(key: string): string | undefined {
    return this.cache.get(key);
  }

  build(): SearchIndexBuild {
    const catalogFile = join(this.sourcesDir, "catalog.yaml");
    const catalog = parseCatalog(readFileSync(catalogFile, "utf8"), "sources/catalog.yaml");
    const files = catalog.sources.map((entry) => join(this.sourcesDir, entry.file));
    const chunks = new Map<string, string>();
    const sources = catalog.sources.map((entry, i) => {
      const bytes = new Uint8Array(readFileSync(files[i]!));
      const chunk = `${fingerprintOf(bytes)}.${entry.structure}`;
      let json = this.cache.get(chunk);
      if (json === undefined) {
        json = serializeSourceSearchIndex(sourceSearchIndex(loadSource(entry, bytes)));
        this.cache.set(chunk, json);
        this.indexed++;
      }
      chunks.set(chunk, json);
      return { source: indexedSource(entry), chunk };
    });
    return { sources, chunks, files: [catalogFile, ...files] };
  }
}

/** The manifest module: every source, in catalog order, with a lazy import of its chunk. */
function manifestModule(build: SearchIndexBuild): string {
  const entries = build.sources.map(
    ({ source, chunk }) =>
      `  { source: ${JSON.stringify(source)}, load: () => import(${JSON.stringify(CHUNK_MODULE + chunk)}).then((m) => m.default) },`,
  );
  return `export default [\n${entries.join("\n")}\n];\n`;
}

/**
 * Builds the search indexes at build time (and in dev, each source again only when its file
 * changed) and serves them as `virtual:sourcebook/search-index`, a list of sources whose indexes
 * are imported lazily: one hashed chunk per source, out of the initial bundle, cached by its name.
 */
export function searchIndexPlugin(options: { sourcesDir?: string } = {}): Plugin {
  let builder: SearchIndexBuilder | undefined;
  let built: SearchIndexBuild | undefined;
  let sourcesDir = "";
  const current = () => (built ??= builder!.build());
  return {
    name: "sourcebook-search-index",
    configResolved(config) {
      sourcesDir = resolve(config.root, options.sourcesDir ?? "sources");
      builder = new SearchIndexBuilder(sourcesDir);
    },
    resolveId(id) {
      return id === SEARCH_INDEX_MODULE || id.startsWith(CHUNK_MODULE) ? `\0${id}` : undefined;
    },
    load(id) {
      if (id === `\0${SEARCH_INDEX_MODULE}`) {
        for (const file of current().files) this.addWatchFile(file);
        return manifestModule(current());
      }
      if (!id.startsWith(`\0${CHUNK_MODULE}`)) return undefined;
      const json = builder!.chunk(id.slice(CHUNK_MODULE.length + 1));
      return json === undefined ? undefined : `export default ${JSON.stringify(json)};\n`;
    },
    configureServer(server) {
      server.watcher.add(sourcesDir);
      const onChange = (file: string) => {
        if (resolve(file).startsWith(sourcesDir)) rebuildOnNextLoad(server);
      };
      server.watcher.on("change", onChange).on("add", onChange).on("unlink", onChange);
    },
  };

  /** A source or the catalog changed: list the sources again and reload the page; unchanged sources keep their chunks. */
  function rebuildOnNextLoad(server: ViteDevServer) {
    built = undefined;
    const module = server.moduleGraph.getModuleById(`\0${SEARCH_INDEX_MODULE}`);
    if (!module) return;
    server.moduleGraph.invalidateModule(module);
    server.ws.send({ type: "full-reload" });
  }
}
