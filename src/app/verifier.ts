import { withParallel } from "../core/citations/parallel-quote.ts";
import { msg, str } from "@lit/localize";
import { verifyQuote, CitationInputError, type Verdict } from "../core/citations/verify.ts";
import type { ExcerptNode } from "../core/schema/module.ts";
import type { Source } from "../core/sources/source.ts";
import type { LibraryStore } from "./library-store.ts";

/** What the Verifier checks: an excerpt's words, where they are cited, and its parallel quote if it has one. */
export type CheckedExcerpt = Pick<ExcerptNode, "sourceId" | "locator" | "quote" | "parallel">;

/** Verifies excerpts in the browser against the bundled sources (loaded on first use). */
export class Verifier {
  private readonly cache = new Map<string, Promise<Verdict>>();

  constructor(private readonly library: LibraryStore) {}

  /** The verdict for an excerpt (its parallel quote checked too, as `sourcebook verify` does); the same excerpt is verified once. */
  verify(excerpt: CheckedExcerpt): Promise<Verdict> {
    const { parallel } = excerpt;
    const key = [excerpt.sourceId, excerpt.locator, excerpt.quote, parallel?.sourceId ?? "", parallel?.quote ?? ""].join("\u0000");
    let verdict = this.cache.get(key);
    if (!verdict) {
      verdict = this.check(excerpt);
      this.cache.set(key, verdict);
    }
    return verdict;
  }

  /** Forgets the verdicts on a source (one removed from the library): its excerpts are checked again. */
  forgetSource(sourceId: string): void {
    for (const key of this.cache.keys()) if (key.startsWith(`${sourceId}\u0000`)) this.cache.delete(key);
  }

  private async check(excerpt: CheckedExcerpt): Promise<Verdict> {
    if (!this.library.entry(excerpt.sourceId)) {
      return {
        status: "rejected",
        reason: "not-found",
        message: msg(str`There is no source "${excerpt.sourceId}" in the library.`),
        cautions: [],
      };
    }
    const source = await this.library.open(excerpt.sourceId);
    try {
      const verdict = verifyQuote(source, excerpt.quote, { locator: excerpt.locator });
      return withParallel(verdict, { kind: "excerpt", ...excerpt }, await openedVersions(this.library, source, excerpt));
    } catch (e) {
      if (e instanceof CitationInputError) return { status: "rejected", reason: "not-found", message: e.message, cautions: [] };
      throw e;
    }
  }
}

/**
 * The sources a parallel quote is checked with, opened: the excerpt's own, and its translation when
 * the library has it (one it lacks is reported by the check, as on the command line).
 */
export async function openedVersions(
  library: LibraryStore,
  source: Source,
  excerpt: Pick<ExcerptNode, "parallel">,
): Promise<(id: string) => Source | undefined> {
  const id = excerpt.parallel?.sourceId;
  const translation = id && library.entry(id) ? await library.open(id) : undefined;
  return (wanted) => (wanted === source.entry.id ? source : wanted === id ? translation : undefined);
}
