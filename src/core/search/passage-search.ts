import { Ranker, queryTermsOf, type RankedLibrary, type RankedSource } from "./ranking.ts";
import { sentenceAt, type TextRange } from "./sentence.ts";
import { cleanSlice, markedWords, markerRanges, snippetOf, type SnippetSegment } from "./snippet.ts";
import { SourcePostings } from "./source-postings.ts";
import type { SourceSearchIndex } from "./source-search-index.ts";
import { Vocabulary } from "./vocabulary.ts";

/** A source as the search view names and filters it. */
export interface IndexedSource {
  id: string;
  title: string;
  /** Short citation: "UN Special Rapporteur (2013)". */
  label: string;
  kind: string;
  year: number;
}

/** Narrows a search; a filter left out lets everything through, an empty list lets nothing through. */
export interface PassageFilters {
  sourceIds?: readonly string[];
  kinds?: readonly string[];
  /** Inclusive: [2012, 2016]. */
  years?: readonly [number, number];
}

/** What the filters can choose from: a source's `label` is its short citation ("UN Special Rapporteur (2013)"). */
export interface SearchFacets {
  sources: { id: string; title: string; label: string }[];
  kinds: string[];
  years: number[];
}

/** What the filters can choose from among `sources`. */
export function facetsOf(sources: readonly IndexedSource[]): SearchFacets {
  return {
    sources: sources.map(({ id, title, label }) => ({ id, title, label })),
    kinds: [...new Set(sources.map((s) => s.kind))],
    years: [...new Set(sources.map((s) => s.year))].sort((a, b) => a - b),
  };
}

/** A passage that matches a query. */
export interface PassageHit {
  sourceId: string;
  sourceLabel: string;
  passageIndex: number;
  locator: string;
  kind: string;
  year: number;
  score: number;
  /** The passage is a note of its source. */
  note: boolean;
  /** About thirty words around the first match, the matched words marked. */
  snippet: SnippetSegment[];
  /** The whole passage, without note markers. */
  text: string;
  /** Reading-text range of the sentence that holds the first match. */
  sentence: TextRange;
}

/** What a search found: how many passages matched, and the best of them, best first. */
export interface PassageResults {
  total: number;
  hits: PassageHit[];
}

/** A source whose index is loaded. */
interface LoadedSource extends RankedSource {
  meta: IndexedSource;
  /** Without its postings: decoded into `postings`, the numbers would only weigh on memory. */
  index: Omit<SourceSearchIndex, "postings">;
  notes: ReadonlySet<number>;
}

/**
 * Full-text search over the passages of a library, one index per source: adding or removing a
 * source touches only its own index, and ranks every passage as one index over all would.
 */
export class PassageSearch {
  private readonly vocabulary = new Vocabulary();
  /** Loaded sources by slot; a removed source leaves a hole. */
  private readonly slots: (LoadedSource | undefined)[] = [];
  /** Source ids in the order they were first added (what the filters list). */
  private readonly order: string[] = [];
  private readonly slotOf = new Map<string, number>();
  private readonly ranker = new Ranker();
  /** Every source ever loaded, by its base: bases only grow, so both stay sorted (a replaced one keeps a range no passage uses). */
  private readonly bases: number[] = [];
  private readonly byBase: LoadedSource[] = [];
  private capacity = 0;
  private passages = 0;
  private readonly totalLengths: [number, number] = [0, 0];

  /** The loaded sources, in the order they were first added. */
  get sources(): IndexedSource[] {
    return this.order.map((id) => this.slots[this.slotOf.get(id)!]!.meta);
  }

  /** How many passages the loaded sources hold. */
  get passageCount(): number {
    return this.passages;
  }

  /** Adds a source's index, or replaces the one loaded under the same id. */
  add(source: IndexedSource, index: SourceSearchIndex): void {
    const known = this.slotOf.get(source.id);
    if (known === undefined) this.order.push(source.id);
    else this.unload(known);
    const slot = known ?? this.slots.length;
    const { postings: _encoded, ...kept } = index;
    const loaded: LoadedSource = {
      meta: source,
      index: kept,
      postings: new SourcePostings(index),
      base: this.capacity,
      notes: new Set(index.notes),
    };
    this.slots[slot] = loaded;
    this.bases.push(loaded.base);
    this.byBase.push(loaded);
    this.slotOf.set(source.id, slot);
    this.vocabulary.add(slot, index.terms, loaded.postings);
    this.capacity += index.bodies.length;
    this.passages += index.bodies.length;
    this.totalLengths[0] += loaded.postings.totalLengths[0];
    this.totalLengths[1] += loaded.postings.totalLengths[1];
  }

  /** Removes a source's index; false when none is loaded under that id. */
  remove(sourceId: string): boolean {
    const slot = this.slotOf.get(sourceId);
    if (slot === undefined) return false;
    this.unload(slot);
    this.slotOf.delete(sourceId);
    this.order.splice(this.order.indexOf(sourceId), 1);
    return true;
  }

  /**
   * Passages holding every word of the query (each word also matching longer words and
   * near-misspellings); when none holds them all, passages holding any of them. `limit` caps
   * the hits returned, never `total`.
   */
  search(query: string, filters: PassageFilters = {}, limit = Infinity): PassageResults {
    const terms = queryTermsOf(query);
    if (terms.length === 0) return { total: 0, hits: [] };
    const allowed = this.allowedSlots(filters);
    const library: RankedLibrary = {
      vocabulary: this.vocabulary,
      sources: this.slots,
      passageCount: this.passages,
      totalLengths: this.totalLengths,
      capacity: this.capacity,
    };
    let ranked = this.ranker.rank(library, terms, allowed, "and", limit);
    if (ranked.total === 0 && terms.length > 1) ranked = this.ranker.rank(library, terms, allowed, "or", limit);
    const hits = ranked.passages.map((doc, i) => {
      const source = this.sourceAt(doc);
      return new Hit(source, doc - source.base, ranked.scores[i]!, ranked.matched);
    });
    return { total: ranked.total, hits };
  }

  /** What the filters can choose from. */
  facets(): SearchFacets {
    return facetsOf(this.sources);
  }

  private unload(slot: number) {
    const loaded = this.slots[slot]!;
    this.vocabulary.remove(slot, loaded.index.terms, loaded.postings);
    this.slots[slot] = undefined;
    this.passages -= loaded.index.bodies.length;
    this.totalLengths[0] -= loaded.postings.totalLengths[0];
    this.totalLengths[1] -= loaded.postings.totalLengths[1];
  }

  private allowedSlots({ sourceIds, kinds, years }: PassageFilters): Uint8Array {
    const ids = sourceIds && new Set(sourceIds);
    const kindSet = kinds && new Set(kinds);
    return Uint8Array.from(this.slots, (loaded) => {
      if (!loaded) return 0;
      const { id, kind, year } = loaded.meta;
      const ok = (!ids || ids.has(id)) && (!kindSet || kindSet.has(kind)) && (!years || (year >= years[0] && year <= years[1]));
      return ok ? 1 : 0;
    });
  }

  /** The source holding library-wide passage `doc`: the one with the highest base not above it. */
  private sourceAt(doc: number): LoadedSource {
    let low = 0;
    let high = this.bases.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.bases[middle]! <= doc) low = middle;
      else high = middle - 1;
    }
    return this.byBase[low]!;
  }
}

/** A hit whose snippet, text and sentence are worked out when first read: most hits are never shown. */
class Hit implements PassageHit {
  readonly sourceId: string;
  readonly sourceLabel: string;
  readonly locator: string;
  readonly kind: string;
  readonly year: number;
  readonly note: boolean;
  private readonly body: string;
  private readonly markers: TextRange[];
  private cachedSnippet?: SnippetSegment[];
  private cachedText?: string;
  private cachedSentence?: TextRange;

  constructor(
    private readonly source: LoadedSource,
    readonly passageIndex: number,
    readonly score: number,
    private readonly matched: ReadonlySet<string>,
  ) {
    const { meta, index } = source;
    this.sourceId = meta.id;
    this.sourceLabel = meta.label;
    this.kind = meta.kind;
    this.year = meta.year;
    this.locator = index.locators[passageIndex]!;
    this.note = source.notes.has(passageIndex);
    this.body = index.bodies[passageIndex]!;
    this.markers = markerRanges(index.markers[passageIndex]!);
  }

  get snippet(): SnippetSegment[] {
    return (this.cachedSnippet ??= snippetOf(this.body, this.markers, this.matched));
  }

  get text(): string {
    return (this.cachedText ??= cleanSlice(this.body, 0, this.body.length, this.markers).trim());
  }

  get sentence(): TextRange {
    if (!this.cachedSentence) {
      const first = markedWords(this.body, this.markers, this.matched, 0).find((w) => w.match);
      const range = sentenceAt(this.body, 0, this.body.length, first?.start ?? 0, this.markers);
      const start = this.source.index.starts[this.passageIndex]!;
      this.cachedSentence = { start: start + range.start, end: start + range.end };
    }
    return this.cachedSentence;
  }
}
