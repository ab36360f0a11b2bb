import type { ExcerptNode } from "../schema/module.ts";
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
  if (original && !sameDocument(original, translation))
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

/** The document a source is a version of: its original's id, or its own. */
const documentOf = (s: Source) => s.entry.translationOf ?? s.entry.id;

function sameDocument(a: Source, b: Source): boolean {
  return a.entry.id !== b.entry.id && documentOf(a) === documentOf(b);
}

/** One sentence on a parallel quote that fails, or undefined when it verifies. */
export function parallelFailure(check: ParallelCheck | undefined, translationId: string): string | undefined {
  if (!check) return undefined;
  if ("problem" in check) return `parallel quote: ${check.problem}`;
  return check.verdict.status === "verified" ? undefined : `parallel quote from ${translationId}: ${check.verdict.message}`;
}
