import SearchableMap from "minisearch/SearchableMap";

/**
 * Which sources hold a term: flat [slot, term number in that source, slot, term number …].
 * One list per term for the whole library, so a prefix or a typo is expanded once, not once per source.
 */
export type TermSources = number[];

/** Every term of the loaded sources, found exactly, by prefix, or within an edit distance. */
export class Vocabulary {
  private readonly lists = new Map<string, TermSources>();
  /** The same lists in a radix tree (MiniSearch's), for prefix and fuzzy look-ups. */
  private readonly tree = new SearchableMap<TermSources>();

  /** Adds the terms of the source in `slot`, numbered in the order given. */
  add(slot: number, terms: readonly string[]): void {
    terms.forEach((term, number) => {
      let list = this.lists.get(term);
      if (!list) {
        list = [];
        this.lists.set(term, list);
        this.tree.set(term, list);
      }
      list.push(slot, number);
    });
  }

  /** Forgets the terms of the source in `slot`. */
  remove(slot: number, terms: readonly string[]): void {
    for (const term of terms) {
      const list = this.lists.get(term);
      if (!list) continue;
      for (let i = 0; i < list.length; i += 2) {
        if (list[i] === slot) {
          list.splice(i, 2);
          break;
        }
      }
      if (list.length === 0) {
        this.lists.delete(term);
        this.tree.delete(term);
      }
    }
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
