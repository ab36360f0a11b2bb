#!/usr/bin/env node
// Compiles src/cli into node_modules/.cache/sourcebook/cli with esbuild. `npm install` runs it
// (the prepare script); bin/sourcebook.js runs it when a file the build read has changed.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { BUILD_DIR, freshBuild, hashFile, MANIFEST, PACKAGE_ROOT, parserVersion, writeAtomically } from "./compiled-cli.js";

/** Besides the sources esbuild reads, a change to these makes a new build. */
const BUILD_INPUTS = ["bin/build-cli.js", "package-lock.json"];
/** An old build is removed this long after it was replaced, so a command still running it can finish. */
const KEEP_OLD_MS = 60 * 60 * 1000;

/** Builds the command into a folder of its own, then points the manifest at it. */
export async function buildCli() {
  mkdirSync(BUILD_DIR, { recursive: true });
  const temp = join(BUILD_DIR, `tmp-${process.pid}-${Date.now()}`);
  const version = parserVersion();
  const result = await build({
    absWorkingDir: PACKAGE_ROOT,
    // The batch and extraction workers are entries of their own: a thread is started from a file.
    entryPoints: {
      main: "src/cli/commands/main.ts",
      "cite-batch-worker": "src/cli/commands/cite-batch-worker.ts",
      "extract-worker": "src/cli/extract-worker.ts",
    },
    outdir: temp,
    bundle: true,
    // One chunk per command: `cite` does not parse the PDF, YAML or Markdown code.
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    minifyWhitespace: true,
    minifySyntax: true,
    // pdfmake finds its fonts relative to its own files.
    external: ["pdfmake", "pdfmake/*"],
    // CommonJS dependencies bundled into ES modules still call require().
    banner: { js: "import{createRequire as __sbRequire}from'node:module';const require=__sbRequire(import.meta.url);" },
    metafile: true,
    logLevel: "silent",
  });
  const files = [...Object.keys(result.metafile.inputs).filter((f) => !f.startsWith("node_modules/")), ...BUILD_INPUTS].filter(
    (f) => statOf(f) !== undefined,
  );
  const inputs = Object.fromEntries(files.sort().map((f) => [f, { ...statOf(f), sha256: hashFile(f) }]));
  const id = createHash("sha256")
    .update(JSON.stringify(Object.entries(inputs).map(([f, i]) => [f, i.sha256])))
    .digest("hex")
    .slice(0, 16);
  const target = join(BUILD_DIR, id);
  try {
    renameSync(temp, target);
  } catch {
    rmSync(temp, { recursive: true, force: true }); // a concurrent run built the same inputs
  }
  writeAtomically(MANIFEST, JSON.stringify({ build: id, parserVersion: version, inputs }));
  removeOldBuilds(id);
  return { entry: join(target, "main.js"), parserVersion: version };
}

/** @param {string} file */
function statOf(file) {
  try {
    const s = statSync(join(PACKAGE_ROOT, file));
    return { mtimeMs: s.mtimeMs, size: s.size };
  } catch {
    return undefined;
  }
}

/** @param {string} current */
function removeOldBuilds(current) {
  for (const name of readdirSync(BUILD_DIR)) {
    const path = join(BUILD_DIR, name);
    if (name === current || name === relative(BUILD_DIR, MANIFEST) || name.endsWith(".tmp")) continue;
    try {
      if (Date.now() - statSync(path).mtimeMs > KEEP_OLD_MS) rmSync(path, { recursive: true, force: true });
    } catch {
      // another run removed it first
    }
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const force = process.argv.includes("--force");
  if (force || !freshBuild()) {
    const t0 = performance.now();
    const { entry } = await buildCli();
    console.log(`sourcebook: built ${relative(process.cwd(), entry)} in ${Math.round(performance.now() - t0)} ms`);
  }
}
