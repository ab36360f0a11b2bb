import { quizProblem } from "./quiz.ts";
import { contentTooLarge } from "../files/limits.ts";
import type { z } from "zod";
import { ContentError, readYaml, schemaErrors, type YamlSource } from "../files/yaml-file.ts";
import { canonicalKinds, CAUTION_KINDS, type CautionKind } from "../schema/caution-kinds.ts";
import {
  AUDIENCES,
  BLOCK_KINDS,
  ModuleMetaSchema,
  type Audience,
  type BlockKind,
  type BodyNode,
  type ExcerptNode,
  type ListNode,
  type ParallelQuote,
  type Module,
} from "../schema/module.ts";
import { exerciseParts } from "./exercise.ts";
import { lexModuleBody, type BlockToken } from "./module-markdown.ts";

export interface ParsedModule {
  /** The module, when the file could be read (it may still have errors). */
  module?: Module;
  /** The 1-based line of each body node, parallel to `module.body`. */
  lines: number[];
  /** Every problem found, each with file, line and field. */
  errors: ContentError[];
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Parses a module file: YAML front matter, then Markdown with `:::` blocks. */
export function parseModule(text: string, file: string): ParsedModule {
  const { meta, body, errors } = parseModuleParts(text, file, ModuleMetaSchema);
  if (meta) checkAudienceBlocks(meta.audiences, body, file, errors);
  // A translator's rendering has a place only in a translation, where the original's quote is beside it.
  for (const { node, line } of body)
    if (node.kind === "excerpt" && node.translation !== undefined)
      errors.push(new ContentError(file, line, "translation", ":::translation belongs in a module's translation (modules/<id>.<language>.md), not in the original"));
  const lines = body.map((b) => b.line);
  return meta ? { module: { meta, body: body.map((b) => b.node) }, lines, errors } : { lines, errors };
}

/** A module-shaped file in parts: its front matter read by `schema` (with the YAML, for lines), its body with each node's line, and every problem. */
export interface ModuleParts<M> {
  meta?: M;
  yaml?: YamlSource;
  body: Located[];
  errors: ContentError[];
}

/** Reads front matter by `schema` and the Markdown body with its `:::` blocks: a module file, or a module's translation. */
export function parseModuleParts<M>(text: string, file: string, schema: z.ZodType<M>): ModuleParts<M> {
  const tooLarge = contentTooLarge(text, file);
  if (tooLarge) return { body: [], errors: [tooLarge] };
  const errors: ContentError[] = [];
  const fm = FRONT_MATTER.exec(text);
  if (!fm) return { body: [], errors: [new ContentError(file, 1, undefined, "expected front matter between --- lines at the top")] };
  const read = parseMeta(fm[1]!, file, schema, errors);
  const bodyStartLine = fm[0].split("\n").length - (fm[0].endsWith("\n") ? 1 : 0) + 1;
  const body = parseBody(text.slice(fm[0].length).replace(/\r\n/g, "\n"), bodyStartLine, file, errors);
  return { ...read, body, errors };
}

function parseMeta<M>(yamlText: string, file: string, schema: z.ZodType<M>, errors: ContentError[]): { meta?: M; yaml?: YamlSource } {
  try {
    const yaml = readYaml(yamlText, file, 2); // the YAML starts on line 2, after ---
    const result = schema.safeParse(yaml.data);
    if (result.success) return { meta: result.data, yaml };
    errors.push(...schemaErrors(result.error.issues, yaml, file));
    return { yaml };
  } catch (e) {
    if (!(e instanceof ContentError)) throw e;
    errors.push(e);
  }
  return {};
}

/** A body node and the 1-based line it starts on. */
export interface Located {
  node: BodyNode;
  line: number;
}

function parseBody(body: string, firstLine: number, file: string, errors: ContentError[]): Located[] {
  const nodes: Located[] = [];
  let line = firstLine;
  let markdown = "";
  let markdownLine = line;
  const flush = () => {
    if (markdown) nodes.push({ node: { kind: "markdown", text: markdown }, line: markdownLine });
    markdown = "";
  };
  let headingLineOpen = false;
  for (const token of lexModuleBody(body)) {
    const at = line;
    line += token.raw.split("\n").length - 1;
    // The lexer may leave a heading's own line break to the token after it.
    const raw = headingLineOpen && token.raw.startsWith("\n") ? token.raw.slice(1) : token.raw;
    headingLineOpen = false;
    if (token.type === "sbBlock") {
      flush();
      const block = token as BlockToken;
      const node = blockNode(block, at, file, errors);
      if (node) nodes.push({ node, line: at });
      // A blank line the lexer folded into the block's raw text belongs to the Markdown after it.
      markdown = block.raw.slice(block.ownLength);
      markdownLine = line - (markdown.split("\n").length - 1);
    } else if (token.type === "heading" && (token as { depth: number }).depth === 2) {
      flush();
      nodes.push({ node: { kind: "section", title: (token as { text: string }).text.trim() }, line: at });
      // Blank lines after the heading belong to the Markdown that follows.
      headingLineOpen = !token.raw.includes("\n");
      markdownLine = at + 1;
      markdown = token.raw.replace(/^[^\n]*\n?/, "");
    } else {
      if (!markdown) markdownLine = at;
      const stray = /^:::.*$/m.exec(raw);
      if (stray) {
        const strayLine = line - (raw.slice(stray.index).split("\n").length - 1);
        errors.push(new ContentError(file, strayLine, undefined, /^:::[ \t]*$/.test(stray[0]) ? "a closing ::: with no block open" : `block ${stray[0].trim()} is not closed with a ::: line`));
      }
      markdown += raw;
    }
  }
  flush();
  return nodes;
}

function blockNode(token: BlockToken, line: number, file: string, errors: ContentError[]): BodyNode | undefined {
  const fail = (problem: string, field?: string) => {
    errors.push(new ContentError(file, line, field, problem));
    return undefined;
  };
  if (!(BLOCK_KINDS as readonly string[]).includes(token.name)) {
    return fail(`unknown block :::${token.name} (expected ${BLOCK_KINDS.map((k) => ":::" + k).join(", ")})`);
  }
  if (token.nestedAt !== undefined) {
    const nestedLine = line + 1 + token.body.slice(0, token.nestedAt).split("\n").length - 1;
    errors.push(new ContentError(file, nestedLine, undefined, `blocks cannot be nested inside :::${token.name}`));
    return undefined;
  }
  const kind = token.name as BlockKind;
  const args = token.args;
  switch (kind) {
    case "excerpt": {
      const m = /^(\S+)\s+"([^"]+)"(?:\s+acknowledge=(\S*))?$/.exec(args);
      if (!m) return fail(`expected :::excerpt <source-id> "<locator>" [acknowledge=<kind>,…]`, "excerpt");
      const split = BESIDE_QUOTE.exec(token.body);
      const quote = split ? token.body.slice(0, split.index).replace(/\n$/, "") : token.body;
      if (!quote.trim()) return fail("the excerpt has no quote", "excerpt");
      let node: ExcerptNode = { kind, sourceId: m[1]!, locator: m[2]!, quote };
      if (split) {
        const beside = split[1] === "parallel" ? parallelQuote(split, token.body) : translatorsWords(split, token.body);
        if (typeof beside === "string") {
          errors.push(new ContentError(file, line + 1 + quote.split("\n").length, split[1], beside));
          return undefined;
        }
        node = { ...node, ...beside };
      }
      if (m[3] === undefined) return node;
      const named = m[3].split(",");
      const unknown = named.find((k) => !(CAUTION_KINDS as readonly string[]).includes(k));
      if (unknown !== undefined)
        return fail(`acknowledge=${m[3]}: ${unknown ? `"${unknown}" is not a caution` : "a caution is missing"} (expected ${CAUTION_KINDS.join(", ")}, separated by commas)`, "excerpt");
      return { ...node, acknowledge: canonicalKinds(named as CautionKind[]) };
    }
    case "audience": {
      const list = args.split(/\s+/).filter(Boolean);
      const bad = list.find((a) => !(AUDIENCES as readonly string[]).includes(a));
      if (list.length === 0 || bad) return fail(`expected one or more of ${AUDIENCES.join(", ")}${bad ? `, not "${bad}"` : ""}`, "audience");
      return { kind, audiences: list as Audience[], body: token.body };
    }
    case "exercise": {
      const m = /^(.+?)\s*\|\s*(\d+)$/.exec(args);
      if (!m) return fail("expected :::exercise <title> | <minutes>", "exercise");
      const node = { kind, title: m[1]!, minutes: Number(m[2]), body: token.body } as const;
      const missing = exerciseParts(node).missing;
      if (missing.length > 0) return fail(`the exercise needs ${missing.map((p) => `"${p}:"`).join(", ")} on a line of its own`, "exercise");
      return node;
    }
    case "checklist":
      if (!args) return fail("expected :::checklist <title>", "checklist");
      return listNode(kind, token.body, line, file, errors, args);
    case "discussion":
    case "keypoints":
    case "check":
      if (args) return fail(`:::${kind} takes no title`, kind);
      return listNode(kind, token.body, line, file, errors);
    case "quiz": {
      if (args) return fail(":::quiz takes no title", "quiz");
      const problem = quizProblem(token.body);
      return problem ? fail(problem, "quiz") : { kind, body: token.body };
    }
    case "trainer":
      if (args) return fail(":::trainer takes no arguments", "trainer");
      return { kind, body: token.body };
  }
}

/**
 * An excerpt's `:::parallel <source-id>` line (the same words from a translation of the source) or
 * `:::translation` line (a translator's rendering, in a module's translation); the words run from it to the block's end.
 */
const BESIDE_QUOTE = /^:::(parallel|translation)(?:[ \t]+(.*))?$/m;

/** The parallel quote after a `:::parallel` line, or what is wrong with it. */
function parallelQuote(split: RegExpExecArray, body: string): { parallel: ParallelQuote } | string {
  const sourceId = split[2]?.trim() ?? "";
  if (!/^\S+$/.test(sourceId)) return "expected :::parallel <source-id> (the translation's id), then its words";
  const quote = body.slice(split.index + split[0].length).replace(/^\n/, "");
  if (!quote.trim()) return `the parallel quote from ${sourceId} has no words`;
  return { parallel: { sourceId, quote } };
}

/** The translator's rendering after a `:::translation` line, or what is wrong with it. */
function translatorsWords(split: RegExpExecArray, body: string): { translation: string } | string {
  if (split[2]?.trim()) return ":::translation takes no arguments: the translator's words follow on the next lines";
  const translation = body.slice(split.index + split[0].length).replace(/^\n/, "");
  return translation.trim() ? { translation } : "the translation of the quote has no words";
}

function listNode(kind: ListNode["kind"], body: string, line: number, file: string, errors: ContentError[], title?: string): BodyNode | undefined {
  const lines = body.split("\n");
  const bad = lines.findIndex((l) => l.trim() !== "" && !/^\s*[-*]\s+\S/.test(l) && !/^\s{2,}\S/.test(l));
  if (bad >= 0 || !lines.some((l) => /^\s*[-*]\s+\S/.test(l))) {
    errors.push(new ContentError(file, line + 1 + Math.max(0, bad), kind, "expected a list of items, each starting with - "));
    return undefined;
  }
  return title === undefined ? { kind, body } : { kind, title, body };
}

/** Every `:::audience` block names only audiences the file declares. */
export function checkAudienceBlocks(audiences: readonly Audience[], body: Located[], file: string, errors: ContentError[]): void {
  for (const { node, line } of body) {
    if (node.kind !== "audience") continue;
    const outside = node.audiences.filter((a) => !audiences.includes(a));
    if (outside.length > 0) {
      errors.push(new ContentError(file, line, "audience", `${outside.join(", ")} is not among the module's audiences (${audiences.join(", ")})`));
    }
  }
}
