import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Plugin, ViteDevServer } from "vite";
import { parseCatalog } from "../src/core/library/catalog-file.ts";
import { searchIndexJson } from "../src/core/search/search-index-file.ts";
import { loadSource } from "../src/core/sources/source.ts";

/** The module whose default export is the serialized search index (a JSON string). */
export const SEARCH_INDEX_MODULE = "virtual:sourcebook/search-index";
const RESOLVED_ID = `\0${SEARCH_INDEX_MODULE}`;

/** The search index of every passage of `<sourcesDir>/catalog.yaml`'s sources, built in Node. */
export function buildSearchIndexJson(sourcesDir: string): { json: string; files: string[] } {
  const catalogFile = join(sourcesDir, "catalog.yaml");
  const catalog = parseCatalog(readFileSync(catalogFile, "utf8"), "sources/catalog.yaml");
  const files = catalog.sources.map((entry) => join(sourcesDir, entry.file));
  const sources = catalog.sources.map((entry, i) => loadSource(entry, new Uint8Array(readFileSync(files[i]!))));
  return { json: searchIndexJson(sources, catalog), files: [catalogFile, ...files] };
}

/**
 * Builds the search index at build time (and once per change in dev) and serves it as
 * `virtual:sourcebook/search-index`. Imported lazily, it lands in its own hashed chunk: out of
 * the initial bundle, never rebuilt by the browser, cached by its name.
 */
export function searchIndexPlugin(options: { sourcesDir?: string } = {}): Plugin {
  let sourcesDir = "";
  let built: { json: string; files: string[] } | undefined;
  return {
    name: "sourcebook-search-index",
    configResolved(config) {
      sourcesDir = resolve(config.root, options.sourcesDir ?? "sources");
    },
    resolveId(id) {
      return id === SEARCH_INDEX_MODULE ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      built ??= buildSearchIndexJson(sourcesDir);
      for (const file of built.files) this.addWatchFile(file);
      return `export default ${JSON.stringify(built.json)};\n`;
    },
    configureServer(server) {
      server.watcher.add(sourcesDir);
      const onChange = (file: string) => {
        if (resolve(file).startsWith(sourcesDir)) rebuildOnNextLoad(server);
      };
      server.watcher.on("change", onChange).on("add", onChange).on("unlink", onChange);
    },
  };

  /** A source or the catalog changed: forget the index and reload the page, which loads it afresh. */
  function rebuildOnNextLoad(server: ViteDevServer) {
    built = undefined;
    const module = server.moduleGraph.getModuleById(RESOLVED_ID);
    if (!module) return;
    server.moduleGraph.invalidateModule(module);
    server.ws.send({ type: "full-reload" });
  }
}
