import { isMap, isSeq, LineCounter, parseDocument, visit, type Alias, type Document, type Node } from "yaml";
import type { z } from "zod";
import { ContentError } from "./content-error.ts";
import { contentTooLarge, LIMITS } from "./limits.ts";

export { ContentError };

/** A parsed YAML document and a way to find the line of any field in it. */
export interface YamlSource {
  data: unknown;
  lineAt(path: readonly PropertyKey[]): number | undefined;
}

/**
 * Reads YAML, reporting a syntax error with its line, and refusing aliases that expand beyond
 * `LIMITS.yamlAliasValues` (a "billion laughs" file) at the line of the first alias. `firstLine`
 * is the file line the YAML starts on (2 for front matter after `---`).
 */
export function readYaml(text: string, file: string, firstLine = 1): YamlSource {
  const lines = new LineCounter();
  const shift = (l: number | undefined) => (l === undefined ? undefined : l + firstLine - 1);
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  } catch (e) {
    // The parser's own limits (a nesting too deep for the stack): one sentence, not a stack trace.
    throw new ContentError(file, undefined, undefined, `cannot be read as YAML (${e instanceof Error ? e.message : String(e)})`);
  }
  const syntax = doc.errors[0];
  if (syntax) {
    throw new ContentError(
      file,
      shift(lines.linePos(syntax.pos[0]).line),
      undefined,
      syntax.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, ""),
    );
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: LIMITS.yamlAliasValues });
  } catch (e) {
    const alias = firstAlias(doc);
    const line = shift(alias?.range ? lines.linePos(alias.range[0]).line : undefined);
    const message = e instanceof Error ? e.message : String(e);
    const problem = /excessive alias count/i.test(message)
      ? `the YAML aliases (*${alias?.source ?? "…"} and others) stand for more than ${LIMITS.yamlAliasValues} values, the limit; write the values out instead`
      : message.replace(/\.$/, "");
    throw new ContentError(file, line, undefined, problem);
  }
  return { data, lineAt: (path) => shift(lineOf(doc.contents, path, lines)) };
}

function firstAlias(doc: Document.Parsed): Alias | undefined {
  let found: Alias | undefined;
  visit(doc, {
    Alias(_key, node) {
      found = node;
      return visit.BREAK;
    },
  });
  return found;
}

/** Every schema problem of a YAML document, each with file, line and field. */
export function schemaErrors(issues: readonly z.core.$ZodIssue[], yaml: YamlSource, file: string): ContentError[] {
  return issues.map((issue) => {
    // An unknown field is reported at its own line, not at the entry holding it.
    const at = issue.code === "unrecognized_keys" ? [...issue.path, issue.keys[0]!] : issue.path;
    const missing = issue.code === "invalid_type" && valueAt(yaml.data, issue.path) === undefined;
    return new ContentError(file, yaml.lineAt(at), fieldName(issue.path) || undefined, missing ? "is missing" : describeIssue(issue));
  });
}

/** Parses a YAML file against a schema (refusing one over the size limit first); throws the first problem as a ContentError. */
export function parseYamlFile<T>(schema: z.ZodType<T>, text: string, file: string): { value: T; yaml: YamlSource } {
  const tooLarge = contentTooLarge(text, file);
  if (tooLarge) throw tooLarge;
  const yaml = readYaml(text, file);
  const result = schema.safeParse(yaml.data);
  if (!result.success) throw schemaErrors(result.error.issues, yaml, file)[0]!;
  return { value: result.data, yaml };
}

/** "sources[2].rights.notice" */
export function fieldName(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : `${i > 0 ? "." : ""}${String(p)}`)).join("");
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === "unrecognized_keys") return `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.join(", ")}`;
  if (issue.code === "invalid_value") return `expected one of ${issue.values.map(String).join(", ")}`;
  return issue.message;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((v, k) => (v !== null && typeof v === "object" ? (v as Record<PropertyKey, unknown>)[k] : undefined), data);
}

/** The 1-based line of the node at `path`, or of its nearest existing parent. */
function lineOf(root: Node | null, path: readonly PropertyKey[], lines: LineCounter): number | undefined {
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
