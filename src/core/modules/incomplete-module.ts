import type { ModuleMeta } from "../schema/module.ts";

/**
 * What a module still lacks before it can print as final, in the words of the DRAFT notice:
 * "Module “…” has no summary.", "Module “…” has no learning objectives.". Empty when it lacks nothing.
 */
export function incompleteReasons(meta: Pick<ModuleMeta, "title" | "summary" | "objectives">): string[] {
  const reasons: string[] = [];
  if (!meta.summary.trim()) reasons.push(`Module “${meta.title}” has no summary.`);
  if (meta.objectives.length === 0) reasons.push(`Module “${meta.title}” has no learning objectives.`);
  return reasons;
}
