/** Full-text search over every passage of every source. */
export interface SearchService {
  /** Resolves when the index is loaded (built at build time, fetched once, then cached). */
  readonly ready: Promise<void>;
  search(query: string, filters?: SearchFilters): SearchHit[];
  /** What the filters can choose from; a source's `label` is its short citation ("UN Special Rapporteur (2013)"). */
  facets(): { sources: { id: string; title: string; label: string }[]; kinds: string[]; years: number[] };
}

export interface SearchFilters {
  sourceIds?: string[];
  kinds?: string[];
  years?: [number, number];
}

export interface SearchHit {
  sourceId: string;
  /** Short citation of the source ("UN Special Rapporteur (2013)"). */
  sourceLabel: string;
  passageIndex: number;
  locator: string;
  kind: string;
  year: number;
  score: number;
  /** The passage text around the match, split so the matched words can be marked. */
  snippet: { text: string; match: boolean }[];
  /** The whole passage text (to add the hit to a module). */
  text: string;
  /** Reading-text range of the sentence holding the first match: `anchorSelection(source, start, end)` lifts it. */
  sentence: { start: number; end: number };
}
