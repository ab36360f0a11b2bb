/**
 * Ranking passages for a query across every loaded source. The scores are MiniSearch's (BM25+
 * with its prefix and typo weights) computed with the library's statistics, not one source's,
 * so a passage scores the same whichever sources are loaded beside it, as in one big index.
 */
import { cyrillicStem, queryTerms, tokenize } from "./search-terms.ts";
import { LOCATOR, TEXT, type SourcePostings } from "./source-postings.ts";
import type { TermSources, Vocabulary } from "./vocabulary.ts";

/** A distinct word of a query and how it may match. */
export interface QueryTerm {
  term: string;
  /** How often the query repeats it (each repeat counts, as in MiniSearch). */
  repeats: number;
  /** Also find longer words: from three letters. */
  prefix: boolean;
  /** Edits forgiven: a fifth of the word, rounded down, from five letters. */
  fuzzy: number;
  /** A Cyrillic word's stem, whose longer words are its other forms ("докладчика" → докладчик, докладчиком). */
  stem?: string;
}

/** The words of a query, as the index looks them up. */
export function queryTermsOf(query: string): QueryTerm[] {
  const byTerm = new Map<string, QueryTerm>();
  for (const term of tokenize(query).flatMap(queryTerms)) {
    const known = byTerm.get(term);
    if (known) known.repeats++;
    else {
      const stem = cyrillicStem(term);
      byTerm.set(term, {
        term,
        repeats: 1,
        prefix: term.length >= 3,
        fuzzy: term.length >= 5 ? Math.floor(term.length * 0.2) : 0,
        ...(stem ? { stem } : {}),
      });
    }
  }
  return [...byTerm.values()];
}

/** A vocabulary term a query term matched, and what its match is worth. */
interface Expansion {
  term: string;
  weight: number;
  sources: TermSources;
}

// MiniSearch's defaults, so rankings stay what trainers had.
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
const K = 1.2;
const B = 0.7;
const D = 0.5;

/** The vocabulary terms a query term stands for: itself, longer words, near-misspellings. */
function expansionsOf(vocabulary: Vocabulary, query: QueryTerm): Expansion[] {
  const { term } = query;
  const out: Expansion[] = [];
  const exact = vocabulary.get(term);
  if (exact) out.push({ term, weight: 1, sources: exact });
  const prefixed = new Set<string>();
  if (query.prefix) {
    for (const [longer, sources] of vocabulary.prefixed(term)) {
      const distance = longer.length - term.length;
      if (distance === 0) continue;
      prefixed.add(longer);
      out.push({ term: longer, weight: (PREFIX_WEIGHT * longer.length) / (longer.length + 0.3 * distance), sources });
    }
  }
  if (query.stem) {
    // The stem itself and its longer words, weighed as prefix matches of the stem.
    for (const [form, sources] of vocabulary.prefixed(query.stem)) {
      if (form === term || prefixed.has(form)) continue;
      prefixed.add(form);
      const distance = form.length - query.stem.length;
      out.push({ term: form, weight: (PREFIX_WEIGHT * form.length) / (form.length + 0.3 * Math.max(distance, 1)), sources });
    }
  }
  if (query.fuzzy > 0) {
    for (const [near, [sources, distance]] of vocabulary.near(term, query.fuzzy)) {
      if (distance === 0 || prefixed.has(near)) continue;
      out.push({ term: near, weight: (FUZZY_WEIGHT * near.length) / (near.length + distance), sources });
    }
  }
  return out;
}

/** A loaded source as ranking sees it: its postings, and where its passages start among all. */
export interface RankedSource {
  postings: SourcePostings;
  /** Library-wide number of its first passage. */
  base: number;
}

/** What ranking reads of the library. */
export interface RankedLibrary {
  vocabulary: Vocabulary;
  /** By slot; a removed source leaves a hole. */
  sources: readonly (RankedSource | undefined)[];
  passageCount: number;
  /** Sum of every passage's field length, by field. */
  totalLengths: readonly [number, number];
  /** One more than the highest library-wide passage number. */
  capacity: number;
}

/** The best passages for a query, by library-wide number, best first. */
export interface Ranked {
  /** How many passages matched. */
  total: number;
  passages: number[];
  scores: number[];
  /** Every vocabulary term the query matched (what a snippet marks). */
  matched: Set<string>;
}

/** Ranks passages; keeps its per-passage scratch arrays between searches. */
export class Ranker {
  private scores = new Float64Array(0);
  private seen = new Int32Array(0);
  private lastTerm = new Int32Array(0);
  private termCount = new Uint16Array(0);
  private epoch = 0;

  /**
   * Passages of the allowed slots matching every query term (`"and"`) or any (`"or"`), the best
   * `limit` of them with their scores.
   */
  rank(library: RankedLibrary, query: readonly QueryTerm[], allowed: Uint8Array, combine: "and" | "or", limit: number): Ranked {
    this.fit(library.capacity);
    const epoch = ++this.epoch;
    const expansions = query.map((q) => expansionsOf(library.vocabulary, q));
    const matched = new Set(expansions.flatMap((list) => list.map((e) => e.term)));
    const touched: number[] = [];
    const n = library.passageCount;
    // With "and", only the rarest query term opens passages; the others add to those it found.
    const order = query.map((_, i) => i);
    if (combine === "and") {
      const sizes = expansions.map(postingCount);
      order.sort((a, b) => sizes[a]! - sizes[b]!);
    }
    order.forEach((q, step) => {
      const opens = combine === "or" || step === 0;
      const repeats = query[q]!.repeats;
      for (const expansion of expansions[q]!) {
        for (const field of [TEXT, LOCATOR] as const) {
          const df = expansion.sources.passages[field];
          if (df === 0) continue;
          const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
          const weight = expansion.weight * repeats * idf;
          const average = library.totalLengths[field] / n;
          const list = expansion.sources.at;
          for (let i = 0; i < list.length; i += 2) {
            const slot = list[i]!;
            if (!allowed[slot]) continue;
            const { postings, base } = library.sources[slot]!;
            const lengths = postings.lengths[field];
            const from = postings.bounds[2 * list[i + 1]! + field]!;
            const to = postings.bounds[2 * list[i + 1]! + field + 1]!;
            for (let p = from; p < to; p++) {
              const local = postings.passages[p]!;
              const doc = base + local;
              if (this.seen[doc] !== epoch) {
                if (!opens) continue;
                this.seen[doc] = epoch;
                this.scores[doc] = 0;
                this.termCount[doc] = 0;
                this.lastTerm[doc] = -1;
                touched.push(doc);
              }
              const tf = postings.frequencies[p]!;
              this.scores[doc]! += weight * (D + (tf * (K + 1)) / (tf + K * (1 - B + (B * lengths[local]!) / average)));
              if (this.lastTerm[doc] !== q) {
                this.lastTerm[doc] = q;
                this.termCount[doc]!++;
              }
            }
          }
        }
      }
    });
    const needed = combine === "and" ? query.length : 1;
    const best = new TopPassages(limit);
    let total = 0;
    for (const doc of touched) {
      const count = this.termCount[doc]!;
      if (count < needed) continue;
      total++;
      // As MiniSearch: a passage matching more of the query's words ranks higher.
      best.offer(doc, this.scores[doc]! * count);
    }
    return { total, ...best.sorted(), matched };
  }

  private fit(capacity: number) {
    if (this.scores.length >= capacity) return;
    const size = Math.max(capacity, this.scores.length * 2);
    this.scores = new Float64Array(size);
    this.seen = new Int32Array(size);
    this.lastTerm = new Int32Array(size);
    this.termCount = new Uint16Array(size);
  }
}

function postingCount(expansions: readonly Expansion[]): number {
  let count = 0;
  for (const e of expansions) count += e.sources.passages[TEXT] + e.sources.passages[LOCATOR];
  return count;
}

/** The best `limit` passages offered, kept in a heap whose root is the worst of them. */
class TopPassages {
  private readonly docs: number[] = [];
  private readonly scores: number[] = [];

  constructor(private readonly limit: number) {}

  offer(doc: number, score: number) {
    if (this.docs.length < this.limit) {
      this.docs.push(doc);
      this.scores.push(score);
      if (Number.isFinite(this.limit)) this.up(this.docs.length - 1);
    } else if (this.limit > 0 && this.better(doc, score, 0)) {
      this.docs[0] = doc;
      this.scores[0] = score;
      this.down(0);
    }
  }

  /** Best first; equal scores in library order. */
  sorted(): { passages: number[]; scores: number[] } {
    const order = this.docs.map((_, i) => i).sort((a, b) => this.scores[b]! - this.scores[a]! || this.docs[a]! - this.docs[b]!);
    return { passages: order.map((i) => this.docs[i]!), scores: order.map((i) => this.scores[i]!) };
  }

  /** Whether (doc, score) ranks above the entry at `i`. */
  private better(doc: number, score: number, i: number): boolean {
    return score > this.scores[i]! || (score === this.scores[i]! && doc < this.docs[i]!);
  }

  private up(i: number) {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.better(this.docs[parent]!, this.scores[parent]!, i)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  private down(i: number) {
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let worst = i;
      if (left < this.docs.length && this.better(this.docs[worst]!, this.scores[worst]!, left)) worst = left;
      if (right < this.docs.length && this.better(this.docs[worst]!, this.scores[worst]!, right)) worst = right;
      if (worst === i) return;
      this.swap(i, worst);
      i = worst;
    }
  }

  private swap(a: number, b: number) {
    [this.docs[a], this.docs[b]] = [this.docs[b]!, this.docs[a]!];
    [this.scores[a], this.scores[b]] = [this.scores[b]!, this.scores[a]!];
  }
}
