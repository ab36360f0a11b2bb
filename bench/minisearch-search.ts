/**
 * The search as it was before per-source indexes (one MiniSearch index over every passage), and
 * MiniSearch with one index per source: the approaches `search.bench.ts` compares the new one with.
 */
import MiniSearch, { type Options, type SearchResult } from "minisearch";
import { yearOf } from "../src/core/search/library-search.ts";
import { indexTerms, queryTerms, tokenize } from "../src/core/search/search-terms.ts";
import { cleanSlice, markerRanges } from "../src/core/search/snippet.ts";
import type { Source } from "../src/core/sources/source.ts";

/** One indexed passage: id `${sourceId}#${passageIndex}`. */
export interface PassageDocument {
  id: string;
  sourceId: string;
  passageIndex: number;
  locator: string;
  text: string;
  body: string;
  markers: number[];
  kind: string;
  year: number;
  note: boolean;
}

/** The options the app used: prefixes from three letters, a typo per five letters, every word required. */
export const SEARCH_OPTIONS: Options<PassageDocument> = {
  idField: "id",
  fields: ["text", "locator"],
  storeFields: ["sourceId", "passageIndex", "locator", "kind", "year", "body", "markers"],
  tokenize: (text) => tokenize(text),
  processTerm: (term) => indexTerms(term),
  searchOptions: {
    tokenize: (text) => tokenize(text),
    processTerm: (term) => queryTerms(term),
    prefix: (term: string) => term.length >= 3,
    fuzzy: (term: string) => (term.length >= 5 ? Math.floor(term.length * 0.2) : false),
    combineWith: "AND",
  },
};

export function passageDocuments(source: Source): PassageDocument[] {
  const { entry, reading } = source;
  return reading.passages.map((passage) => {
    const body = reading.text.slice(passage.start, passage.end);
    const markers = passage.noteRefs.flatMap((r) => [r.start - passage.start, r.end - passage.start]);
    return {
      id: `${entry.id}#${passage.index}`,
      sourceId: entry.id,
      passageIndex: passage.index,
      locator: passage.locator,
      text: cleanSlice(body, 0, body.length, markerRanges(markers)).trim(),
      body,
      markers,
      kind: entry.kind,
      year: yearOf(entry),
      note: passage.kind === "note",
    };
  });
}

export function buildIndex(documents: readonly PassageDocument[], options = SEARCH_OPTIONS): MiniSearch<PassageDocument> {
  const index = new MiniSearch<PassageDocument>(options);
  index.addAll(documents);
  return index;
}

export function loadIndex(json: string, options = SEARCH_OPTIONS): MiniSearch<PassageDocument> {
  return MiniSearch.loadJSON(json, options);
}

/** The app's search as it was: every word, else any word; every hit, best first. */
export function searchOne(index: MiniSearch<PassageDocument>, query: string): SearchResult[] {
  const terms = tokenize(query).flatMap(queryTerms);
  if (terms.length === 0) return [];
  const results = index.search(query);
  return results.length > 0 || terms.length < 2 ? results : index.search(query, { combineWith: "OR" });
}

/** One MiniSearch index per source, each searched, the hits merged by score. */
export function searchEach(
  indexes: readonly MiniSearch<PassageDocument>[],
  query: string,
  limit: number,
): { total: number; hits: SearchResult[] } {
  const all = indexes.flatMap((index) => searchOne(index, query));
  all.sort((a, b) => b.score - a.score);
  return { total: all.length, hits: all.slice(0, limit) };
}
