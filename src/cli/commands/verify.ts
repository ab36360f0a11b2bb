import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { CitationInputError, verifyQuote, type Verdict } from "../../core/citations/verify.ts";
import { excerptBlocks, ModuleSyntaxError, type ExcerptBlock } from "../../core/modules/excerpt-blocks.ts";
import { diffLine, green, red, table } from "../format.ts";
import { loadLibrary } from "../library.ts";
import { UsageError } from "../usage-error.ts";

export interface VerifyArgs {
  root: string;
  files: string[];
  json: boolean;
}

interface ExcerptResult {
  file: string;
  line: number;
  sourceId: string;
  locator?: string;
  quote: string;
  status: "verified" | "rejected";
  reason?: string;
  message: string;
  verdict?: Verdict;
}

interface FileResult {
  file: string;
  error?: string;
  excerpts: ExcerptResult[];
}

/** `sourcebook verify`: every excerpt of the given module files (all of modules/ by default). */
export function verifyModules(args: VerifyArgs): number {
  const files = args.files.length > 0 ? args.files.map((f) => resolve(f)) : moduleFiles(args.root);
  for (const f of files) if (!existsSync(f)) throw new UsageError(`No such module file: ${relative(process.cwd(), f) || f}.`);
  const library = loadLibrary(args.root);
  const results: FileResult[] = files.map((file) => verifyFile(file, relative(args.root, file) || file, library));
  const rejected = results.flatMap((r) => r.excerpts.filter((e) => e.status === "rejected"));
  const broken = results.filter((r) => r.error);
  if (args.json) {
    console.log(JSON.stringify({ files: results.map(({ excerpts, ...r }) => ({ ...r, excerpts: excerpts.map(({ verdict: _v, ...e }) => e) })), rejected: rejected.length, errors: broken.length }, null, 2));
  } else if (results.length === 0) {
    console.log("No module files to verify.");
  } else {
    console.log(
      table([
        ["module", "excerpts", "verified", "rejected"],
        ...results.map((r) => [r.file, String(r.excerpts.length), String(r.excerpts.filter((e) => e.status === "verified").length), r.error ? red("unreadable") : String(r.excerpts.filter((e) => e.status === "rejected").length)]),
      ]),
    );
    for (const r of broken) console.log(`\n${red("✘")} ${r.error}`);
    for (const e of rejected) {
      console.log(`\n${red(`✘ ${e.file}:${e.line}`)} ${e.sourceId}${e.locator ? ` "${e.locator}"` : ""}: ${e.reason}: ${e.message}`);
      if (e.verdict?.closest) console.log(`  diff: ${diffLine(e.verdict.closest.diff)}`);
    }
    const total = results.reduce((n, r) => n + r.excerpts.length, 0);
    const summary = `${total - rejected.length} of ${total} excerpts verified in ${results.length} module file${results.length === 1 ? "" : "s"}`;
    console.log(`\n${rejected.length + broken.length === 0 ? green("✔") : red("✘")} ${summary}.`);
  }
  return rejected.length + broken.length > 0 ? 1 : 0;
}

function moduleFiles(root: string): string[] {
  const dir = join(root, "modules");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => join(dir, f));
}

function verifyFile(path: string, name: string, library: ReturnType<typeof loadLibrary>): FileResult {
  let blocks: ExcerptBlock[];
  try {
    blocks = excerptBlocks(readFileSync(path, "utf8"));
  } catch (e) {
    if (e instanceof ModuleSyntaxError) return { file: name, error: `${name}:${e.line}: ${e.problem}`, excerpts: [] };
    throw e;
  }
  return {
    file: name,
    excerpts: blocks.map((b) => {
      const base = { file: name, line: b.line, sourceId: b.sourceId, quote: b.quote, ...(b.locator !== undefined ? { locator: b.locator } : {}) };
      const source = library.find((s) => s.entry.id === b.sourceId);
      if (!source) return { ...base, status: "rejected" as const, reason: "unknown-source", message: `no source "${b.sourceId}" in sources/catalog.yaml` };
      try {
        const verdict = verifyQuote(source, b.quote, { library, ...(b.locator ? { locator: b.locator } : {}) });
        return { ...base, status: verdict.status, ...(verdict.reason ? { reason: verdict.reason } : {}), message: verdict.message, verdict };
      } catch (e) {
        if (e instanceof CitationInputError) return { ...base, status: "rejected" as const, reason: "unusable-quote", message: e.message };
        throw e;
      }
    }),
  };
}
