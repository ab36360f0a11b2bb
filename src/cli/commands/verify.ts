import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { acknowledgements } from "../../core/citations/acknowledgements.ts";
import { excerptAt, reanchor } from "../../core/citations/anchor.ts";
import { checkParallel, parallelFailure } from "../../core/citations/parallel-quote.ts";
import { CitationInputError, type Verdict } from "../../core/citations/verify.ts";
import { ContentError } from "../../core/files/yaml-file.ts";
import {
  AnchorLockSchema,
  emptyLock,
  findLocked,
  lockedExcerpt,
  lockEntry,
  serializeLock,
  type AnchorLock,
  type LockEntry,
} from "../../core/citations/anchor-lock.ts";
import { incompleteReasons } from "../../core/modules/incomplete-module.ts";
import { CAUTION_KINDS, type CautionKind } from "../../core/schema/caution-kinds.ts";
import type { ExcerptNode } from "../../core/schema/module.ts";
import { diffLine, dim, green, red, table, yellow } from "../format.ts";
import { checkQuote } from "../check-quote.ts";
import { checkTranslationFile, parseModuleFile } from "../content.ts";
import { translatedFromLine, translationFileName } from "../../core/modules/translation-file.ts";
import { withFileLock } from "../file-lock.ts";
import type { Library } from "../library.ts";
import { writeFileSafely } from "../safe-write.ts";
import { plural } from "../../core/text/plural.ts";
import { furtherReadingIds } from "../training-kit.ts";
import { UsageError } from "../usage-error.ts";

export interface VerifyArgs {
  root: string;
  /** Read lazily: only the sources the modules cite are parsed. */
  library: Library;
  files: string[];
  json: boolean;
  /** Rewrite modules/anchors.lock.json from this run. */
  update: boolean;
  /** Fail (exit 1) on any caution the module does not acknowledge. */
  strict: boolean;
}

/** What became of one excerpt. `anchor` says how it relates to the lock file. */
interface ExcerptResult {
  file: string;
  line: number;
  sourceId: string;
  locator: string;
  status: "verified" | "rejected";
  reason?: string;
  message: string;
  anchor: "locked" | "new" | "source-changed";
  /** Where the verified words may still mislead, and whether the module acknowledges each. */
  cautions: { kind: CautionKind; message: string; acknowledged: boolean }[];
  /** Kinds the excerpt acknowledges that its quote no longer has. */
  staleAcknowledgements: CautionKind[];
  verdict?: Verdict;
  entry?: LockEntry;
}

interface FileResult {
  file: string;
  moduleId?: string;
  /** For a module's translation: the module it translates (its excerpts are the original's; the lock is the original's). */
  translationOf?: string;
  /** A translation made from an earlier version of its original: the original's file and its fingerprint now. */
  outdated?: { original: string; fingerprint: string };
  errors: string[];
  /** What the module lacks to print as final (no summary, no objectives): reported, not failed. */
  incomplete: string[];
  excerpts: ExcerptResult[];
}

const LOCK = join("modules", "anchors.lock.json");

/** `sourcebook verify`: every excerpt of the given module files (all of modules/ by default). */
export function verifyModules(args: VerifyArgs): number {
  const files = args.files.length > 0 ? args.files.map((f) => resolve(f)) : moduleFiles(args.root);
  for (const f of files) if (!existsSync(f)) throw new UsageError(`No such module file: ${relative(process.cwd(), f) || f}.`);
  const lock = readLock(args.root);
  const cited = { library: args.library, furtherReading: furtherReadingIds(args.root) };
  const results = files.map((file) => verifyFile(file, relative(args.root, file) || file, cited, lock));
  const rejected = results.flatMap((r) => r.excerpts.filter((e) => e.status === "rejected"));
  const broken = results.filter((r) => r.errors.length > 0);
  if (args.update) writeLock(args.root, results);
  const cautions = cautionCounts(results);

  if (args.json) {
    const files = results.map(({ excerpts, ...r }) => ({ ...r, excerpts: excerpts.map(({ verdict: _v, entry: _e, ...e }) => e) }));
    console.log(JSON.stringify({ files, rejected: rejected.length, errors: broken.length, cautions }, null, 2));
  } else if (results.length === 0) {
    console.log("No module files to verify.");
  } else {
    printReport(results, rejected, broken, args.update, () => {
      printCautionSummary(cautions, args.strict);
      printOutdated(results, args.strict);
    });
  }
  const outdated = results.filter((r) => r.outdated).length;
  const strictFailure = args.strict && (cautions.unacknowledged > 0 || outdated > 0);
  return rejected.length + broken.length > 0 || strictFailure ? 1 : 0;
}

/** The cautions of a run, by kind, and how many the modules acknowledge. */
type CautionCounts = Record<CautionKind, number> & { total: number; acknowledged: number; unacknowledged: number };

function cautionCounts(results: FileResult[]): CautionCounts {
  const all = results.flatMap((r) => r.excerpts.flatMap((e) => e.cautions));
  const acknowledged = all.filter((c) => c.acknowledged).length;
  const byKind = Object.fromEntries(CAUTION_KINDS.map((k) => [k, all.filter((c) => c.kind === k).length])) as Record<CautionKind, number>;
  return { ...byKind, total: all.length, acknowledged, unacknowledged: all.length - acknowledged };
}

/** Each caution with its file, line and locator (acknowledged ones marked), and acknowledgements that no longer apply. */
function printCautions(results: FileResult[]): void {
  const excerpts = results.flatMap((r) => r.excerpts);
  const lines = excerpts.flatMap((e) =>
    e.cautions.map(
      (c) =>
        `${yellow("⚠")} ${e.file}:${e.line} ${e.sourceId} "${e.locator}": ${c.kind}${c.acknowledged ? " (acknowledged)" : ""}: ${c.message}`,
    ),
  );
  if (lines.length > 0) console.log(`\n${lines.join("\n")}`);
  for (const e of excerpts)
    for (const kind of e.staleAcknowledgements)
      console.log(
        `\n${dim(`• ${e.file}:${e.line}`)} ${e.sourceId} "${e.locator}" acknowledges ${kind}, which no longer applies; take it out of acknowledge=.`,
      );
}

/** The counts by kind; whether --strict fails on them. */
function printCautionSummary(counts: CautionCounts, strict: boolean): void {
  if (counts.total === 0) return;
  const kinds = CAUTION_KINDS.filter((k) => counts[k] > 0).map((k) => `${counts[k]} ${k}`);
  const open = counts.unacknowledged > 0;
  console.log(
    `${open ? (strict ? red("✘") : yellow("⚠")) : green("✔")} ${plural(counts.total, "caution")} on verified words (${kinds.join(", ")}): ${counts.acknowledged} acknowledged, ${counts.unacknowledged} not.`,
  );
  if (open)
    console.log(
      dim(
        `An unacknowledged caution prints its handouts as DRAFT: check each, then acknowledge it in the module file (:::excerpt <source> "<locator>" acknowledge=<kind>).${strict ? "" : " verify --strict fails on them."}`,
      ),
    );
}

/** Each outdated translation: what to look at, and the fingerprint that marks it current once updated. */
function printOutdated(results: FileResult[], strict: boolean): void {
  for (const r of results) {
    if (!r.outdated) continue;
    const { original, fingerprint } = r.outdated;
    console.log(
      `${strict ? red("✘") : yellow("⚠")} ${r.file} is outdated: ${original} changed after it was translated, so its handouts print as DRAFT.${strict ? "" : " verify --strict fails on it."}`,
    );
    console.log(
      dim(`  See what changed since the translation was last committed: git diff $(git log -1 --format=%H -- ${r.file}) -- ${original}`),
    );
    console.log(
      dim(
        `  Once the translation says what the original says now, mark it current in its front matter: ${translatedFromLine(fingerprint)}`,
      ),
    );
  }
}

function printReport(results: FileResult[], rejected: ExcerptResult[], broken: FileResult[], updated: boolean, summary: () => void): void {
  const count = (r: FileResult, f: (e: ExcerptResult) => boolean) => String(r.excerpts.filter(f).length);
  console.log(
    table([
      ["module", "excerpts", "verified", "rejected", "not in lock", "source changed", "cautions"],
      ...results.map((r) =>
        r.errors.length > 0
          ? [r.file, "-", "-", red(`${r.errors.length} error${r.errors.length > 1 ? "s" : ""}`), "-", "-", "-"]
          : [
              r.file,
              String(r.excerpts.length),
              count(r, (e) => e.status === "verified"),
              count(r, (e) => e.status === "rejected"),
              count(r, (e) => e.anchor === "new"),
              count(r, (e) => e.anchor === "source-changed"),
              cautionCell(r),
            ],
      ),
    ]),
  );
  for (const r of broken) for (const e of r.errors) console.log(`\n${red("✘")} ${e}`);
  for (const e of rejected) {
    console.log(`\n${red(`✘ ${e.file}:${e.line}`)} ${e.sourceId} "${e.locator}": ${e.reason}: ${e.message}`);
    if (e.verdict?.status === "rejected" && e.verdict.closest) console.log(`  diff: ${diffLine(e.verdict.closest.diff)}`);
  }
  printCautions(results);
  for (const r of results)
    if (r.incomplete.length > 0)
      console.log(`\n${dim("•")} ${r.file} is incomplete: ${r.incomplete.join(" ")} Its handouts print as DRAFT.`);
  const changed = results.flatMap((r) => r.excerpts.filter((e) => e.anchor === "source-changed" && e.status === "verified"));
  for (const e of changed)
    console.log(`\n${dim(`• ${e.file}:${e.line}`)} ${e.sourceId} changed since this excerpt was anchored; ${e.message}`);
  const total = results.reduce((n, r) => n + r.excerpts.length, 0);
  const fresh = results.reduce((n, r) => n + r.excerpts.filter((e) => e.anchor !== "locked").length, 0);
  const ok = rejected.length + broken.length === 0;
  console.log(
    `\n${ok ? green("✔") : red("✘")} ${total - rejected.length} of ${total} excerpts verified in ${results.length} module file${results.length === 1 ? "" : "s"}.`,
  );
  summary();
  if (updated) console.log(`Wrote ${LOCK}.`);
  else if (fresh > 0)
    console.log(
      dim(
        `${fresh} excerpt${fresh === 1 ? " is" : "s are"} new or re-anchored since ${LOCK} was written; run sourcebook verify --update to record them.`,
      ),
    );
}

/** A module's cautions: "3", or "3 (1 acknowledged)". */
function cautionCell(r: FileResult): string {
  const all = r.excerpts.flatMap((e) => e.cautions);
  const acknowledged = all.filter((c) => c.acknowledged).length;
  return acknowledged > 0 ? `${all.length} (${acknowledged} acknowledged)` : String(all.length);
}

/** Every module file of modules/, sorted. */
export function moduleFiles(root: string): string[] {
  const dir = join(root, "modules");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => join(dir, f));
}

function readLock(root: string): AnchorLock {
  const path = join(root, LOCK);
  if (!existsSync(path)) return emptyLock();
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, "utf8"));
  } catch (e) {
    throw new UsageError(`${LOCK} is not valid JSON (${(e as Error).message}); fix it or delete it and run sourcebook verify --update.`);
  }
  const lock = AnchorLockSchema.safeParse(data);
  if (!lock.success)
    throw new UsageError(
      `${LOCK}: ${lock.error.issues[0]!.path.join(".")}: ${lock.error.issues[0]!.message}; delete it and run sourcebook verify --update.`,
    );
  return lock.data;
}

/**
 * Records every verified excerpt of the modules checked; other modules' entries stay. The lock
 * file is read again and rewritten while holding `anchors.lock.json.lock`, so a run at the same
 * time on other modules loses none of its entries.
 */
function writeLock(root: string, results: FileResult[]): void {
  const path = join(root, LOCK);
  withFileLock(path, { shown: LOCK }, () => {
    const lock = readLock(root);
    for (const r of results) {
      // A translation's excerpts are its original's: the original's entry is the one recorded.
      if (!r.moduleId || r.translationOf || r.errors.length > 0) continue;
      lock.modules[r.moduleId] = r.excerpts.filter((e) => e.entry).map((e) => e.entry!);
    }
    writeFileSafely(path, serializeLock(lock), { shown: LOCK, command: "verify --update" });
  });
}

/** What an excerpt may cite: the library's sources; further reading is known only to be refused in words. */
interface Citable {
  library: Library;
  furtherReading: ReadonlySet<string>;
}

function verifyFile(path: string, name: string, cited: Citable, lock: AnchorLock): FileResult {
  if (translationFileName(name)) return verifyTranslation(path, name, cited, lock);
  const parsed = parseModuleFile(path, name);
  if (!parsed.module) return { file: name, errors: parsed.errors.map((e) => e.message), incomplete: [], excerpts: [] };
  const moduleId = parsed.module.meta.id;
  const errors = parsed.errors.map((e) => e.message);
  const expectedName = `${moduleId}.md`;
  if (!name.endsWith(expectedName))
    errors.push(new ContentError(name, 2, "id", `"${moduleId}" does not match the file name (expected ${expectedName})`).message);
  const excerpts = parsed.module.body.flatMap((node, i) =>
    node.kind === "excerpt" ? [checkExcerpt(node, name, parsed.lines[i]!, moduleId, cited, lock)] : [],
  );
  return { file: name, moduleId, errors, incomplete: incompleteReasons(parsed.module.meta), excerpts };
}

/** A module's translation: the mirror check, its original quotes and parallel quotes, and whether it is current. */
function verifyTranslation(path: string, name: string, cited: Citable, lock: AnchorLock): FileResult {
  const checked = checkTranslationFile(path, name);
  const errors = checked.errors.map((e) => e.message);
  const t = checked.translation;
  if (!t) return { file: name, errors, incomplete: [], excerpts: [] };
  const of = t.meta["translation-of"];
  const excerpts = t.body.flatMap((node, i) =>
    node.kind === "excerpt" ? [checkExcerpt(node, name, checked.lines[i]!, of, cited, lock)] : [],
  );
  const outdated = checked.status && !checked.status.current;
  return {
    file: name,
    moduleId: of,
    translationOf: of,
    errors,
    incomplete: incompleteReasons(t.meta),
    excerpts,
    ...(outdated ? { outdated: { original: join(dirname(name), `${of}.md`), fingerprint: checked.status!.fingerprint } } : {}),
  };
}

function checkExcerpt(node: ExcerptNode, file: string, line: number, moduleId: string, cited: Citable, lock: AnchorLock): ExcerptResult {
  const base = { file, line, sourceId: node.sourceId, locator: node.locator, cautions: [], staleAcknowledgements: [] };
  const library = cited.library;
  if (!library.has(node.sourceId) && cited.furtherReading.has(node.sourceId))
    return {
      ...base,
      status: "rejected",
      reason: "further-reading",
      message: `"${node.sourceId}" is further reading, cited in the bibliography only; it has no text in the library to quote.`,
      anchor: "new",
    };
  if (!library.has(node.sourceId))
    return {
      ...base,
      status: "rejected",
      reason: "unknown-source",
      message: `no source "${node.sourceId}" in sources/catalog.yaml`,
      anchor: "new",
    };
  const source = library.source(node.sourceId);
  let verdict: Verdict;
  try {
    verdict = checkQuote(library, source, node.quote, node.locator);
  } catch (e) {
    if (e instanceof CitationInputError)
      return { ...base, status: "rejected", reason: "unusable-quote", message: e.message, anchor: "new" };
    throw e;
  }
  const locked = findLocked(lock, moduleId, node.sourceId, node.quote);
  const changed = locked !== undefined && locked.fingerprint !== source.fingerprint;
  const anchor = !locked ? "new" : changed ? "source-changed" : "locked";
  let message = verdict.message;
  if (changed && verdict.status === "rejected") {
    // The source file changed since the excerpt was anchored: say where the words went.
    const again = reanchor(lockedExcerpt(locked, node.quote), source);
    message = `the source changed since this excerpt was anchored. ${again.message} (${verdict.message})`;
  }
  const parallelCheck = checkParallel(node, (id) => (library.has(id) ? library.source(id) : undefined));
  const parallel = parallelFailure(parallelCheck, node.parallel?.sourceId ?? "");
  if (verdict.status === "verified" && parallel) {
    // The diff shown is the translation's: that is what to fix.
    const shown = parallelCheck && "verdict" in parallelCheck ? parallelCheck.verdict : verdict;
    return { ...base, status: "rejected", reason: "parallel", message: parallel, anchor, verdict: shown };
  }
  const { cautions, stale } = acknowledgements(verdict, node.acknowledge);
  const result: ExcerptResult = {
    ...base,
    status: verdict.status,
    message,
    anchor,
    cautions: cautions.map(({ kind, message, acknowledged }) => ({ kind, message, acknowledged })),
    staleAcknowledgements: stale,
    verdict,
    ...(verdict.status === "rejected" ? { reason: verdict.reason } : {}),
  };
  if (verdict.status === "verified") {
    const { locator, start, end } = verdict.match;
    result.entry = lockEntry(excerptAt(source, node.quote, locator, start, end));
  }
  return result;
}
