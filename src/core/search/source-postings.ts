import type { SourceSearchIndex } from "./source-search-index.ts";

/** The two searched fields of a passage, in the order their postings are stored. */
export const TEXT = 0;
export const LOCATOR = 1;
export type Field = typeof TEXT | typeof LOCATOR;

/** A source's postings decoded into typed arrays, so a search walks them without allocating. */
export class SourcePostings {
  /** Passage index of every posting. */
  readonly passages: Uint32Array;
  /** How often the term occurs in that passage's field. */
  readonly frequencies: Uint16Array;
  /** Term t's postings in field f are [bounds[2t + f], bounds[2t + f + 1]). */
  readonly bounds: Uint32Array;
  /** Field lengths by passage: [TEXT] and [LOCATOR]. */
  readonly lengths: readonly [Uint16Array, Uint16Array];
  readonly totalLengths: readonly [number, number];

  constructor(index: SourceSearchIndex) {
    const { terms, postings } = index;
    const count = (postings.length - 2 * terms.length) / 2;
    this.passages = new Uint32Array(count);
    this.frequencies = new Uint16Array(count);
    this.bounds = new Uint32Array(2 * terms.length + 1);
    let at = 0;
    let out = 0;
    for (let list = 0; list < 2 * terms.length; list++) {
      this.bounds[list] = out;
      const n = postings[at++]!;
      let passage = 0;
      for (let i = 0; i < n; i++, at += 2, out++) {
        passage += postings[at]!;
        this.passages[out] = passage;
        this.frequencies[out] = postings[at + 1]!;
      }
    }
    this.bounds[2 * terms.length] = out;
    this.lengths = [Uint16Array.from(index.textLengths), Uint16Array.from(index.locatorLengths)];
    this.totalLengths = [sum(index.textLengths), sum(index.locatorLengths)];
  }

  /** How many passages hold term `term` (by its number in the source) in `field`. */
  documentFrequency(term: number, field: Field): number {
    return this.bounds[2 * term + field + 1]! - this.bounds[2 * term + field]!;
  }
}

const sum = (numbers: readonly number[]) => numbers.reduce((a, b) => a + b, 0);
