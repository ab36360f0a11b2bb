import type { Catalog, CatalogEntry } from "../schema/catalog.ts";
import type { Source } from "../sources/source.ts";
import { PassageSearch, type IndexedSource } from "./passage-search.ts";
import { sourceSearchIndex } from "./source-search-index.ts";

/** "2013" of "2013-12", as a number. */
export function yearOf(entry: CatalogEntry): number {
  return Number(entry.date.slice(0, 4));
}

/** What the search view says about a source of the catalog. */
export function indexedSource(entry: CatalogEntry): IndexedSource {
  return { id: entry.id, title: entry.title, label: entry.shortCite, kind: entry.kind, year: yearOf(entry) };
}

/** What the search view says about each source of the catalog, in catalog order. */
export function indexedSources(catalog: Catalog): IndexedSource[] {
  return catalog.sources.map(indexedSource);
}

/** A search over loaded sources, each indexed on the spot (the browser loads prebuilt indexes instead). */
export function searchOver(sources: readonly Source[]): PassageSearch {
  const search = new PassageSearch();
  for (const source of sources) search.add(indexedSource(source.entry), sourceSearchIndex(source));
  return search;
}
