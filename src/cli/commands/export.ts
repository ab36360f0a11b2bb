import { closeSync, existsSync, openSync, readdirSync, readSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { buildHandout, EDITIONS, type Edition } from "../../core/handout/build-handout.ts";
import { ContentError } from "../../core/files/yaml-file.ts";
import type { AssembledSession } from "../../core/sessions/assemble-session.ts";
import { loadSession } from "../../core/sessions/session-file.ts";
import type { Source } from "../../core/sources/source.ts";
import { readContentFile } from "../content-file.ts";
import { readHandoutTemplate, readModules, readTranslations } from "../content.ts";
import { dim, green, red, shownPath } from "../format.ts";
import { Library } from "../library.ts";
import { isWithin, realPathOf, statOf } from "../real-path.ts";
import { renderPdf } from "../render-pdf.ts";
import { readTrainingKit } from "../training-kit.ts";
import { today } from "../../core/text/calendar-date.ts";
import { makeFolder, refuseReadOnly, writeFileSafely } from "../safe-write.ts";
import { UsageError } from "../usage-error.ts";
import { isUiLanguage, uiLanguages, type UiLanguage } from "../../core/i18n/languages.ts";

export interface ExportArgs {
  root: string;
  session?: string;
  all: boolean;
  edition?: string;
  out?: string;
  paper?: string;
  template?: string;
  /** Which words of an excerpt with a parallel quote to print: both, or a language code. */
  languages?: string;
  /** The language of the handout's own words: en, ru or ky. */
  lang?: string;
}

/** `sourcebook export`: one session and edition to a PDF, or every starter session × edition. */
export async function exportHandouts(args: ExportArgs): Promise<number> {
  if (!args.out) throw new UsageError("export needs --out: a .pdf file, or a folder with --all.");
  const paper = args.paper?.toLowerCase();
  if (paper !== undefined && paper !== "a4" && paper !== "letter")
    throw new UsageError(`--paper must be a4 or letter, not "${args.paper}".`);
  if (args.languages !== undefined && !/^(?:both|[a-z]{2,3})$/.test(args.languages))
    throw new UsageError(`--languages must be both or a language code like en or ru, not "${args.languages}".`);
  if (args.lang !== undefined && !isUiLanguage(args.lang))
    throw new UsageError(`--lang must be one of ${uiLanguages.join(", ")}, not "${args.lang}".`);
  const library = (await Library.open(args.root)).all();
  if (args.all) {
    if (args.session) throw new UsageError("Give either a session file or --all, not both.");
    return exportAll(args, library, paper);
  }
  if (!args.session) throw new UsageError("export needs a session file: sourcebook export <session.yaml> --edition … --out file.pdf.");
  const edition = editionOf(args.edition);
  const out = resolve(args.out);
  guardOutputs(args.root, [out], [args.session]);
  checkPdfTarget(out);
  const session = readSession(args.root, args.session);
  makeFolder(dirname(out));
  const { bytes, draftReasons, warnings } = await renderOne(args.root, session, edition, library, {
    paper,
    template: args.template,
    languages: args.languages,
    lang: args.lang,
  });
  writeFileSafely(out, bytes, { command: "export" });
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
  const editions: Edition[] = args.edition ? [editionOf(args.edition)] : [...EDITIONS];
  const jobs = files.flatMap((f) =>
    editions.map((edition) => ({ file: f, edition, out: join(outDir, `${f.replace(/\.yaml$/, "")}-${edition}.pdf`) })),
  );
  guardOutputs(
    args.root,
    [outDir, ...jobs.map((j) => j.out)],
    files.map((f) => join(dir, f)),
  );
  if (statOf(outDir)?.isDirectory() === false)
    throw new UsageError(`--out ${shownPath(outDir)} is a file, not a folder; --all writes one PDF per session and edition into a folder.`);
  for (const job of jobs) checkPdfTarget(job.out);
  makeFolder(outDir);
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
  const printable = jobs.filter((job) => sessions.has(job.file));
  let done = 0;
  try {
    for (const job of printable) {
      progress(done, printable.length, `${job.file.replace(/\.yaml$/, "")} · ${job.edition}`);
      const { bytes } = await renderOne(args.root, sessions.get(job.file)!, job.edition, library, {
        paper,
        template: args.template,
        languages: args.languages,
        lang: args.lang,
      });
      writeFileSafely(job.out, bytes, { command: "export" });
      done++;
    }
  } catch (e) {
    if (process.stderr.isTTY) process.stderr.write("\n"); // end the progress bar before the error
    if (e instanceof UsageError && done > 0)
      throw new UsageError(`${e.message} The ${done} handout${done > 1 ? "s" : ""} before it ${done > 1 ? "were" : "was"} written.`);
    throw e;
  }
  progress(done, printable.length, "done");
  if (process.stderr.isTTY) process.stderr.write("\n");
  console.log(`${green("✔")} ${printable.length} handouts in ${relative(process.cwd(), outDir) || outDir}`);
  if (refused.length === 0) return 0;
  console.error(`${red("✘")} ${refused.length} session file${refused.length === 1 ? " was" : "s were"} not printed (see above).`);
  return 2;
}

async function renderOne(
  root: string,
  session: AssembledSession,
  edition: Edition,
  sources: Source[],
  options: { paper: "a4" | "letter" | undefined; template: string | undefined; languages: string | undefined; lang: string | undefined },
) {
  const { paper, template, languages } = options;
  const lang = options.lang as UiLanguage | undefined; // checked by exportHandouts
  const tpl = readHandoutTemplate(root, template ?? session.session.handout ?? "default");
  const kit = readTrainingKit(root);
  const handout = buildHandout({
    session,
    template: tpl,
    edition,
    sources,
    kit,
    printedOn: today(),
    ...(paper ? { paper } : {}),
    ...(languages ? { languages } : {}),
    ...(lang ? { language: lang } : {}),
  });
  return { bytes: await renderPdf(handout.definition), draftReasons: handout.draftReasons, warnings: session.warnings };
}

function readSession(root: string, path: string): AssembledSession {
  if (!existsSync(path)) throw new UsageError(`No such session file: ${path}.`);
  const { modules, problems } = readModules(root);
  const translations = readTranslations(root);
  const name = relative(root, resolve(path)).startsWith("..") ? path : relative(root, resolve(path));
  try {
    return loadSession(readContentFile(path, name), name, modules, translations.printable);
  } catch (e) {
    if (!(e instanceof ContentError)) throw e;
    // A module or translation that failed to parse is named with its own errors, not as "unknown" or missing.
    const broken = [...problems.entries()].find(([id]) => e.problem.includes(`"${id}"`));
    const translation = [...translations.checked.entries()].find(([f, t]) => t.errors.length > 0 && e.problem.includes(`modules/${f})`));
    if (translation)
      throw new UsageError(`${e.message}; the translation has errors: ${translation[1].errors.map((t) => t.message).join("; ")}`);
    throw new UsageError(broken ? `${e.message}; the module file has errors: ${broken[1].join("; ")}` : e.message);
  }
}

function editionOf(value: string | undefined): Edition {
  if (!value) throw new UsageError(`export needs --edition: ${EDITIONS.join(", ")}.`);
  if (!(EDITIONS as readonly string[]).includes(value))
    throw new UsageError(`--edition must be one of ${EDITIONS.join(", ")}, not "${value}".`);
  return value as Edition;
}

/**
 * Output never lands on an input (the session) or in the library's own folders, whatever
 * symbolic links its path, its folders or the file itself pass through: each is compared by
 * where it really lands.
 */
function guardOutputs(root: string, outputs: string[], inputs: string[]): void {
  const library = ["sources", "modules", "templates"].map((name) => ({ name, real: realPathOf(join(root, name)) }));
  const realInputs = new Set(inputs.map((i) => realPathOf(i)));
  for (const out of outputs) {
    const real = realPathOf(out);
    if (realInputs.has(real)) throw new UsageError(`--out ${shownPath(out)} is an input file; it will not be overwritten.`);
    const inside = library.find((d) => isWithin(real, d.real));
    if (inside)
      throw new UsageError(
        `--out ${shownPath(out)}${real === out ? "" : ` (it leads to ${shownPath(real)})`} is inside ${inside.name}/ (the library's own files); choose a folder outside sources/, modules/ and templates/.`,
      );
  }
}

/** A handout may replace an earlier PDF that is not read-only, never a folder or another kind of file. */
function checkPdfTarget(out: string): void {
  const stats = statOf(out);
  refuseReadOnly(stats, shownPath(out), "export");
  if (stats?.isDirectory())
    throw new UsageError(
      `--out ${shownPath(out)} is a folder; give a file name ending in .pdf, or print every session into it with --all.`,
    );
  if (stats && !isPdf(out)) throw new UsageError(`${shownPath(out)} exists and is not a PDF; it will not be overwritten.`);
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

function progress(done: number, total: number, label: string): void {
  if (!process.stderr.isTTY) return void process.stderr.write(`${done}/${total} ${label}\n`);
  const width = 24;
  const filled = Math.round((done / total) * width);
  process.stderr.write(`\r[${"█".repeat(filled)}${"░".repeat(width - filled)}] ${done}/${total} ${label}`.padEnd(80));
}
