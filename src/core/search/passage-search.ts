import type MiniSearch from "minisearch";
import type { SearchResult } from "minisearch";
import { queryTerms, tokenize } from "./search-terms.ts";
import { sentenceAt, type TextRange } from "./sentence.ts";
import { cleanSlice, markedWords, markerRanges, snippetOf, type SnippetSegment } from "./snippet.ts";

/** What the index keeps of each passage, to show a hit without opening its source. */
export interface StoredPassage {
  sourceId: string;
  passageIndex: number;
  locator: string;
  /** The catalog kind of the source ("un-report"). */
  kind: string;
  year: number;
  /** Reading-text offset of the passage. */
  start: number;
  /** The passage is a note (footnote or endnote) of its source. */
  note: boolean;
  /** The passage's reading text, note markers included, so offsets stay reading-text offsets. */
  body: string;
  /** Note markers in `body`, as flat [start, end, start, end …] offsets relative to it. */
  markers: number[];
}

/** One indexed passage: id `${sourceId}#${passageIndex}`, searched by its text and locator. */
export interface PassageDocument extends StoredPassage {
  id: string;
  /** Reading text without note markers. */
  text: string;
}

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

/** Full-text search over the passages of a library, ranked best first. */
export class PassageSearch {
  private readonly labels: Map<string, string>;

  constructor(
    private readonly index: MiniSearch<PassageDocument>,
    /** The sources of the library, in catalog order. */
    readonly sources: readonly IndexedSource[],
  ) {
    this.labels = new Map(sources.map((s) => [s.id, s.label]));
  }

  /** How many passages the index holds. */
  get passageCount(): number {
    return this.index.documentCount;
  }

  /**
   * Passages holding every word of the query (each word also matching longer words and
   * near-misspellings); when none holds them all, passages holding any of them.
   */
  search(query: string, filters: PassageFilters = {}): PassageHit[] {
    const terms = tokenize(query).flatMap(queryTerms);
    if (terms.length === 0) return [];
    const filter = filterOf(filters);
    let results = this.index.search(query, { filter });
    if (results.length === 0 && terms.length > 1) results = this.index.search(query, { filter, combineWith: "OR" });
    return results.map((r) => hitOf(r, this.labels.get(r.sourceId as string) ?? (r.sourceId as string)));
  }

  /** What the filters can choose from. */
  facets(): SearchFacets {
    return {
      sources: this.sources.map(({ id, title, label }) => ({ id, title, label })),
      kinds: [...new Set(this.sources.map((s) => s.kind))],
      years: [...new Set(this.sources.map((s) => s.year))].sort((a, b) => a - b),
    };
  }
}

function filterOf({ sourceIds, kinds, years }: PassageFilters): ((result: SearchResult) => boolean) | undefined {
  if (!sourceIds && !kinds && !years) return undefined;
  const ids = sourceIds && new Set(sourceIds);
  const kindSet = kinds && new Set(kinds);
  return (r) =>
    (!ids || ids.has(r.sourceId as string)) &&
    (!kindSet || kindSet.has(r.kind as string)) &&
    (!years || ((r.year as number) >= years[0] && (r.year as number) <= years[1]));
}

/** A hit whose snippet, text and sentence are worked out when first read: most hits are never shown. */
function hitOf(result: SearchResult, sourceLabel: string): PassageHit {
  const stored = result as SearchResult & StoredPassage;
  const markers = markerRanges(stored.markers);
  const matched = new Set(Object.keys(result.match));
  let snippet: SnippetSegment[] | undefined;
  let text: string | undefined;
  let sentence: TextRange | undefined;
  return {
    sourceId: stored.sourceId,
    sourceLabel,
    passageIndex: stored.passageIndex,
    locator: stored.locator,
    kind: stored.kind,
    year: stored.year,
    score: result.score,
    note: stored.note,
    get snippet() {
      return (snippet ??= snippetOf(stored.body, markers, matched));
    },
    get text() {
      return (text ??= cleanSlice(stored.body, 0, stored.body.length, markers).trim());
    },
    get sentence() {
      if (!sentence) {
        const first = markedWords(stored.body, markers, matched).find((w) => w.match);
        const range = sentenceAt(stored.body, 0, stored.body.length, first?.start ?? 0, markers);
        sentence = { start: stored.start + range.start, end: stored.start + range.end };
      }
      return sentence;
    },
  };
}
