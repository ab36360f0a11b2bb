import { AddedSources } from "./added-sources.ts";
import type { HandoutExporter } from "./handout-export-api.ts";
import { WorkerHandoutExporter } from "./handout-exporter.ts";
import { bundledLibrary, type LibraryStore } from "./library-store.ts";
import { bundledModuleStore } from "./module-store.ts";
import type { ModuleStore } from "./module-store-api.ts";
import type { SearchService } from "./search-api.ts";
import type { SessionStore } from "./session-store-api.ts";
import { bundledSessionStore } from "./session-store.ts";
import { WorkerSearchService } from "./search-service.ts";
import { Verifier } from "./verifier.ts";

/** What the app's elements are given through context. */
export interface AppServices {
  library: LibraryStore;
  modules: ModuleStore;
  /** Searches in a Web Worker (started when first asked). */
  search: SearchService;
  verifier: Verifier;
  sessions: SessionStore;
  /** Prints handouts in a Web Worker (started when first asked). */
  handouts: HandoutExporter;
  /** The sources the trainer added in the workbench (IndexedDB), listed in the library and search. */
  added?: AddedSources;
  /** Starts page-level duties (flush on pagehide, news from other tabs). */
  connect?(): void;
}

/** The services of the app as shipped: the bundled library, modules kept in IndexedDB, the prebuilt search index. */
export function createServices(): AppServices {
  const library = bundledLibrary();
  const modules = bundledModuleStore();
  const sessions = bundledSessionStore();
  const search = new WorkerSearchService();
  const added = new AddedSources(library, search);
  return {
    library,
    modules,
    sessions,
    search,
    added,
    handouts: new WorkerHandoutExporter(undefined, (ids) => added.sources(ids)),
    verifier: new Verifier(library),
    connect: () => {
      modules.connect();
      sessions.connect();
    },
  };
}
