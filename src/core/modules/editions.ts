import type { Audience, BodyNode, Module } from "../schema/module.ts";
import { exerciseParts } from "./exercise.ts";
import { questionsOnly } from "./quiz.ts";

/** Who a printed module is for: participants never see trainer notes or exercise answers. */
export type Reader = "participant" | "trainer";

/**
 * The module as one audience's edition shows it: only that audience's `:::audience` blocks;
 * for participants, no `:::trainer` or `:::check` blocks, exercises without their "Good answer" and quizzes without their answers; and no
 * section left with nothing in it (a heading alone prints as a mistake).
 */
export function moduleFor(module: Module, audience: Audience, reader: Reader): Module {
  const body: BodyNode[] = [];
  for (const node of module.body) {
    if (node.kind === "audience" && !node.audiences.includes(audience)) continue;
    if ((node.kind === "trainer" || node.kind === "check") && reader !== "trainer") continue;
    if (node.kind === "quiz" && reader !== "trainer") {
      body.push({ ...node, body: questionsOnly(node.body) });
      continue;
    }
    if (node.kind === "exercise" && reader !== "trainer") {
      const { scenario, steps } = exerciseParts(node);
      body.push({ ...node, body: `Scenario:\n${scenario}\n\nSteps:\n${steps}` });
      continue;
    }
    body.push(node);
  }
  return { ...module, body: withoutEmptySections(body) };
}

/** The body without the sections that hold only blank lines. */
function withoutEmptySections(body: readonly BodyNode[]): BodyNode[] {
  const out: BodyNode[] = [];
  let heading: BodyNode[] = [];
  for (const node of body) {
    if (node.kind === "section") heading = [node];
    else if (heading.length > 0 && node.kind === "markdown" && !node.text.trim()) heading.push(node);
    else {
      out.push(...heading, node);
      heading = [];
    }
  }
  return out;
}
