import type { SourceIndexChunk } from "../src/app/search-index-loader.ts";
import type { IndexedSource } from "../src/core/search/passage-search.ts";

/** The bench's sources (`/sources.json`), source i reading chunk `/chunk/i mod n`, fetched as the app fetches its lazy chunks. */
export async function benchChunks(): Promise<SourceIndexChunk[]> {
  const { sources, chunkCount } = (await (await fetch("/sources.json")).json()) as { sources: IndexedSource[]; chunkCount: number };
  return sources.map((source, i) => ({ source, load: () => fetch(`/chunk/${i % chunkCount}`).then((r) => r.text()) }));
}
