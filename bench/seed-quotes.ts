/** What the benchmarks measure with: the seed library, and quotes drawn from it reproducibly. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { verifyQuote } from "../src/core/citations/verify.ts";
import { parseCatalog } from "../src/core/library/catalog-file.ts";
import { loadSource, type Source } from "../src/core/sources/source.ts";

export const root = join(import.meta.dirname, "..");
export const catalog = parseCatalog(readFileSync(join(root, "sources", "catalog.yaml"), "utf8"));
export const library = catalog.sources.map((e) => loadSource(e, readFileSync(join(root, "sources", e.file))));

/** Deterministic pseudo-random numbers, so every run measures the same quotes. */
export function rng(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return seed / 2 ** 32;
  };
}

export interface Sample {
  source: Source;
  quote: string;
  locator: string;
  /** For an altered quote: the genuine words it was made from. */
  original?: string;
}

/** Draws quotes from sources with the pseudo-random numbers of `seed`. */
export function quoteSampler(seed: number) {
  const random = rng(seed);
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)]!;

  /** Genuine quotes: word windows of 6–40 words from passages, as a trainer would copy them. */
  function genuineQuotes(sources: Source[], n: number): Sample[] {
    const out: Sample[] = [];
    while (out.length < n) {
      const source = pick(sources);
      const passage = pick(source.reading.passages.filter((p) => p.kind !== "note" && p.end - p.start > 200));
      const text = source.reading.text.slice(passage.start, passage.end);
      const refs = passage.noteRefs.map((r) => [r.start - passage.start, r.end - passage.start]);
      const clean = [...text].map((c, i) => (refs.some(([a, b]) => i >= a! && i < b!) ? "" : c)).join("");
      const words = clean.split(/\s+/);
      const len = 6 + Math.floor(random() * 35);
      if (words.length < len) continue;
      const at = Math.floor(random() * (words.length - len));
      out.push({ source, quote: words.slice(at, at + len).join(" "), locator: passage.locator });
    }
    return out;
  }

  /** Altered quotes: a number changed, a negation dropped, or one word swapped. */
  function alter(sample: Sample): Sample | undefined {
    const words = sample.quote.split(" ");
    const numbers = words.map((w, i) => (/^\d+$/.test(w) ? i : -1)).filter((i) => i >= 0);
    const negation = words.findIndex((w) => /^(not|never|no)$/.test(w));
    if (numbers.length > 0) words[numbers[0]!] = String(Number(words[numbers[0]!]) + 10);
    else if (negation >= 0) words.splice(negation, 1);
    else {
      const i = 1 + Math.floor(random() * (words.length - 2));
      const swap: Record<string, string> = { children: "adults", police: "judges", girls: "boys", increased: "decreased" };
      const w = words[i]!.toLowerCase();
      words[i] = swap[w] ?? (w.length > 3 ? "reportedly" : "many");
    }
    const quote = words.join(" ");
    // An alteration that happens to be a genuine quote too is no test of diagnosis.
    if (verifyQuote(sample.source, quote).status === "verified") return undefined;
    return { ...sample, quote, original: sample.quote };
  }

  return { genuineQuotes, alter };
}
