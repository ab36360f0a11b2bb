import { AUDIENCES, type Audience, type BodyNode, type ExcerptNode, type Module, type ModuleMeta } from "../schema/module.ts";
import { canonicalKinds, type CautionKind } from "../schema/caution-kinds.ts";

/**
 * Pure edits of a module. Each returns a new Module in canonical form, the form of the shipped
 * files: a blank line (`{kind:"markdown", text:"\n"}`) between blocks and sections, trainer prose
 * as "\n<text>\n\n", no two Markdown nodes in a row, so `parseModule(serializeModule(m))` gives m back.
 * Body indices count every node, spacers included; re-read the module after each edit.
 */

const SPACER = "\n";
const QUOTE_WIDTH = 96;

/** The section a new module starts with, unless it is made for an excerpt that names its own. */
export const NEW_MODULE_SECTION = "Introduction";

/** A lower-case-with-hyphens id made from a title ("module" when nothing of it is usable). */
export function idFromTitle(title: string): string {
  const words = title
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let id = "";
  for (const w of words) {
    if (id && id.length + w.length + 1 > 60) break;
    id = id ? `${id}-${w}` : w.slice(0, 60);
  }
  return id || "module";
}

/**
 * The smallest valid module, with one section: the trainer then writes its summary and objectives, which
 * stay empty until then (a module without them prints as DRAFT), never filled with words of ours.
 */
export function newModule(title: string, audiences: readonly Audience[] = AUDIENCES, section = NEW_MODULE_SECTION): Module {
  const clean = oneLine(title) || "Untitled module";
  return {
    meta: {
      id: idFromTitle(clean),
      title: clean,
      summary: "",
      version: 1,
      audiences: audiences.length > 0 ? [...new Set(audiences)] : [...AUDIENCES],
      topics: [],
      minutes: 60,
      objectives: [],
      review: { status: "draft" },
    },
    body: canonicalBody([{ kind: "section", title: sectionTitle(section) }]),
  };
}

/** Changes front matter fields; a field set to undefined is removed (optional fields only). */
export function setMeta(module: Module, patch: Partial<ModuleMeta>): Module {
  const meta = { ...module.meta, ...patch } as Record<string, unknown>;
  for (const key of Object.keys(meta)) if (meta[key] === undefined) delete meta[key];
  return { meta: meta as ModuleMeta, body: module.body };
}

/** Inserts a node before the node now at `index` (at the end when index ≥ length). */
export function insertNode(module: Module, index: number, node: BodyNode): Module {
  const body = [...module.body];
  body.splice(clamp(index, 0, body.length), 0, node);
  return withBody(module, body);
}

export function replaceNode(module: Module, index: number, node: BodyNode): Module {
  if (!inRange(module, index)) return module;
  const body = [...module.body];
  body[index] = node;
  return withBody(module, body);
}

export function removeNode(module: Module, index: number): Module {
  if (!inRange(module, index)) return module;
  return withBody(module, module.body.filter((_, i) => i !== index));
}

/** Moves one node so it stands before the node now at `to` (at the end when to ≥ length). */
export function moveNode(module: Module, from: number, to: number): Module {
  if (!inRange(module, from)) return module;
  const node = module.body[from]!;
  const target = clamp(to, 0, module.body.length);
  const body = [...module.body.slice(0, target), node, ...module.body.slice(target)];
  body.splice(from < target ? from : from + 1, 1);
  return withBody(module, body);
}

/** Moves section `from` (its heading and everything up to the next heading) to position `to` among sections. */
export function moveSection(module: Module, from: number, to: number): Module {
  const { preamble, sections } = splitSections(module.body);
  if (from < 0 || from >= sections.length) return module;
  const [moved] = sections.splice(from, 1);
  sections.splice(clamp(to, 0, sections.length), 0, moved!);
  return withBody(module, [...preamble, ...sections.flat()]);
}

/** Adds a `## ` section at the end of the module. */
export function addSection(module: Module, title: string): Module {
  return withBody(module, [...module.body, { kind: "section", title: sectionTitle(title) }]);
}

/** Renames section number `index` (counting sections only). */
export function renameSection(module: Module, index: number, title: string): Module {
  const at = sectionIndices(module)[index];
  if (at === undefined) return module;
  return replaceNode(module, at, { kind: "section", title: sectionTitle(title) });
}

/** Body indices of the section headings, in order. */
export function sectionIndices(module: Module): number[] {
  return module.body.flatMap((n, i) => (n.kind === "section" ? [i] : []));
}

/** An excerpt to add, with the cautions its author acknowledged when adding it. */
export interface NewExcerpt {
  sourceId: string;
  locator: string;
  quote: string;
  acknowledge?: readonly CautionKind[];
}

/** Appends an excerpt at the end of the section with that title, adding the section at the end when there is none. */
export function addExcerpt(module: Module, section: string, excerpt: NewExcerpt): Module {
  const acknowledge = canonicalKinds(excerpt.acknowledge ?? []);
  const node: ExcerptNode = {
    kind: "excerpt",
    sourceId: excerpt.sourceId,
    locator: oneLine(excerpt.locator),
    quote: wrapQuote(excerpt.quote),
    ...(acknowledge.length > 0 ? { acknowledge } : {}),
  };
  const title = sectionTitle(section);
  const start = module.body.findIndex((n) => n.kind === "section" && n.title === title);
  if (start < 0) return withBody(module, [...module.body, { kind: "section", title }, node]);
  const next = module.body.findIndex((n, i) => i > start && n.kind === "section");
  return insertNode(module, next < 0 ? module.body.length : next, node);
}

/** A quote as one paragraph, wrapped at about 96 columns between words (a longer word stands alone). */
export function wrapQuote(quote: string, width = QUOTE_WIDTH): string {
  const lines: string[] = [];
  let line = "";
  for (const word of quote.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join("\n");
}

/** The module with its body in canonical form (see the top of this file). */
export function canonicalModule(module: Module): Module {
  return withBody(module, module.body);
}

/** Canonical body: prose trimmed of blank lines and set off by one blank line, spacers between other nodes. */
export function canonicalBody(body: readonly BodyNode[]): BodyNode[] {
  // Adjacent Markdown is one run of prose: parsing would merge it anyway.
  const merged: BodyNode[] = [];
  for (const node of body) {
    const last = merged[merged.length - 1];
    if (node.kind === "markdown" && last?.kind === "markdown") merged[merged.length - 1] = { kind: "markdown", text: last.text + node.text };
    else merged.push(node);
  }
  const blocks = merged.filter((n) => n.kind !== "markdown" || proseOf(n.text) !== "");
  const out: BodyNode[] = [];
  blocks.forEach((node, i) => {
    const isLast = i === blocks.length - 1;
    if (node.kind === "markdown") {
      out.push({ kind: "markdown", text: `\n${proseOf(node.text)}\n${isLast ? "" : "\n"}` });
      return;
    }
    const previous = out[out.length - 1];
    if (!previous || previous.kind !== "markdown") out.push({ kind: "markdown", text: SPACER });
    out.push(node);
  });
  return out;
}

function withBody(module: Module, body: readonly BodyNode[]): Module {
  return { meta: module.meta, body: canonicalBody(body) };
}

/** Trainer prose without the blank lines around it. */
function proseOf(text: string): string {
  return text.replace(/\r\n/g, "\n").replace(/^(?:[ \t]*\n)+/, "").replace(/(?:\n[ \t]*)+$/, "").replace(/^[ \t]+$/, "");
}

function splitSections(body: readonly BodyNode[]): { preamble: BodyNode[]; sections: BodyNode[][] } {
  const preamble: BodyNode[] = [];
  const sections: BodyNode[][] = [];
  for (const node of body) {
    if (node.kind === "section") sections.push([node]);
    else (sections[sections.length - 1] ?? preamble).push(node);
  }
  return { preamble, sections };
}

function sectionTitle(title: string): string {
  // A heading is one line; closing #s would be read as decoration and dropped.
  return oneLine(title).replace(/\s+#+$/, "") || "Untitled section";
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function inRange(module: Module, index: number): boolean {
  return Number.isInteger(index) && index >= 0 && index < module.body.length;
}

function clamp(n: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Math.trunc(n)));
}
