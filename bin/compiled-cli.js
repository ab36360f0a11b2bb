// The compiled command: where it lives, and whether it still matches the files it was built from.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const PACKAGE_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const BUILD_DIR = join(PACKAGE_ROOT, "node_modules", ".cache", "sourcebook", "cli");
export const MANIFEST = join(BUILD_DIR, "current.json");

/** The code that turns library files into what the parse cache keeps (catalog, reading text, index): its entries are only as good as it. */
const PARSER_CODE = [
  "src/core/sources",
  "src/extract",
  "src/core/text",
  "src/core/schema",
  "src/core/library",
  "src/core/files",
  "src/core/citations/source-index.ts",
];

/** @param {string} file a path under the package */
export function hashFile(file) {
  return createHash("sha256")
    .update(readFileSync(join(PACKAGE_ROOT, file)))
    .digest("hex");
}

/** What the workbench's extract worker runs besides the parsing code: its search indexer and the worker itself. */
const EXTRACTOR_CODE = [...PARSER_CODE, "src/core/search", "src/app/extract-worker.ts"];

/** A hash of the parsing code and the locked dependencies (YAML, zod), read from disk. */
export function parserVersion() {
  return codeVersion(PARSER_CODE);
}

/** A hash of the code that turns a file into the workbench's reading text and search index: keys what the browser caches of it. */
export function extractorVersion() {
  return codeVersion(EXTRACTOR_CODE);
}

/** @param {string[]} paths files and folders (their .ts files) under the package, with package-lock.json */
function codeVersion(paths) {
  const files = paths.flatMap((path) =>
    path.endsWith(".ts")
      ? [path]
      : readdirSync(join(PACKAGE_ROOT, path), { recursive: true, encoding: "utf8" })
          .filter((f) => f.endsWith(".ts"))
          .map((f) => `${path}/${f}`),
  );
  if (existsSync(join(PACKAGE_ROOT, "package-lock.json"))) files.push("package-lock.json");
  const hash = createHash("sha256");
  for (const f of files.sort()) hash.update(`${f}\0${hashFile(f)}\0`);
  return hash.digest("hex");
}

/**
 * @typedef {{ build: string, parserVersion: string, inputs: Record<string, { mtimeMs: number, size: number, sha256: string }> }} Manifest
 * @returns {{ entry: string, parserVersion: string } | undefined} the built command, when no input changed since
 */
export function freshBuild() {
  /** @type {Manifest} */
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(MANIFEST, "utf8"));
  } catch {
    return undefined;
  }
  const entry = join(BUILD_DIR, manifest.build, "main.js");
  let touched = false;
  for (const [file, was] of Object.entries(manifest.inputs)) {
    let now;
    try {
      now = statSync(join(PACKAGE_ROOT, file));
    } catch {
      return undefined;
    }
    if (now.mtimeMs === was.mtimeMs && now.size === was.size) continue;
    if (now.size !== was.size || hashFile(file) !== was.sha256) return undefined;
    // Same bytes with a new time (a checkout, an editor's save without changes): remember the time.
    was.mtimeMs = now.mtimeMs;
    touched = true;
  }
  if (!existsSync(entry)) return undefined;
  if (touched) {
    try {
      writeAtomically(MANIFEST, JSON.stringify(manifest));
    } catch {
      // a read-only install checks the hashes again next time
    }
  }
  return { entry, parserVersion: manifest.parserVersion };
}

/**
 * @param {string} path
 * @param {string} text
 */
export function writeAtomically(path, text) {
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, path);
}
