/**
 * Citation benchmarks (`npm run bench`): prints figures, asserts nothing.
 *  1. Exact verification throughput over the seed corpus (target ≥ 20,000 quotes/s).
 *  2. Diagnosing altered quotes, ms per quote, ours vs the approach Hypothesis uses
 *     (approx-string-match over the whole source, max errors = quote length / 2), on the
 *     seeds and on a corpus 100× the seeds; verdict agreement and memory side by side.
 */
import approxSearch from "approx-string-match";
import { closestPassage } from "../src/core/citations/closest.ts";
import { parseQuote } from "../src/core/citations/quote.ts";
import { indexSource, passageAtCanonical, type SourceIndex } from "../src/core/citations/source-index.ts";
import { verifyQuote } from "../src/core/citations/verify.ts";
import { loadSource, type Source } from "../src/core/sources/source.ts";
import { catalog, library, quoteSampler, type Sample } from "./seed-quotes.ts";

const { genuineQuotes, alter } = quoteSampler(42);

function time<T>(f: () => T): { result: T; ms: number } {
  const t0 = performance.now();
  const result = f();
  return { result, ms: performance.now() - t0 };
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

// 1. Exact verification.
for (const s of library) indexSource(s);
const genuine = genuineQuotes(library, 20_000);
const warm = genuine.slice(0, 500);
for (const s of warm) verifyQuote(s.source, s.quote, { locator: s.locator });
const exact = time(() => genuine.filter((s) => verifyQuote(s.source, s.quote, { locator: s.locator }).status === "verified").length);
console.log("Exact verification (seed corpus, 270 KB)");
console.log(
  `  ${genuine.length} genuine quotes, ${exact.result} verified, ${Math.round(genuine.length / (exact.ms / 1000))} quotes/s (target ≥ 20,000/s)`,
);

// 2. Diagnosing altered quotes.
/** The Hypothesis approach: fuzzy-match the quote over the whole source text. */
function hypothesisClosest(index: SourceIndex, quote: string): string | undefined {
  const q = parseQuote(quote).pieces.join(" ");
  const hits = approxSearch(index.canonical, q, Math.floor(q.length / 2));
  const best = hits.reduce<(typeof hits)[number] | undefined>((a, b) => (!a || b.errors < a.errors ? b : a), undefined);
  return best ? passageAtCanonical(index, best.start).locator : undefined;
}

function ourClosest(index: SourceIndex, quote: string): string | undefined {
  const v = verifyQuote(index.source, quote);
  if (v.status === "verified") return undefined;
  return v.closest?.locator ?? closestPassage(index, parseQuote(quote).pieces.join(" "))?.locator;
}

function diagnose(label: string, sources: Source[], altered: Sample[], baselineCount: number) {
  const indexes = new Map(sources.map((s) => [s, indexSource(s)]));
  // Both approaches get the same warm-up, so neither is timed while the JIT compiles it.
  for (const s of altered.slice(0, 20)) {
    ourClosest(indexes.get(s.source)!, s.quote);
    hypothesisClosest(indexes.get(s.source)!, s.quote);
  }
  const mem0 = process.memoryUsage();
  const ours = time(() => altered.map((s) => ourClosest(indexes.get(s.source)!, s.quote)));
  const memOurs = process.memoryUsage();
  const baseSet = altered.slice(0, baselineCount);
  const theirs = time(() => baseSet.map((s) => hypothesisClosest(indexes.get(s.source)!, s.quote)));
  const memTheirs = process.memoryUsage();
  const right = (found: (string | undefined)[], set: Sample[]) => found.filter((l, i) => l !== undefined && sameText(set[i]!, l)).length;
  const oursMs = ours.ms / altered.length;
  const theirsMs = theirs.ms / baseSet.length;
  console.log(`Diagnosing altered quotes (${label})`);
  console.log(
    `  ours:       ${oursMs.toFixed(2)} ms/quote over ${altered.length}; closest passage right for ${right(ours.result, altered)}/${altered.length}; heap ${mb(memOurs.heapUsed)} (was ${mb(mem0.heapUsed)})`,
  );
  console.log(
    `  Hypothesis: ${theirsMs.toFixed(2)} ms/quote over ${baseSet.length}; closest passage right for ${right(theirs.result, baseSet)}/${baseSet.length}; heap ${mb(memTheirs.heapUsed)}`,
  );
  const same = time(() => baseSet.map((s) => ourClosest(indexes.get(s.source)!, s.quote)));
  const oursOnSame = right(same.result, baseSet);
  const sameMs = same.ms / baseSet.length;
  console.log(
    `  on the same ${baseSet.length} quotes: ours ${sameMs.toFixed(2)} ms and right for ${oursOnSame}, Hypothesis right for ${right(theirs.result, baseSet)}; speed-up ${(theirsMs / sameMs).toFixed(1)}× (target ≥ 10×)`,
  );
}

/** A closest passage is right when the genuine words the quote was altered from are there. */
function sameText(sample: Sample, locator: string): boolean {
  return verifyQuote(sample.source, sample.original!, { locator }).status === "verified";
}

const alteredSeeds = genuineQuotes(library, 400)
  .map(alter)
  .filter((s): s is Sample => !!s);
diagnose("seed corpus", library, alteredSeeds.slice(0, 300), 100);

// A corpus 100× the seeds: every seed's reading text, 100 times over, as one plain-text source.
const copies: string[] = [];
for (let k = 1; k <= 100; k++) {
  for (const s of library) {
    copies.push(`# Copy ${k} of ${s.entry.id}\n\n`);
    copies.push(
      s.reading.passages
        .filter((p) => p.kind !== "note")
        .map((p) => s.reading.text.slice(p.start, p.end))
        .join("\n\n"),
    );
    copies.push("\n\n");
  }
}
const bigText = copies.join("");
const bigEntry = { ...catalog.sources[0]!, id: "bench-100x", file: "bench-100x.txt", structure: "plain-text" as const };
const memBefore = process.memoryUsage().rss;
const built = time(() => {
  const big = loadSource(bigEntry, new TextEncoder().encode(bigText));
  indexSource(big);
  return big;
});
const big = built.result;
console.log(
  `100× corpus: ${mb(bigText.length)} of text, ${big.reading.passages.length} passages; read and indexed in ${(built.ms / 1000).toFixed(1)} s; RSS +${mb(process.memoryUsage().rss - memBefore)}`,
);
const bigSamples = genuineQuotes([big], 60)
  .map(alter)
  .filter((s): s is Sample => !!s);
diagnose("100× corpus", [big], bigSamples.slice(0, 50), 5);
console.log(`Peak RSS ${mb(process.memoryUsage().rss)}`);
