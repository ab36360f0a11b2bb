import { exerciseParts } from "./exercise.ts";
import { parseModule } from "./parse-module.ts";
import { quizProblem } from "./quiz.ts";
import { serializeModule } from "./serialize-module.ts";
import { AUDIENCES, type Audience, type BlockNode, type BodyNode, type MarkdownNode } from "../schema/module.ts";

/** A card's node: a Markdown note or a `:::` block. */
export type CardNode = MarkdownNode | BlockNode;

/** A card's fields as text, the way the trainer types them (audiences space-separated). */
export type CardFields = Record<string, string>;

/** The text each field of a node shows. */
export function fieldsOf(node: CardNode): CardFields {
  switch (node.kind) {
    case "markdown":
      return { text: trimLines(node.text) };
    case "excerpt":
      return { sourceId: node.sourceId, locator: node.locator, quote: node.quote };
    case "trainer":
      return { body: node.body };
    case "audience":
      return { audiences: node.audiences.join(" "), body: node.body };
    case "exercise": {
      const parts = exerciseParts(node);
      return { title: node.title, minutes: String(node.minutes), scenario: parts.scenario, steps: parts.steps, answer: parts.answer };
    }
    case "checklist":
      return { title: node.title ?? "", body: node.body };
    case "discussion":
    case "keypoints":
    case "check":
    case "quiz":
      return { body: node.body };
  }
}

/** The node with some fields replaced by what was typed. */
export function nodeWith(node: CardNode, typed: CardFields): CardNode {
  const f = { ...fieldsOf(node), ...typed };
  switch (node.kind) {
    case "markdown": {
      // The blank lines around a note belong to the layout of the file, not to the note.
      const lead = /^(?:[ \t]*\n)*/.exec(node.text)![0];
      const trail = /\s*$/.exec(node.text)![0];
      return { kind: "markdown", text: `${lead || "\n"}${trimLines(f.text!)}${trail || "\n\n"}` };
    }
    case "excerpt": {
      // The acknowledged cautions, the parallel quote and a translator's rendering are not typed fields: they stay (verify checks them again).
      const acknowledged = node.acknowledge ? { acknowledge: node.acknowledge } : {};
      const parallel = node.parallel ? { parallel: node.parallel } : {};
      const translation = node.translation !== undefined ? { translation: node.translation } : {};
      return {
        kind: "excerpt",
        sourceId: f.sourceId!.trim(),
        locator: f.locator!.trim(),
        quote: f.quote!.trim(),
        ...parallel,
        ...translation,
        ...acknowledged,
      };
    }
    case "trainer":
      return { kind: "trainer", body: trimLines(f.body!) };
    case "quiz":
      return { kind: "quiz", body: trimLines(f.body!) };
    case "audience":
      return { kind: "audience", audiences: f.audiences!.split(/\s+/).filter(Boolean) as Audience[], body: trimLines(f.body!) };
    case "exercise":
      return {
        kind: "exercise",
        title: f.title!.trim(),
        minutes: /^\s*\d+\s*$/.test(f.minutes!) ? Number(f.minutes) : NaN,
        body: `Scenario:\n${f.scenario!.trim()}\n\nSteps:\n${f.steps!.trim()}\n\nGood answer:\n${f.answer!.trim()}`,
      };
    case "checklist":
      return { kind: "checklist", title: f.title!.trim(), body: trimLines(f.body!) };
    case "discussion":
    case "keypoints":
    case "check":
      return { kind: node.kind, body: trimLines(f.body!) };
  }
}

/** Blank lines at either end of a text are not kept by the file format (a first line's indent is). */
function trimLines(text: string): string {
  return text.replace(/^(?:[ \t]*\n)+/, "").replace(/\s+$/, "");
}

/** What is wrong with a field, said to the trainer; the card is not saved until it is right. */
export type FieldErrors = Record<string, string>;

const LIST = "Write each item on its own line, starting with - (a dash and a space).";
const FENCE = "A line can't start with ::: here: it would end the block.";

/** Checks a node the card would save: each field's rules, then that the module file reads it back unchanged. */
export function checkNode(node: CardNode, moduleAudiences: readonly Audience[]): FieldErrors {
  const errors: FieldErrors = {};
  const fence = (field: string, text: string) => {
    if (/^:::/m.test(text)) errors[field] = FENCE;
  };
  switch (node.kind) {
    case "markdown":
      if (!node.text.trim()) errors.text = "A note can't be empty; delete it instead.";
      else if (/^ {0,3}## /m.test(node.text))
        errors.text = "A line starting with ## would start a new section: use ### for a heading inside a note, or add a section.";
      fence("text", node.text);
      break;
    case "excerpt":
      if (!node.sourceId) errors.sourceId = "Choose the source the words come from.";
      else if (/\s/.test(node.sourceId)) errors.sourceId = "A source id has no spaces.";
      if (!node.locator) errors.locator = "Say where in the source the words are, e.g. para. 75.";
      else if (/["\n]/.test(node.locator)) errors.locator = "The place can't contain double quotes.";
      if (!node.quote) errors.quote = "Type or paste the exact words from the source.";
      fence("quote", node.quote);
      break;
    case "audience": {
      if (node.audiences.length === 0) errors.audiences = "Choose at least one audience.";
      const outside = node.audiences.filter((a) => !moduleAudiences.includes(a));
      if (outside.length > 0)
        errors.audiences = `This module is not for ${outside.join(", ")}: add that audience to the module first, or untick it here.`;
      fence("body", node.body);
      break;
    }
    case "exercise": {
      if (!node.title) errors.title = "Give the exercise a title.";
      else if (/\|/.test(node.title)) errors.title = "The title can't contain |.";
      if (!(Number.isInteger(node.minutes) && node.minutes > 0)) errors.minutes = "Minutes must be a whole number above 0.";
      const labelled = /^(?:Scenario|Steps|Good answer):\s*$/m;
      for (const [field, text] of Object.entries(fieldsOf(node))) {
        if (field === "title" || field === "minutes") continue;
        if (labelled.test(text)) errors[field] = "A line can't be just “Scenario:”, “Steps:” or “Good answer:”.";
        fence(field, text);
      }
      break;
    }
    case "checklist":
    case "discussion":
    case "keypoints":
    case "check":
      if (node.kind === "checklist" && !node.title) errors.title = "Give the checklist a title.";
      if (!isList(node.body)) errors.body = LIST;
      fence("body", node.body);
      break;
    case "quiz": {
      const problem = quizProblem(node.body);
      if (problem) errors.body = `${problem[0]!.toUpperCase()}${problem.slice(1)}.`;
      fence("body", node.body);
      break;
    }
    case "trainer":
      fence("body", node.body);
      break;
  }
  if (Object.keys(errors).length === 0 && !readsBack(node)) {
    errors[Object.keys(fieldsOf(node)).at(-1)!] =
      "The module file would not read this back as written; check for lines that start with :::, ## or ---.";
  }
  return errors;
}

/** The same rule as the module parser: list lines, or lines indented under an item. */
function isList(body: string): boolean {
  const lines = body.split("\n");
  return (
    lines.some((l) => /^\s*[-*]\s+\S/.test(l)) && lines.every((l) => l.trim() === "" || /^\s*[-*]\s+\S/.test(l) || /^\s{2,}\S/.test(l))
  );
}

const PROBE_META = {
  id: "probe",
  title: "Probe",
  summary: "Probe",
  version: 1,
  audiences: [...AUDIENCES],
  topics: [],
  minutes: 1,
  objectives: ["Probe"],
  review: { status: "draft" as const },
};

/** Whether the node, written into a module file between two sections, parses back as the same node. */
function readsBack(node: CardNode): boolean {
  const body: BodyNode[] =
    node.kind === "markdown"
      ? [{ kind: "section", title: "A" }, node, { kind: "section", title: "B" }, { kind: "markdown", text: "\n" }]
      : [{ kind: "section", title: "A" }, { kind: "markdown", text: "\n" }, node, { kind: "markdown", text: "\n" }];
  const parsed = parseModule(serializeModule({ meta: PROBE_META, body }), "probe.md");
  return parsed.errors.length === 0 && JSON.stringify(parsed.module?.body) === JSON.stringify(body);
}

/**
 * Whether a typed value stays on screen when the saved node changes: a wrong one stays beside
 * its message; one that says what is saved stays (it may end in a space mid-word); others go.
 */
export function draftStays(node: CardNode, field: string, draft: string, moduleAudiences: readonly Audience[]): boolean {
  const candidate = nodeWith(node, { [field]: draft });
  if (checkNode(candidate, moduleAudiences)[field] !== undefined) return true;
  return JSON.stringify(candidate) === JSON.stringify(node);
}
