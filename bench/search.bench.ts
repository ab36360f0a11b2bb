/**
 * Search benchmark (`npm run bench`): prints figures, asserts nothing.
 * Latency (median, p95) of ~200 realistic queries, index size (JSON and gzipped) and load time,
 * on the seed corpus and on a corpus 100× the seeds (every passage repeated as its own document).
 */
import { gzipSync } from "node:zlib";
import type { PassageDocument, PassageSearch } from "../src/core/search/passage-search.ts";
import { buildIndex, indexedSources, indexJson, loadSearchIndex, passageDocuments } from "../src/core/search/search-index-file.ts";
import { wordSpans } from "../src/core/search/search-terms.ts";
import { catalog, library, rng } from "./seed-quotes.ts";

const seedDocuments = library.flatMap(passageDocuments);
const random = rng(7);
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;

/** What trainers type: topic words and phrases, typos, prefixes (search as you type), Cyrillic. */
const WRITTEN = [
  "interrogated",
  "interogated",
  "interrog",
  "child interview",
  "police stations",
  "saunas",
  "Bishkek",
  "Osh",
  "trafficking",
  "sexual exploitation",
  "child pornography",
  "prostitution",
  "street children",
  "brothels",
  "corruption",
  "complicit officials",
  "non-punishment",
  "victim identification",
  "referral",
  "shelter",
  "rehabilitation",
  "Criminal Code",
  "article 124",
  "juvenile justice",
  "court",
  "testimony",
  "judges",
  "prosecutors",
  "social workers",
  "NGO",
  "UNICEF",
  "Таис",
  "Таис Плюс",
  "Tais Plus",
  "migration",
  "Russia",
  "orphanage",
  "birth registration",
  "online",
  "internet",
  "hotline",
  "helpline",
  "awareness",
  "training",
  "child-sensitive",
  "children's rights",
  "girls boys",
  "20 per cent",
  "2013",
  "Optional Protocol",
  "Tier 2",
  "labour",
  "forced labor",
  "bride kidnapping",
  "early marriage",
  "HIV",
  "drugs",
  "extortion",
  "raids",
  "sex workers",
  "minors",
  "age of consent",
  "Ombudsman",
  "national plan",
  "coordination",
  "prevention",
];

/** Queries drawn from the corpus: a word, a two- or three-word phrase, a word with a typo, a prefix. */
function drawnQueries(n: number): string[] {
  const words = seedDocuments.filter((d) => !d.note).flatMap((d) => wordSpans(d.text).map((w) => w.text));
  const long = words.filter((w) => w.length >= 5 && /^\p{L}+$/u.test(w));
  const out: string[] = [];
  while (out.length < n) {
    const kind = out.length % 4;
    const word = pick(long);
    if (kind === 0) out.push(word);
    else if (kind === 1) {
      const at = Math.floor(random() * (words.length - 3));
      out.push(words.slice(at, at + 2 + Math.floor(random() * 2)).join(" "));
    } else if (kind === 2) {
      const i = 1 + Math.floor(random() * (word.length - 2));
      out.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
    } else out.push(word.slice(0, 3 + Math.floor(random() * 3)));
  }
  return out;
}
const queries = [...WRITTEN, ...drawnQueries(200 - WRITTEN.length)];

/** The seed passages repeated `times` times, each copy its own document. */
function repeated(documents: readonly PassageDocument[], times: number): PassageDocument[] {
  const out: PassageDocument[] = [];
  for (let copy = 0; copy < times; copy++) for (const d of documents) out.push({ ...d, id: `${d.id}@${copy}` });
  return out;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;
const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 0)} ms`;
const kb = (bytes: number) => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${(bytes / 1e3).toFixed(0)} KB`);

function latency(search: PassageSearch, shown: number): { median: number; p95: number; hits: number } {
  const run = (q: string) => {
    const hits = search.search(q);
    // What the view renders: the snippet of each hit it shows.
    for (const hit of hits.slice(0, shown)) void hit.snippet;
    return hits.length;
  };
  for (const q of queries.slice(0, 40)) run(q); // warm up
  const times: number[] = [];
  let hits = 0;
  for (const q of queries) {
    const t0 = performance.now();
    hits += run(q);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 50), p95: percentile(times, 95), hits: hits / queries.length };
}

function measure(label: string, documents: PassageDocument[]) {
  const t0 = performance.now();
  const json = indexJson(buildIndex(documents), indexedSources(catalog));
  const buildMs = performance.now() - t0;
  const gz = gzipSync(json).length;
  const loads: number[] = [];
  let search!: PassageSearch;
  for (let i = 0; i < 3; i++) {
    const t1 = performance.now();
    search = loadSearchIndex(json);
    loads.push(performance.now() - t1);
  }
  loads.sort((a, b) => a - b);
  const bare = latency(search, 0);
  const shown = latency(search, 50);
  console.log(`\n${label}: ${documents.length.toLocaleString("en")} passages`);
  console.log(`  index          ${kb(json.length)} JSON, ${kb(gz)} gzipped; built in ${ms(buildMs)}`);
  console.log(`  load (parse + loadJS)  median of 3: ${ms(loads[1]!)}`);
  console.log(
    `  search                 median ${ms(bare.median)}, p95 ${ms(bare.p95)}  (${bare.hits.toFixed(0)} hits per query on average)`,
  );
  console.log(`  search + 50 snippets   median ${ms(shown.median)}, p95 ${ms(shown.p95)}`);
}

console.log(
  `Search: ${queries.length} queries (${WRITTEN.length} written, the rest drawn from the corpus: words, phrases, typos, prefixes)`,
);
measure("seed corpus", seedDocuments);
measure("100× the seeds", repeated(seedDocuments, 100));
