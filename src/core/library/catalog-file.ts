import { isMap, isSeq, LineCounter, parseDocument, type Node } from "yaml";
import type { z } from "zod";
import { CatalogSchema, type Catalog } from "../schema/catalog.ts";

/** A problem in a content file, said the way DESIGN.md asks: `file:line: field: what is wrong`. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly field: string | undefined,
    readonly problem: string,
  ) {
    super(`${file}${line ? `:${line}` : ""}: ${field ? `${field}: ` : ""}${problem}`);
  }
}

/** Parses and validates `sources/catalog.yaml`; every problem is reported with its line. */
export function parseCatalog(text: string, file = "sources/catalog.yaml"): Catalog {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const syntax = doc.errors[0];
  if (syntax) {
    const line = lines.linePos(syntax.pos[0]).line;
    throw new ContentError(file, line, undefined, syntax.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, ""));
  }
  const result = CatalogSchema.safeParse(doc.toJS());
  if (result.success) {
    const ids = new Set<string>();
    result.data.sources.forEach((s, i) => {
      if (ids.has(s.id)) throw new ContentError(file, lineOf(doc.contents, ["sources", i, "id"], lines), `sources[${i}].id`, `"${s.id}" is used twice`);
      ids.add(s.id);
    });
    return result.data;
  }
  const issue = result.error.issues[0]!;
  // An unknown field is reported at its own line, not at the entry holding it.
  const at = issue.code === "unrecognized_keys" ? [...issue.path, issue.keys[0]!] : issue.path;
  throw new ContentError(file, lineOf(doc.contents, at, lines), fieldName(issue.path), describeIssue(issue));
}

/** "sources[2].rights.notice" */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : `${i > 0 ? "." : ""}${String(p)}`)).join("");
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_type" && /received undefined/.test(issue.message)) return `is missing (expected ${issue.expected})`;
  if (issue.code === "unrecognized_keys") return `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.join(", ")}`;
  return issue.message;
}

/** The 1-based line of the node at `path`, or of its nearest existing parent. */
export function lineOf(root: Node | null, path: readonly PropertyKey[], lines: LineCounter): number | undefined {
  let node: unknown = root;
  let found: unknown = root;
  for (const key of path) {
    if (isMap(node)) node = node.get(key as string, true);
    else if (isSeq(node)) node = node.get(key as number, true);
    else break;
    if (node) found = node;
    else break;
  }
  const range = (found as { range?: [number, number, number] } | null)?.range;
  return range ? lines.linePos(range[0]).line : undefined;
}
