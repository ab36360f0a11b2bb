import type { IndexedSource, PassageFilters, PassageHit, SearchFacets } from "../core/search/passage-search.ts";
import type { TextRange } from "../core/search/sentence.ts";
import type { SearchHit, SearchResults } from "./search-api.ts";
import type { SearchIndexLoader, SearchProgress } from "./search-index-loader.ts";

/** What the page asks the search worker. */
export type SearchRequest =
  | { kind: "load" }
  | { id: number; kind: "search"; query: string; filters?: PassageFilters; limit?: number }
  | { id: number; kind: "facets" }
  | { id: number; kind: "sentence"; sourceId: string; passageIndex: number; query: string }
  /** A source added in the page, its index as JSON (parsed in the worker, not on the page). */
  | { kind: "add"; source: IndexedSource; index: string }
  | { kind: "remove"; sourceId: string };

/** What the worker answers; `progress` comes while loading (at most every `PROGRESS_MS`), then `loaded` or `failed`. */
export type SearchReply =
  | { kind: "progress"; progress: SearchProgress }
  | { kind: "loaded"; progress: SearchProgress }
  | { kind: "failed"; message: string }
  | { id: number; kind: "results"; results: SearchResults }
  | { id: number; kind: "facets"; facets: SearchFacets }
  | { id: number; kind: "sentence"; sentence: TextRange }
  | { id: number; kind: "error"; message: string };

/** Where the worker listens and answers: its global scope, or a MessagePort in tests. */
export interface SearchEndpoint {
  postMessage(message: SearchReply): void;
  addEventListener(type: "message", listener: (event: MessageEvent<SearchRequest>) => void): void;
}

/** Progress is told no more often than this: each report may have the page search again. */
export const PROGRESS_MS = 100;

/** A hit as plain data, its snippet worked out, so it crosses to the page whole; its text and sentence stay behind (costly, seldom read). */
export function shownHit(hit: PassageHit): SearchHit {
  const { sourceId, sourceLabel, passageIndex, locator, kind, year, score, note } = hit;
  return { sourceId, sourceLabel, passageIndex, locator, kind, year, score, note, snippet: hit.snippet };
}

/**
 * Answers the page's requests on `endpoint` from the loader `createLoader` makes (handing it the
 * progress callback): searches asked while loading are answered from the sources loaded so far.
 */
export function serveSearch(endpoint: SearchEndpoint, createLoader: (onProgress: (progress: SearchProgress) => void) => SearchIndexLoader) {
  let told = 0;
  const loader = createLoader((progress) => {
    const now = performance.now();
    if (now - told < PROGRESS_MS) return;
    told = now;
    endpoint.postMessage({ kind: "progress", progress });
  });
  endpoint.addEventListener("message", ({ data: request }) => {
    switch (request.kind) {
      case "load":
        return void loader.load().then(
          () => endpoint.postMessage({ kind: "loaded", progress: loader.progress }),
          (error: unknown) => endpoint.postMessage({ kind: "failed", message: messageOf(error) }),
        );
      case "add":
        return loader.add(request.source, request.index);
      case "remove":
        return loader.remove(request.sourceId);
      case "facets":
        return void loader.facets().then(
          (facets) => endpoint.postMessage({ id: request.id, kind: "facets", facets }),
          (error: unknown) => endpoint.postMessage({ id: request.id, kind: "error", message: messageOf(error) }),
        );
      case "sentence": {
        const sentence = loader.sentenceOf(request.sourceId, request.passageIndex, request.query);
        return endpoint.postMessage(
          sentence
            ? { id: request.id, kind: "sentence", sentence }
            : { id: request.id, kind: "error", message: "That passage no longer matches: search again." },
        );
      }
      case "search":
        try {
          const { total, hits } = loader.find(request.query, request.filters, request.limit);
          const results = { total, hits: hits.map(shownHit), searched: loader.progress };
          return endpoint.postMessage({ id: request.id, kind: "results", results });
        } catch (error) {
          return endpoint.postMessage({ id: request.id, kind: "error", message: messageOf(error) });
        }
    }
  });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
