import { Parser } from "yaml";

/** The front matter, as parseModule finds it. */
const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** A YAML comment in a module's front matter: its 1-based file line and its text. */
export interface FrontMatterComment {
  line: number;
  text: string;
}

/**
 * Every YAML comment in a module file's front matter, in order. The canonical form has no
 * comments, so a file with any cannot be rewritten without losing what they say.
 */
export function frontMatterComments(fileText: string): FrontMatterComment[] {
  const yaml = FRONT_MATTER.exec(fileText)?.[1];
  if (yaml === undefined) return [];
  const offsets: { offset: number; text: string }[] = [];
  for (const token of new Parser().parse(yaml)) collectComments(token, offsets);
  return offsets
    .sort((a, b) => a.offset - b.offset)
    .map(({ offset, text }) => ({ line: 2 + (yaml.slice(0, offset).match(/\n/g)?.length ?? 0), text }));
}

/** Comments sit at any depth of yaml's concrete syntax tree: in `start`, `sep`, `end` … of any token. */
function collectComments(node: unknown, into: { offset: number; text: string }[]): void {
  if (Array.isArray(node)) for (const item of node) collectComments(item, into);
  else if (node !== null && typeof node === "object") {
    const token = node as { type?: unknown; offset?: unknown; source?: unknown };
    if (token.type === "comment" && typeof token.offset === "number" && typeof token.source === "string")
      into.push({ offset: token.offset, text: token.source });
    else for (const value of Object.values(node)) collectComments(value, into);
  }
}
