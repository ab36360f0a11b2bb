import SearchableMap from "minisearch/SearchableMap";
import { LOCATOR, TEXT, type SourcePostings } from "./source-postings.ts";

/**
 * Which sources hold a term, one entry per term for the whole library, so a prefix or a typo is
 * expanded once, not once per source.
 */
export interface TermSources {
  /** Flat [slot, term number in that source, slot, term number …]. */
  at: number[];
  /** How many passages of the library hold the term, by field ([TEXT], [LOCATOR]): BM25's document frequency. */
  passages: [number, number];
}

/** Every term of the loaded sources, found exactly, by prefix, or within an edit distance. */
export class Vocabulary {
  private readonly lists = new Map<string, TermSources>();
  /** The same lists in a radix tree (MiniSearch's), for prefix and fuzzy look-ups. */
  private readonly tree = new SearchableMap<TermSources>();

  /** Adds the terms of the source in `slot`, numbered in the order given, with their postings. */
  add(slot: number, terms: readonly string[], postings: SourcePostings): void {
    terms.forEach((term, number) => {
      let list = this.lists.get(term);
      if (!list) {
        list = { at: [], passages: [0, 0] };
        this.lists.set(term, list);
        this.tree.set(term, list);
      }
      list.at.push(slot, number);
      list.passages[TEXT] += postings.documentFrequency(number, TEXT);
      list.passages[LOCATOR] += postings.documentFrequency(number, LOCATOR);
    });
  }

  /** Forgets the terms of the source in `slot`, added with `postings`. */
  remove(slot: number, terms: readonly string[], postings: SourcePostings): void {
    terms.forEach((term, number) => {
      const list = this.lists.get(term);
      if (!list) return;
      for (let i = 0; i < list.at.length; i += 2) {
        if (list.at[i] === slot) {
          list.at.splice(i, 2);
          list.passages[TEXT] -= postings.documentFrequency(number, TEXT);
          list.passages[LOCATOR] -= postings.documentFrequency(number, LOCATOR);
          break;
        }
      }
      if (list.at.length === 0) {
        this.lists.delete(term);
        this.tree.delete(term);
      }
    });
  }

  get(term: string): TermSources | undefined {
    return this.lists.get(term);
  }

  /** Terms that begin with `prefix`, itself included. */
  prefixed(prefix: string): Iterable<[string, TermSources]> {
    return this.tree.atPrefix(prefix);
  }

  /** Terms within `distance` edits of `term`, each with its distance. */
  near(term: string, distance: number): Map<string, [TermSources, number]> {
    return this.tree.fuzzyGet(term, distance);
  }
}
