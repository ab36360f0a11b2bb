import { msg, str } from "@lit/localize";
import { verifyQuote, CitationInputError, type Verdict } from "../core/citations/verify.ts";
import type { ExcerptNode } from "../core/schema/module.ts";
import type { LibraryStore } from "./library-store.ts";

/** Verifies excerpts in the browser against the bundled sources (loaded on first use). */
export class Verifier {
  private readonly cache = new Map<string, Promise<Verdict>>();

  constructor(private readonly library: LibraryStore) {}

  /** The verdict for an excerpt; the same quote at the same locator is verified once. */
  verify(excerpt: Pick<ExcerptNode, "sourceId" | "locator" | "quote">): Promise<Verdict> {
    const key = `${excerpt.sourceId}\u0000${excerpt.locator}\u0000${excerpt.quote}`;
    let verdict = this.cache.get(key);
    if (!verdict) {
      verdict = this.check(excerpt);
      this.cache.set(key, verdict);
    }
    return verdict;
  }

  private async check(excerpt: Pick<ExcerptNode, "sourceId" | "locator" | "quote">): Promise<Verdict> {
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
      return verifyQuote(source, excerpt.quote, { locator: excerpt.locator });
    } catch (e) {
      if (e instanceof CitationInputError) return { status: "rejected", reason: "not-found", message: e.message, cautions: [] };
      throw e;
    }
  }
}
