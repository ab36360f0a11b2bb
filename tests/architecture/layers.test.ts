import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { describe, expect, it } from "vitest";
import {
  coreViolations,
  describeCycle,
  elementFolderViolations,
  fileCycles,
  folderCycles,
  layerViolations,
  readImports,
} from "./import-graph.ts";

// The layers of DESIGN.md, checked on every import of src/ (see import-graph.ts for the rules).

const root = join(import.meta.dirname, "..", "..");

/** The packages the core may import: what it uses, no more. */
const CORE_PACKAGES = ["zod", "yaml", "marked", "minisearch", "approx-string-match", "@noble/hashes", "parse5"];

function sourceFiles(folder: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".ts")) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(root, path).split(sep).join("/"), readFileSync(path, "utf8"));
  }
  return files;
}

const edges = readImports(sourceFiles(join(root, "src")));

describe("the layers of src/", () => {
  it("reads the imports of every file", () => {
    expect(edges.filter((e) => e.file.startsWith("src/core/")).length).toBeGreaterThan(100);
  });

  it("the core imports no Lit, no Node built-in, nothing of the app, the UI or the CLI, and only its own packages", () => {
    expect(coreViolations(edges, CORE_PACKAGES)).toEqual([]);
  });

  it("the app imports nothing of the UI or the CLI", () => {
    expect(layerViolations(edges, "src/app", ["src/ui", "src/cli"])).toEqual([]);
  });

  it("the general reader's adapters (src/extract) import nothing of the UI, the app or the CLI, and no Node built-in: a browser worker runs them too", () => {
    expect(edges.filter((e) => e.file.startsWith("src/extract/")).length).toBeGreaterThan(0);
    expect(layerViolations(edges, "src/extract", ["src/ui", "src/app", "src/cli"])).toEqual([]);
    expect(edges.filter((e) => e.file.startsWith("src/extract/") && !e.target && /^(?:node:|fs$|path$)/.test(e.specifier))).toEqual([]);
  });

  it("the CLI imports nothing of the UI or the app", () => {
    expect(layerViolations(edges, "src/cli", ["src/ui", "src/app"])).toEqual([]);
  });

  it("an element folder takes from another only its element module", () => {
    expect(elementFolderViolations(edges)).toEqual([]);
  });

  it("no folders import each other", () => {
    expect(folderCycles(edges).map(describeCycle)).toEqual([]);
  });

  it("no files import each other", () => {
    expect(fileCycles(edges).map(describeCycle)).toEqual([]);
  });
});
