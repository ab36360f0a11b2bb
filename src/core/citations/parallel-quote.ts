import type { ExcerptNode } from "../schema/module.ts";
import { sameDocument } from "../library/language-versions.ts";
import type { Source } from "../sources/source.ts";
import { CitationInputError, verifyQuote, type Verdict } from "./verify.ts";

/** The verdict on an excerpt's parallel quote, or why it cannot be checked at all. */
export type ParallelCheck = { verdict: Verdict } | { problem: string };

/**
 * Checks an excerpt's parallel quote against its translation, at the excerpt's own locator:
 * translations number their paragraphs as the original does. The two sources must be versions
 * of one document (one translates the other, or both translate the same original).
 */
export function checkParallel(node: ExcerptNode, sourceOf: (id: string) => Source | undefined): ParallelCheck | undefined {
  const parallel = node.parallel;
  if (!parallel) return undefined;
  const translation = sourceOf(parallel.sourceId);
  if (!translation) return { problem: `no source "${parallel.sourceId}" in sources/catalog.yaml` };
  const original = sourceOf(node.sourceId);
  if (original && !sameDocument(original.entry, translation.entry))
    return {
      problem: `${parallel.sourceId} is not a translation of ${node.sourceId} (the catalog's translationOf says which document a translation renders)`,
    };
  try {
    return { verdict: verifyQuote(translation, parallel.quote, { locator: node.locator }) };
  } catch (e) {
    if (e instanceof CitationInputError) return { problem: e.message };
    throw e;
  }
}

/** One sentence on a parallel quote that fails, or undefined when it verifies. */
export function parallelFailure(check: ParallelCheck | undefined, translationId: string): string | undefined {
  if (!check) return undefined;
  if ("problem" in check) return `parallel quote: ${check.problem}`;
  return check.verdict.status === "verified" ? undefined : `parallel quote from ${translationId}: ${check.verdict.message}`;
}

/**
 * An excerpt's verdict with its parallel quote's, as `sourcebook verify` gives it: verified words
 * whose parallel quote fails are rejected, with the translation's reason and word diff (that is
 * what to fix) and `parallelOf` naming the translation.
 */
export function withParallel(verdict: Verdict, node: ExcerptNode, sourceOf: (id: string) => Source | undefined): Verdict {
  if (verdict.status !== "verified" || !node.parallel) return verdict;
  const check = checkParallel(node, sourceOf);
  const message = parallelFailure(check, node.parallel.sourceId);
  if (!check || !message) return verdict;
  const shown = "verdict" in check && check.verdict.status === "rejected" ? check.verdict : undefined;
  return {
    status: "rejected",
    reason: shown?.reason ?? "not-found",
    message,
    ...(shown?.closest ? { closest: shown.closest } : {}),
    parallelOf: node.parallel.sourceId,
    cautions: [],
  };
}
