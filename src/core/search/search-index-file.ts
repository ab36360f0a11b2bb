import MiniSearch, { type AsPlainObject, type Options } from "minisearch";
import type { Catalog, CatalogEntry } from "../schema/catalog.ts";
import type { Passage } from "../sources/model.ts";
import type { Source } from "../sources/source.ts";
import { cleanSlice, markerRanges } from "./snippet.ts";
import { indexTerms, queryTerms, tokenize } from "./search-terms.ts";
import { PassageSearch, type IndexedSource, type PassageDocument, type StoredPassage } from "./passage-search.ts";

/** The serialized index: MiniSearch's JSON and what the filters choose from. */
interface SearchIndexFile {
  format: 1;
  sources: IndexedSource[];
  index: AsPlainObject;
}

const STORED: (keyof StoredPassage)[] = ["sourceId", "passageIndex", "locator", "kind", "year", "start", "note", "body", "markers"];

/** Words of three letters and more also find longer words ("interrog" → "interrogation"). */
const prefix = (term: string) => term.length >= 3;
/** One typo forgiven in five letters and more, two in ten and more: a fifth of the word, rounded down. */
const fuzzy = (term: string) => (term.length >= 5 ? Math.floor(term.length * 0.2) : false);

/** MiniSearch options; the same when building and loading, or the loaded index would not match its terms. */
export const SEARCH_OPTIONS: Options<PassageDocument> = {
  idField: "id",
  fields: ["text", "locator"],
  storeFields: STORED,
  tokenize: (text) => tokenize(text),
  processTerm: (term) => indexTerms(term),
  searchOptions: {
    tokenize: (text) => tokenize(text),
    processTerm: (term) => queryTerms(term),
    prefix,
    fuzzy,
    combineWith: "AND",
  },
};

/** "2013" of "2013-12", as a number. */
export function yearOf(entry: CatalogEntry): number {
  return Number(entry.date.slice(0, 4));
}

/** The documents MiniSearch indexes for one source: every passage, notes included. */
export function passageDocuments(source: Source): PassageDocument[] {
  const { entry, reading } = source;
  return reading.passages.map((passage) => passageDocument(entry, reading.text, passage));
}

function passageDocument(entry: CatalogEntry, text: string, passage: Passage): PassageDocument {
  const body = text.slice(passage.start, passage.end);
  const markers = passage.noteRefs.flatMap((r) => [r.start - passage.start, r.end - passage.start]);
  return {
    id: `${entry.id}#${passage.index}`,
    text: cleanSlice(body, 0, body.length, markerRanges(markers)).trim(),
    sourceId: entry.id,
    passageIndex: passage.index,
    locator: passage.locator,
    kind: entry.kind,
    year: yearOf(entry),
    start: passage.start,
    note: passage.kind === "note",
    body,
    markers,
  };
}

/** What the search view says about each source of the catalog. */
export function indexedSources(catalog: Catalog): IndexedSource[] {
  return catalog.sources.map((e) => ({ id: e.id, title: e.title, label: e.shortCite, kind: e.kind, year: yearOf(e) }));
}

/** Builds the index of every passage of `sources` (in catalog order) and serializes it. */
export function searchIndexJson(sources: readonly Source[], catalog: Catalog): string {
  return indexJson(buildIndex(sources.flatMap(passageDocuments)), indexedSources(catalog));
}

/** Serializes an index with the sources its filters choose from; `loadSearchIndex` reads it back. */
export function indexJson(index: MiniSearch<PassageDocument>, sources: IndexedSource[]): string {
  const file: SearchIndexFile = { format: 1, sources, index: index.toJSON() };
  return JSON.stringify(file);
}

/** A MiniSearch index over the given documents. */
export function buildIndex(documents: readonly PassageDocument[]): MiniSearch<PassageDocument> {
  const index = new MiniSearch<PassageDocument>(SEARCH_OPTIONS);
  index.addAll(documents);
  return index;
}

/** Loads an index serialized by `searchIndexJson`; throws when the text is not one. */
export function loadSearchIndex(json: string): PassageSearch {
  const file = JSON.parse(json) as Partial<SearchIndexFile>;
  if (file.format !== 1 || !file.index || !Array.isArray(file.sources)) {
    throw new Error("The search index is not in a format this version of Sourcebook reads; rebuild it.");
  }
  return new PassageSearch(MiniSearch.loadJS(file.index, SEARCH_OPTIONS), file.sources);
}
