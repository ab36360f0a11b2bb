import type { Source } from "../sources/source.ts";
import { indexTerms, tokenize } from "./search-terms.ts";
import { cleanSlice, markerRanges } from "./snippet.ts";

/**
 * One source's search index, built from its passages alone: nothing in it depends on another
 * source or on the catalog, so adding a source never changes the index of any other.
 */
export interface SourceSearchIndex {
  format: 2;
  /** Per passage, by passage index: its locator, reading-text offset and reading text (note markers included). */
  locators: string[];
  starts: number[];
  bodies: string[];
  /** Per passage: its note markers, as flat [start, end, start, end …] offsets relative to its body. */
  markers: number[][];
  /** Indices of the passages that are notes. */
  notes: number[];
  /** Per passage: distinct words of its text and of its locator (BM25's field lengths). */
  textLengths: number[];
  locatorLengths: number[];
  /** The index terms of the source, sorted. */
  terms: string[];
  /**
   * For each term in order, its postings in the text, then in the locator: a count, then that many
   * (passage-index gap, frequency) pairs.
   */
  postings: number[];
}

/** Postings of one field: passage → how often the term occurs there. */
type FieldPostings = Map<number, number>;

/** The search index of one source's passages, notes included. */
export function sourceSearchIndex(source: Pick<Source, "reading">): SourceSearchIndex {
  const { reading } = source;
  const index: SourceSearchIndex = {
    format: 2,
    locators: [],
    starts: [],
    bodies: [],
    markers: [],
    notes: [],
    textLengths: [],
    locatorLengths: [],
    terms: [],
    postings: [],
  };
  const byTerm = new Map<string, [FieldPostings, FieldPostings]>();
  const addField = (value: string, field: 0 | 1, passage: number): number => {
    const words = tokenize(value);
    for (const word of words) {
      for (const term of indexTerms(word)) {
        let fields = byTerm.get(term);
        if (!fields) byTerm.set(term, (fields = [new Map(), new Map()]));
        fields[field].set(passage, (fields[field].get(passage) ?? 0) + 1);
      }
    }
    // As MiniSearch counts a field's length: distinct words as written.
    return new Set(words).size;
  };
  reading.passages.forEach((passage, i) => {
    const body = reading.text.slice(passage.start, passage.end);
    const markers = passage.noteRefs.flatMap((r) => [r.start - passage.start, r.end - passage.start]);
    index.locators.push(passage.locator);
    index.starts.push(passage.start);
    index.bodies.push(body);
    index.markers.push(markers);
    if (passage.kind === "note") index.notes.push(i);
    index.textLengths.push(addField(cleanSlice(body, 0, body.length, markerRanges(markers)).trim(), 0, i));
    index.locatorLengths.push(addField(passage.locator, 1, i));
  });
  index.terms = [...byTerm.keys()].sort();
  for (const term of index.terms) {
    for (const field of byTerm.get(term)!) {
      index.postings.push(field.size);
      let previous = 0;
      for (const [passage, frequency] of field) {
        index.postings.push(passage - previous, frequency);
        previous = passage;
      }
    }
  }
  return index;
}

/** The index as the text of its chunk. */
export function serializeSourceSearchIndex(index: SourceSearchIndex): string {
  return JSON.stringify(index);
}

/** Reads a chunk written by `serializeSourceSearchIndex`; throws when the text is not one. */
export function parseSourceSearchIndex(json: string): SourceSearchIndex {
  const index = JSON.parse(json) as Partial<SourceSearchIndex>;
  if (index.format !== 2 || !Array.isArray(index.terms) || !Array.isArray(index.postings) || !Array.isArray(index.bodies)) {
    throw new Error("The search index is not in a format this version of Sourcebook reads; rebuild it.");
  }
  return index as SourceSearchIndex;
}
