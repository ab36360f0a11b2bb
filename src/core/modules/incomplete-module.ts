import type { ModuleMeta } from "../schema/module.ts";
import { handoutWords, type HandoutWords } from "../i18n/handout/catalogue.ts";

/**
 * What a module still lacks before it can print as final, in the words of the DRAFT notice:
 * "Module “…” has no summary.", "Module “…” has no learning objectives.". Empty when it lacks nothing.
 */
export function incompleteReasons(meta: Pick<ModuleMeta, "title" | "summary" | "objectives">, words: Pick<HandoutWords, "moduleHasNoSummary" | "moduleHasNoObjectives"> = handoutWords()): string[] {
  const reasons: string[] = [];
  if (!meta.summary.trim()) reasons.push(words.moduleHasNoSummary(meta.title));
  if (meta.objectives.length === 0) reasons.push(words.moduleHasNoObjectives(meta.title));
  return reasons;
}
