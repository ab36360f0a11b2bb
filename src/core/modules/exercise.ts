import type { ExerciseNode } from "../schema/module.ts";

const LABELS = ["Scenario", "Steps", "Good answer"] as const;

/** An exercise's parts: scenario and steps go to participants; the good answer is trainer-only. */
export function exerciseParts(node: Pick<ExerciseNode, "body">): { scenario: string; steps: string; answer: string; missing: string[] } {
  const lines = node.body.split("\n");
  const at = LABELS.map((label) => lines.findIndex((l) => l.trim() === `${label}:`));
  const missing = LABELS.filter((_, i) => at[i]! < 0 || (i > 0 && at[i]! < at[i - 1]!));
  const part = (i: number) => {
    if (at[i]! < 0) return "";
    const next = at.slice(i + 1).find((n) => n > at[i]!) ?? lines.length;
    return lines.slice(at[i]! + 1, next).join("\n").trim();
  };
  return { scenario: part(0), steps: part(1), answer: part(2), missing };
}
