import { acknowledgements, type CheckedCaution } from "../citations/acknowledgements.ts";
import { checkParallel, parallelFailure } from "../citations/parallel-quote.ts";
import { verifyQuote, type Verdict } from "../citations/verify.ts";
import type { ExcerptNode, Module } from "../schema/module.ts";
import type { Passage } from "../sources/model.ts";
import type { Source } from "../sources/source.ts";

/** An excerpt of a module with its verdict, as the handout prints it. */
export interface CheckedExcerpt {
  module: Module;
  node: ExcerptNode;
  source?: Source;
  verdict?: Verdict;
  /** The passage the excerpt was verified at, for its citation. */
  passage?: Passage;
  verified: boolean;
  /** Why it is not verified, for the DRAFT notice and the audit. */
  problem?: string;
  /** Where the verified words may still mislead, each with whether the module acknowledges it. */
  cautions: CheckedCaution[];
  /** The translation an excerpt's parallel quote comes from, when it has one and that source is known. */
  parallelSource?: Source;
}

/** Verifies every excerpt of the modules (once per excerpt object). */
export function checkExcerpts(modules: Module[], sources: readonly Source[]): Map<ExcerptNode, CheckedExcerpt> {
  const checked = new Map<ExcerptNode, CheckedExcerpt>();
  for (const module of modules) {
    for (const node of module.body) {
      if (node.kind !== "excerpt" || checked.has(node)) continue;
      const source = sources.find((s) => s.entry.id === node.sourceId);
      if (!source) {
        checked.set(node, { module, node, verified: false, problem: `unknown source "${node.sourceId}"`, cautions: [] });
        continue;
      }
      let verdict: Verdict;
      try {
        verdict = verifyQuote(source, node.quote, { locator: node.locator });
      } catch (e) {
        checked.set(node, { module, node, source, verified: false, problem: (e as Error).message, cautions: [] });
        continue;
      }
      const at = verdict.status === "verified" ? verdict.match.passageIndex : verdict.closest?.passageIndex;
      const passage = at !== undefined ? source.reading.passages[at] : undefined;
      // A parallel quote that does not verify makes the excerpt unverified: the handout prints as DRAFT.
      const sourceOf = (id: string) => sources.find((s) => s.entry.id === id);
      const parallelProblem = parallelFailure(checkParallel(node, sourceOf), node.parallel?.sourceId ?? "");
      const parallelSource = node.parallel && sourceOf(node.parallel.sourceId);
      const problem = verdict.status === "verified" ? parallelProblem : verdict.message;
      checked.set(node, {
        module,
        node,
        source,
        verdict,
        ...(passage ? { passage } : {}),
        verified: problem === undefined,
        ...(problem === undefined ? {} : { problem }),
        cautions: acknowledgements(verdict, node.acknowledge).cautions,
        ...(parallelSource ? { parallelSource } : {}),
      });
    }
  }
  return checked;
}
