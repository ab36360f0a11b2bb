import { moduleFor, type Reader } from "./editions.ts";
import { exerciseParts } from "./exercise.ts";
import { quizItems } from "./quiz.ts";
import type { Audience, BodyNode, Module } from "../schema/module.ts";

/** A kind of block as the preview names it; audience blocks are told apart by whom they are for. */
export interface BlockCount {
  kind: BodyNode["kind"];
  /** For an audience block: the audiences it is for. */
  audiences?: Audience[];
  /** For an exercise or a quiz: whether its answers are printed. */
  withAnswer?: boolean;
  count: number;
}

export interface SectionContents {
  /** The section title; "" for what comes before the first section. */
  title: string;
  blocks: BlockCount[];
}

/** What one edition prints of a module, and what it leaves out of it. */
export interface EditionContents {
  sections: SectionContents[];
  excerpts: number;
  leftOut: { trainer: number; otherAudiences: number; answers: number };
}

/** What a module (already cut to its chosen sections) shows in one audience's edition, derived with `moduleFor`. */
export function editionContents(module: Module, audience: Audience, reader: Reader): EditionContents {
  const shown = moduleFor(module, audience, reader);
  const sections: SectionContents[] = [];
  let current: SectionContents | undefined;
  for (const node of shown.body) {
    if (node.kind === "section") {
      current = { title: node.title, blocks: [] };
      sections.push(current);
      continue;
    }
    if (node.kind === "markdown" && !node.text.trim()) continue;
    if (!current) {
      current = { title: "", blocks: [] };
      sections.push(current);
    }
    count(current.blocks, node);
  }
  const all = module.body;
  const kept = shown.body;
  const trainerOnly = (body: BodyNode[]) => body.filter((n) => n.kind === "trainer" || n.kind === "check").length;
  const answers = (body: BodyNode[]) => body.filter((n) => n.kind === "exercise" && hasAnswers(n)).length;
  return {
    sections,
    excerpts: kept.filter((n) => n.kind === "excerpt").length,
    leftOut: {
      trainer: trainerOnly(all) - trainerOnly(kept),
      otherAudiences: all.filter((n) => n.kind === "audience").length - kept.filter((n) => n.kind === "audience").length,
      answers: answers(all) - answers(kept),
    },
  };
}

/** An exercise with its good answer, or a quiz with its answers. */
function hasAnswers(node: BodyNode): boolean {
  if (node.kind === "exercise") return exerciseParts(node).answer !== "";
  return node.kind === "quiz" && quizItems(node.body).some((item) => item.answer !== "");
}

/** Adds a block to a section's counts: same kind (and same audiences, same answer) counted together. */
function count(blocks: BlockCount[], node: BodyNode): void {
  const audiences = node.kind === "audience" ? node.audiences : undefined;
  const withAnswer = node.kind === "exercise" || node.kind === "quiz" ? hasAnswers(node) : undefined;
  const same = blocks.find((b) => b.kind === node.kind && String(b.audiences) === String(audiences) && b.withAnswer === withAnswer);
  if (same) same.count++;
  else blocks.push({ kind: node.kind, ...(audiences ? { audiences } : {}), ...(withAnswer !== undefined ? { withAnswer } : {}), count: 1 });
}
