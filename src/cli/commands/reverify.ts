import { existsSync } from "node:fs";
import { relative, resolve } from "node:path";
import { checkAgainstEdition, type EditionCheck, type EditionOutcome } from "../../core/citations/edition-check.ts";
import { ContentError } from "../../core/files/content-error.ts";
import { citeEdition } from "../../core/modules/cite-edition.ts";
import { frontMatterComments } from "../../core/modules/front-matter-comments.ts";
import { parseModule } from "../../core/modules/parse-module.ts";
import { serializeModule } from "../../core/modules/serialize-module.ts";
import type { Module } from "../../core/schema/module.ts";
import type { Source } from "../../core/sources/source.ts";
import { plural } from "../../core/text/plural.ts";
import { readContentFile } from "../content-file.ts";
import { diffLine, dim, green, red, yellow } from "../format.ts";
import type { Library } from "../library.ts";
import { writeFileSafely } from "../safe-write.ts";
import { UsageError } from "../usage-error.ts";
import { moduleFiles } from "./verify.ts";
import { translationFileName } from "../../core/modules/translation-file.ts";

export interface ReverifyArgs {
  root: string;
  library: Library;
  from: string;
  to: string;
  files: string[];
  json: boolean;
  /** Rewrite the unchanged and moved excerpts to cite the new edition. */
  write: boolean;
}

/** One excerpt citing the old edition, and what became of it in the new one. */
interface ExcerptResult extends EditionCheck {
  file: string;
  line: number;
  quote: string;
}

interface FileResult {
  file: string;
  path: string;
  errors: string[];
  excerpts: ExcerptResult[];
  /** The parsed module and the body index of each excerpt result, for --write. */
  module?: Module;
  text?: string;
  indices: number[];
  /** --write: how many excerpts were rewritten, or why the file was left as it was. */
  written?: number;
  unwritten?: string;
}

const OUTCOMES: EditionOutcome[] = ["unchanged", "moved", "changed", "gone"];
const FOLLOWS = new Set<EditionOutcome>(["unchanged", "moved"]);

/**
 * `sourcebook reverify --from <old> --to <new>`: every excerpt citing the old edition, checked
 * against the new. Exit 0 when all are unchanged or moved, 1 when any changed or is gone (or a
 * module could not be read, or --write had to leave one as it was), 2 on a usage error.
 */
export function reverify(args: ReverifyArgs): number {
  if (args.from === args.to) throw new UsageError(`--from and --to are both "${args.from}"; give the old edition and the new one.`);
  const old = args.library.source(args.from);
  const next = args.library.source(args.to);
  // A translation is not rewritten here: once its original cites the new edition, verify's mirror check names each excerpt to follow.
  const files = args.files.length > 0 ? args.files.map((f) => resolve(f)) : moduleFiles(args.root).filter((f) => !translationFileName(f));
  for (const f of files) if (!existsSync(f)) throw new UsageError(`No such module file: ${relative(process.cwd(), f) || f}.`);
  const results = files.map((path) => checkFile(path, relative(args.root, path) || path, old, next));
  if (args.write) for (const r of results) writeFile(r, args.to);
  const excerpts = results.flatMap((r) => r.excerpts);
  const counts = Object.fromEntries(OUTCOMES.map((o) => [o, excerpts.filter((e) => e.outcome === o).length])) as Record<
    EditionOutcome,
    number
  >;
  const broken = results.filter((r) => r.errors.length > 0);
  if (args.json) console.log(JSON.stringify(jsonReport(args, results, counts), null, 2));
  else printReport(args, results, counts);
  const unwritten = results.filter((r) => r.unwritten).length;
  return counts.changed + counts.gone + broken.length + unwritten > 0 ? 1 : 0;
}

function checkFile(path: string, name: string, old: Source, next: Source): FileResult {
  const result: FileResult = { file: name, path, errors: [], excerpts: [], indices: [] };
  let text: string;
  try {
    text = readContentFile(path, name);
  } catch (e) {
    if (!(e instanceof ContentError)) throw e;
    return { ...result, errors: [e.message] };
  }
  const parsed = parseModule(text, name);
  result.errors = parsed.errors.map((e) => e.message);
  if (!parsed.module) return result;
  parsed.module.body.forEach((node, i) => {
    if (node.kind !== "excerpt" || node.sourceId !== old.entry.id) return;
    const check = checkAgainstEdition(old, next, node.quote, node.locator);
    result.excerpts.push({ file: name, line: parsed.lines[i]!, quote: node.quote, ...check });
    result.indices.push(i);
  });
  return { ...result, module: parsed.module, text };
}

/** Rewrites a module's unchanged and moved excerpts to cite `to`; changed and gone ones stay as they are. */
function writeFile(r: FileResult, to: string): void {
  const follow = r.excerpts.flatMap((e, k) => (FOLLOWS.has(e.outcome) ? [{ e, index: r.indices[k]! }] : []));
  if (follow.length === 0 || !r.module || r.text === undefined) return;
  if (r.errors.length > 0) {
    r.unwritten = `${r.file} has errors (above); reverify --write left it as it was.`;
    return;
  }
  const comment = frontMatterComments(r.text)[0];
  if (comment) {
    r.unwritten = `${r.file}:${comment.line}: the front matter has a comment (${comment.text}), which rewriting the module cannot keep; reverify --write left the file as it was.`;
    return;
  }
  const module = citeEdition(r.module, to, new Map(follow.map(({ e, index }) => [index, e.newLocator!])));
  writeFileSafely(r.path, serializeModule(module), { shown: r.file, command: "reverify --write" });
  r.written = follow.length;
}

function jsonReport(args: ReverifyArgs, results: FileResult[], counts: Record<EditionOutcome, number>) {
  return {
    from: args.from,
    to: args.to,
    files: results.map((r) => ({
      file: r.file,
      errors: r.errors,
      excerpts: r.excerpts.map(({ file: _f, closest, ...e }) => ({
        ...e,
        ...(closest ? { closest: { locator: closest.locator, text: closest.text, diff: closest.diff, summary: closest.summary } } : {}),
      })),
      ...(args.write ? { written: r.written ?? 0 } : {}),
      ...(r.unwritten ? { unwritten: r.unwritten } : {}),
    })),
    ...counts,
    errors: results.filter((r) => r.errors.length > 0).length,
  };
}

const MARK: Record<EditionOutcome, (s: string) => string> = { unchanged: green, moved: green, changed: red, gone: red };

function printReport(args: ReverifyArgs, results: FileResult[], counts: Record<EditionOutcome, number>): void {
  for (const r of results) for (const e of r.errors) console.log(`${red("✘")} ${e}`);
  const excerpts = results.flatMap((r) => r.excerpts);
  for (const e of excerpts) {
    const place = e.outcome === "moved" ? `"${e.oldLocator}" → "${e.newLocator}"` : `"${e.oldLocator}"`;
    console.log(`${MARK[e.outcome](e.outcome.padEnd(9))} ${e.file}:${e.line} ${place}`);
    if (e.outcome === "changed") {
      console.log(`  ${e.message}`);
      if (e.closest) console.log(`  diff (${args.to} → excerpt): ${diffLine(e.closest.diff)}`);
    } else if (e.outcome === "gone") console.log(`  ${e.message}`);
  }
  const total = excerpts.length;
  const summary = OUTCOMES.map((o) => `${counts[o]} ${o}`).join(", ");
  const ok = counts.changed + counts.gone === 0 && results.every((r) => r.errors.length === 0);
  console.log(
    `\n${ok ? green("✔") : red("✘")} ${plural(total, "excerpt")} citing ${args.from} in ${plural(results.length, "module file")}, checked against ${args.to}: ${summary}.`,
  );
  for (const r of results) {
    if (r.unwritten) console.log(`${yellow("⚠")} ${r.unwritten}`);
    if (r.written) console.log(`Rewrote ${plural(r.written, "excerpt")} of ${r.file} to cite ${args.to}.`);
  }
  const rewritten = results.reduce((n, r) => n + (r.written ?? 0), 0);
  if (rewritten > 0) console.log(dim("Run sourcebook verify --update to record where the rewritten excerpts are now."));
  else if (!args.write && counts.unchanged + counts.moved > 0)
    console.log(
      dim(`reverify --write rewrites the unchanged and moved excerpts to cite ${args.to}; it never touches changed or gone ones.`),
    );
}
