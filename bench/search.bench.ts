/**
 * Search benchmark (`npm run bench`): prints figures, asserts nothing.
 * Three approaches side by side, on the seed corpus and on 100× it (every source copied 100 times,
 * each copy a source of its own): latency (median, p95) of 200 realistic queries, index size (JSON
 * and gzipped), load time, and recall of each approach's top 10 against the one index of before.
 * On a shared machine the clock counts time other jobs held the cores: the CPU time is printed beside it,
 * and the load average at the start and the end. Then in Chromium: the library loaded by the app's
 * search worker, and, to compare, on the page one source per idle slice (the way before).
 * `tsx bench/search.bench.ts --browser` runs the Chromium part alone.
 */
import { availableParallelism, loadavg } from "node:os";
import { gzipSync } from "node:zlib";
import type MiniSearch from "minisearch";
import { indexedSource } from "../src/core/search/library-search.ts";
import { PassageSearch } from "../src/core/search/passage-search.ts";
import { parseSourceSearchIndex, serializeSourceSearchIndex, sourceSearchIndex } from "../src/core/search/source-search-index.ts";
import { buildIndex, loadIndex, passageDocuments, searchEach, searchOne, type PassageDocument } from "./minisearch-search.ts";
import { browserLoad } from "./search-load.ts";
import type { LoadMode } from "./search-load-page.ts";
import { queries, WRITTEN } from "./search-queries.ts";
import { library } from "./seed-quotes.ts";

const TARGET_P95_MS = 10;
/** A task longer than this is a "long task" to the browser: the page stops answering the trainer. */
const TARGET_LONGEST_TASK_MS = 50;
/** Hits the search view shows at once. */
const SHOWN = 50;
const COPIES = 100;

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;
const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 0)} ms`;
const size = (bytes: number) => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${(bytes / 1e3).toFixed(0)} KB`);
const copyId = (id: string, copy: number) => (copy === 0 ? id : `${id}~${copy}`);
/** A passage's seed identity, whichever copy it is: what recall compares. */
const seedOf = (sourceId: string, passageIndex: number) => `${sourceId.replace(/~\d+$/, "")}#${passageIndex}`;

/** One approach, loaded: how it searches (the best `SHOWN`, as seed identities) and what it cost. */
interface Approach {
  name: string;
  search(query: string): string[];
  /** The same, reading the snippet of every hit returned, as the view does. */
  searchAndShow?(query: string): void;
  json: number;
  gzipped: number;
  loadMs: number;
  /** The longest single step of loading (one source's index), where loading goes in steps. */
  longestStepMs?: number;
}

function timed<T>(run: () => T): [T, number] {
  const t0 = performance.now();
  const value = run();
  return [value, performance.now() - t0];
}

/** Before: one MiniSearch index over every passage of every source. */
function oneMiniSearch(copies: number): Approach {
  const documents: PassageDocument[] = [];
  for (let copy = 0; copy < copies; copy++) {
    for (const d of library.flatMap(passageDocuments)) documents.push({ ...d, id: `${d.id}@${copy}`, sourceId: copyId(d.sourceId, copy) });
  }
  const json = JSON.stringify(buildIndex(documents));
  const [index, loadMs] = timed(() => loadIndex(json));
  return {
    name: "MiniSearch, one index (before)",
    search: (q) =>
      searchOne(index, q)
        .slice(0, SHOWN)
        .map((r) => seedOf(r.sourceId as string, r.passageIndex as number)),
    json: json.length,
    gzipped: gzipSync(json).length,
    loadMs,
  };
}

/** (a) One MiniSearch index per source, each searched, merged by score. */
function miniSearchPerSource(copies: number): Approach {
  const jsons = library.map((source) => JSON.stringify(buildIndex(passageDocuments(source))));
  const indexes: MiniSearch<PassageDocument>[] = [];
  let longest = 0;
  const [, loadMs] = timed(() => {
    for (let copy = 0; copy < copies; copy++) {
      for (const json of jsons) {
        const [index, stepMs] = timed(() => loadIndex(json));
        indexes.push(index);
        longest = Math.max(longest, stepMs);
      }
    }
  });
  return {
    name: "(a) MiniSearch, one index per source",
    search: (q) => searchEach(indexes, q, SHOWN).hits.map((r) => seedOf(r.sourceId as string, r.passageIndex as number)),
    json: jsons.reduce((n, j) => n + j.length, 0) * copies,
    gzipped: jsons.reduce((n, j) => n + gzipSync(j).length, 0) * copies,
    loadMs,
    longestStepMs: longest,
  };
}

/** (b) Kept: postings per source in typed arrays, one vocabulary for the library, library-wide BM25. */
function postingsPerSource(copies: number): Approach {
  const chunks = library.map((source) => serializeSourceSearchIndex(sourceSearchIndex(source)));
  const search = new PassageSearch();
  let longest = 0;
  const [, loadMs] = timed(() => {
    for (let copy = 0; copy < copies; copy++) {
      library.forEach((source, i) => {
        const meta = { ...indexedSource(source.entry), id: copyId(source.entry.id, copy) };
        const [, stepMs] = timed(() => search.add(meta, parseSourceSearchIndex(chunks[i]!)));
        longest = Math.max(longest, stepMs);
      });
    }
  });
  return {
    name: "(b) postings per source, one vocabulary",
    search: (q) => search.search(q, {}, SHOWN).hits.map((h) => seedOf(h.sourceId, h.passageIndex)),
    searchAndShow: (q) => {
      for (const hit of search.search(q, {}, SHOWN).hits) void hit.snippet;
    },
    json: chunks.reduce((n, c) => n + c.length, 0) * copies,
    gzipped: chunks.reduce((n, c) => n + gzipSync(c).length, 0) * copies,
    loadMs,
    longestStepMs: longest,
  };
}

/** CPU time of the process, in ms: unlike the clock, it does not count time other jobs held the cores. */
function cpuTimed(run: () => unknown): number {
  const before = process.cpuUsage();
  run();
  const { user, system } = process.cpuUsage(before);
  return (user + system) / 1000;
}

function latency(run: (q: string) => unknown): { median: number; p95: number; cpuP95: number } {
  for (const q of queries.slice(0, 40)) run(q); // warm up
  const times = queries.map((q) => timed(() => run(q))[1]).sort((a, b) => a - b);
  const cpu = queries.map((q) => cpuTimed(() => run(q))).sort((a, b) => a - b);
  return { median: percentile(times, 50), p95: percentile(times, 95), cpuP95: percentile(cpu, 95) };
}

/** Share of the reference's top 10 (as seed passages, counted with repeats) that `top` also holds. */
function recall(reference: string[][], approach: Approach): number {
  let found = 0;
  let wanted = 0;
  queries.forEach((q, i) => {
    const left = approach.search(q).slice(0, 10);
    for (const id of reference[i]!.slice(0, 10)) {
      wanted++;
      const at = left.indexOf(id);
      if (at >= 0) {
        found++;
        left.splice(at, 1);
      }
    }
  });
  return wanted === 0 ? 1 : found / wanted;
}

function measure(label: string, copies: number) {
  const passages = library.reduce((n, s) => n + s.reading.passages.length, 0) * copies;
  const machine = `${availableParallelism()} cores, load average ${loadavg()[0]!.toFixed(1)}`;
  console.log(
    `\n${label}: ${passages.toLocaleString("en")} passages in ${(library.length * copies).toLocaleString("en")} sources (${machine})`,
  );
  const before = oneMiniSearch(copies);
  const reference = queries.map((q) => before.search(q));
  for (const approach of [before, miniSearchPerSource(copies), postingsPerSource(copies)]) {
    const bare = latency(approach.search);
    const steps = approach.longestStepMs === undefined ? "" : `, longest step (one source) ${ms(approach.longestStepMs)}`;
    console.log(`  ${approach.name}`);
    const target = copies === COPIES ? ` (target ≤ ${TARGET_P95_MS} ms)` : "";
    console.log(
      `    search (best ${SHOWN} and the count)   median ${ms(bare.median)}, p95 ${ms(bare.p95)}${target}; CPU time p95 ${ms(bare.cpuP95)}`,
    );
    if (approach.searchAndShow) {
      const shown = latency(approach.searchAndShow);
      console.log(
        `    search + ${SHOWN} snippets             median ${ms(shown.median)}, p95 ${ms(shown.p95)}; CPU time p95 ${ms(shown.cpuP95)}`,
      );
    }
    console.log(`    index ${size(approach.json)} JSON, ${size(approach.gzipped)} gzipped; load ${ms(approach.loadMs)}${steps}`);
    console.log(`    recall of the top 10 of before: ${(100 * recall(reference, approach)).toFixed(1)} %`);
  }
}

const loadAverage = () => `load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`;
console.log(`Search bench, start: ${loadAverage()}`);
console.log(
  `Search: ${queries.length} queries (${WRITTEN.length} written, the rest drawn from the corpus: words, phrases, typos, prefixes)`,
);
console.log(`Target: p95 ≤ ${TARGET_P95_MS} ms at ${COPIES}× the seeds.`);
if (!process.argv.includes("--browser")) {
  measure("seed corpus", 1);
  measure(`${COPIES}× the seeds`, COPIES);
}
await measureInBrowser("worker", COPIES);
await measureInBrowser("main thread", COPIES);
console.log(`\nSearch bench, end: ${loadAverage()}`);

/** (b) as the app runs it in Chromium, loaded in the search worker or (before) on the page in idle slices, then searching there. */
async function measureInBrowser(mode: LoadMode, copies: number) {
  const chunks = library.map((source) => serializeSourceSearchIndex(sourceSearchIndex(source)));
  const sources = [];
  for (let copy = 0; copy < copies; copy++) {
    for (const source of library) sources.push({ ...indexedSource(source.entry), id: copyId(source.entry.id, copy) });
  }
  const figures = await browserLoad(mode, sources, chunks, queries, SHOWN);
  const times = figures.searchMs.toSorted((a, b) => a - b);
  const cpu = figures.searchCpuMs?.toSorted((a, b) => a - b);
  const longTasks = figures.longTasksMs.length === 0 ? "none" : figures.longTasksMs.map(ms).join(", ");
  const longest = figures.longTasksMs.length === 0 ? "under 50 ms" : ms(Math.max(...figures.longTasksMs));
  const how = mode === "worker" ? "by the app's search worker" : "on the page, one source per idle slice (before)";
  console.log(`\nIn Chromium, ${sources.length} sources (${copies}×), loaded ${how} (${loadAverage()})`);
  console.log(`  load ${ms(figures.loadMs)}`);
  console.log(`  main thread while loading: longest task ${longest} (target ≤ ${TARGET_LONGEST_TASK_MS} ms); long tasks: ${longTasks}`);
  console.log(`    longest gap in a 5 ms timer (any task, or the thread not scheduled) ${ms(figures.longestGapMs)}`);
  const asked = mode === "worker" ? "asked of the worker, answered with 50 snippets" : "on the page, 50 snippets read";
  console.log(
    `  search (${asked})   median ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))} by the clock (target ≤ ${TARGET_P95_MS} ms)`,
  );
  if (cpu)
    console.log(
      `    by CPU time (the worker's and the page's threads, traced)   median ${ms(percentile(cpu, 50))}, p95 ${ms(percentile(cpu, 95))}`,
    );
}
