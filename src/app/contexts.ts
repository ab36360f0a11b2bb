import { createContext } from "@lit/context";
import type { AddedSources } from "./added-sources.ts";
import type { LibraryStore } from "./library-store.ts";
import type { HandoutExporter } from "./handout-export-api.ts";
import type { ModuleStore } from "./module-store-api.ts";
import type { SessionStore } from "./session-store-api.ts";
import type { SearchService } from "./search-api.ts";
import type { Verifier } from "./verifier.ts";

/** App-wide services, provided by sb-app and consumed by any element that needs them. */
export const libraryContext = createContext<LibraryStore>(Symbol("sourcebook-library"));
export const moduleStoreContext = createContext<ModuleStore>(Symbol("sourcebook-modules"));
export const searchContext = createContext<SearchService>(Symbol("sourcebook-search"));
export const verifierContext = createContext<Verifier>(Symbol("sourcebook-verifier"));
export const sessionStoreContext = createContext<SessionStore>(Symbol("sourcebook-sessions"));
export const handoutExporterContext = createContext<HandoutExporter>(Symbol("sourcebook-handouts"));
export const addedSourcesContext = createContext<AddedSources>(Symbol("sourcebook-added-sources"));
