import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const projectRoot = join(import.meta.dirname, "..", "..");

export interface RunOptions {
  cwd?: string;
  /** Added to the environment. */
  env?: Record<string, string>;
  /** Standard input. */
  input?: string;
  /** The package whose bin/sourcebook.js runs (default: this one). */
  project?: string;
}

/** Runs the real `sourcebook` bin as a user would, without colours. */
export function sourcebook(args: string[], options: RunOptions = {}) {
  const project = options.project ?? projectRoot;
  const r = spawnSync(process.execPath, [join(project, "bin", "sourcebook.js"), ...args], {
    cwd: options.cwd ?? projectRoot,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", ...options.env },
    ...(options.input !== undefined ? { input: options.input } : {}),
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The same, run in the background: for several runs at once. */
export function sourcebookAsync(
  args: string[],
  options: RunOptions = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const project = options.project ?? projectRoot;
  const child = spawn(process.execPath, [join(project, "bin", "sourcebook.js"), ...args], {
    cwd: options.cwd ?? projectRoot,
    env: { ...process.env, NO_COLOR: "1", ...options.env },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
  child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
  child.stdin.end(options.input ?? "");
  return new Promise((done, fail) => {
    child.on("error", fail);
    child.on("close", (code) => done({ code, stdout, stderr }));
  });
}

/** A throw-away copy of the library (sources/ and modules/) to change freely. */
export function libraryCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), "sourcebook-"));
  cpSync(join(projectRoot, "sources"), join(dir, "sources"), { recursive: true });
  return dir;
}

/** A library copy with the shipped modules and templates, for printing. */
export function printingLibrary(): string {
  const dir = libraryCopy();
  cpSync(join(projectRoot, "modules"), join(dir, "modules"), { recursive: true });
  cpSync(join(projectRoot, "templates"), join(dir, "templates"), { recursive: true });
  return dir;
}

/**
 * A throw-away copy of the package's code (bin/, src/, sources/, package files) to edit: its own
 * node_modules folder links to this one's packages, so its build and cache are its own.
 */
export function projectCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), "sourcebook-project-"));
  for (const item of ["bin", "src", "sources", "package.json", "package-lock.json"])
    cpSync(join(projectRoot, item), join(dir, item), { recursive: true });
  mkdirSync(join(dir, "node_modules"));
  for (const name of readdirSync(join(projectRoot, "node_modules")))
    if (name !== ".cache") symlinkSync(join(projectRoot, "node_modules", name), join(dir, "node_modules", name));
  return dir;
}

/** Every file under `dir`, relative, sorted. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}
