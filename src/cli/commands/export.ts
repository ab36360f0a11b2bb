import { existsSync, mkdirSync, openSync, readSync, closeSync, readdirSync, renameSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { buildHandout, EDITIONS, type Edition } from "../../core/handout/build-handout.ts";
import { ContentError } from "../../core/files/yaml-file.ts";
import type { AssembledSession } from "../../core/sessions/assemble-session.ts";
import { loadSession } from "../../core/sessions/session-file.ts";
import type { Source } from "../../core/sources/source.ts";
import { readContentFile } from "../content-file.ts";
import { readHandoutTemplate, readModules } from "../content.ts";
import { dim, green, red } from "../format.ts";
import { Library } from "../library.ts";
import { renderPdf } from "../render-pdf.ts";
import { UsageError } from "../usage-error.ts";

export interface ExportArgs {
  root: string;
  session?: string;
  all: boolean;
  edition?: string;
  out?: string;
  paper?: string;
  template?: string;
}

/** `sourcebook export`: one session and edition to a PDF, or every starter session × edition. */
export async function exportHandouts(args: ExportArgs): Promise<number> {
  if (!args.out) throw new UsageError("export needs --out: a .pdf file, or a folder with --all.");
  const paper = args.paper?.toLowerCase();
  if (paper !== undefined && paper !== "a4" && paper !== "letter")
    throw new UsageError(`--paper must be a4 or letter, not "${args.paper}".`);
  const library = (await Library.open(args.root)).all();
  if (args.all) {
    if (args.session) throw new UsageError("Give either a session file or --all, not both.");
    return exportAll(args, library, paper);
  }
  if (!args.session) throw new UsageError("export needs a session file: sourcebook export <session.yaml> --edition … --out file.pdf.");
  const edition = editionOf(args.edition);
  const out = resolve(args.out);
  guardOutput(args.root, out, [resolve(args.session)]);
  const session = readSession(args.root, args.session);
  const { bytes, draftReasons, warnings } = await renderOne(args.root, session, edition, library, paper, args.template);
  writeAtomically(out, bytes);
  for (const w of warnings) console.error(dim(`warning: ${w}`));
  console.log(
    `${green("✔")} ${relative(process.cwd(), out) || out}${draftReasons.length > 0 ? ` (DRAFT: ${draftReasons.length} reason${draftReasons.length > 1 ? "s" : ""})` : ""}`,
  );
  return 0;
}

async function exportAll(args: ExportArgs, library: Source[], paper: "a4" | "letter" | undefined): Promise<number> {
  const dir = join(args.root, "templates", "sessions");
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(".yaml"))
        .sort()
    : [];
  if (files.length === 0) throw new UsageError(`No starter sessions in ${relative(process.cwd(), dir) || dir}.`);
  const outDir = resolve(args.out!);
  guardOutput(
    args.root,
    outDir,
    files.map((f) => join(dir, f)),
    true,
  );
  mkdirSync(outDir, { recursive: true });
  const editions: Edition[] = args.edition ? [editionOf(args.edition)] : [...EDITIONS];
  // One bad session is named in one line; the others still print, and the exit code says so at the end.
  const sessions = new Map<string, AssembledSession>();
  const refused: string[] = [];
  for (const f of files) {
    try {
      sessions.set(f, readSession(args.root, join(dir, f)));
    } catch (e) {
      if (!(e instanceof UsageError)) throw e;
      refused.push(e.message);
      console.error(`${red("✘")} ${e.message}`);
    }
  }
  const jobs = [...sessions.keys()].flatMap((f) => editions.map((edition) => ({ file: f, edition })));
  let done = 0;
  for (const job of jobs) {
    progress(done, jobs.length, `${job.file.replace(/\.yaml$/, "")} · ${job.edition}`);
    const { bytes } = await renderOne(args.root, sessions.get(job.file)!, job.edition, library, paper, args.template);
    writeAtomically(join(outDir, `${job.file.replace(/\.yaml$/, "")}-${job.edition}.pdf`), bytes);
    done++;
  }
  progress(done, jobs.length, "done");
  process.stderr.write("\n");
  console.log(`${green("✔")} ${jobs.length} handouts in ${relative(process.cwd(), outDir) || outDir}`);
  if (refused.length === 0) return 0;
  console.error(`${red("✘")} ${refused.length} session file${refused.length === 1 ? " was" : "s were"} not printed (see above).`);
  return 2;
}

async function renderOne(
  root: string,
  session: AssembledSession,
  edition: Edition,
  sources: Source[],
  paper: "a4" | "letter" | undefined,
  template?: string,
) {
  const tpl = readHandoutTemplate(root, template ?? session.session.handout ?? "default");
  const handout = buildHandout({ session, template: tpl, edition, sources, ...(paper ? { paper } : {}) });
  return { bytes: await renderPdf(handout.definition), draftReasons: handout.draftReasons, warnings: session.warnings };
}

function readSession(root: string, path: string): AssembledSession {
  if (!existsSync(path)) throw new UsageError(`No such session file: ${path}.`);
  const { modules, problems } = readModules(root);
  const name = relative(root, resolve(path)).startsWith("..") ? path : relative(root, resolve(path));
  try {
    return loadSession(readContentFile(path, name), name, modules);
  } catch (e) {
    if (!(e instanceof ContentError)) throw e;
    // A module that failed to parse is named with its own errors, not as "unknown".
    const broken = [...problems.entries()].find(([id]) => e.problem.includes(`"${id}"`));
    throw new UsageError(broken ? `${e.message}; the module file has errors: ${broken[1].join("; ")}` : e.message);
  }
}

function editionOf(value: string | undefined): Edition {
  if (!value) throw new UsageError(`export needs --edition: ${EDITIONS.join(", ")}.`);
  if (!(EDITIONS as readonly string[]).includes(value))
    throw new UsageError(`--edition must be one of ${EDITIONS.join(", ")}, not "${value}".`);
  return value as Edition;
}

/** Output never lands on an input: the session, sources, modules or templates. */
function guardOutput(root: string, out: string, inputs: string[], isDir = false): void {
  const protectedDirs = ["sources", "modules", "templates"].map((d) => resolve(root, d));
  for (const input of inputs) {
    if (resolve(input) === out) throw new UsageError(`--out ${basename(out)} is an input file; it will not be overwritten.`);
  }
  for (const d of protectedDirs) {
    if (out === d || out.startsWith(d + sep))
      throw new UsageError(`--out must not be inside ${relative(root, d)}/ (the library's own files).`);
  }
  if (!isDir && existsSync(out) && !isPdf(out))
    throw new UsageError(`${basename(out)} exists and is not a PDF; it will not be overwritten.`);
  if (isDir && existsSync(out) && !existsSync(join(out, "."))) throw new UsageError(`${out} is not a folder.`);
}

function isPdf(path: string): boolean {
  const fd = openSync(path, "r");
  try {
    const head = Buffer.alloc(5);
    readSync(fd, head, 0, 5, 0);
    return head.toString("latin1") === "%PDF-";
  } finally {
    closeSync(fd);
  }
}

/** Written beside the target first, so a failed write leaves any earlier file whole. */
function writeAtomically(path: string, bytes: Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, bytes);
  renameSync(temp, path);
}

function progress(done: number, total: number, label: string): void {
  if (!process.stderr.isTTY && done !== total && done !== 0) return void process.stderr.write(`${done}/${total} ${label}\n`);
  const width = 24;
  const filled = Math.round((done / total) * width);
  process.stderr.write(`\r[${"█".repeat(filled)}${"░".repeat(width - filled)}] ${done}/${total} ${label}`.padEnd(80));
}
