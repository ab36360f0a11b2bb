import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const root = join(import.meta.dirname, "..", "..");
const committedXliff = join(root, "src", "locales", "xliff");

/** One message of an XLIFF catalogue: its id, its English source and its translation, if any. */
export interface CatalogueUnit {
  id: string;
  source: string;
  target?: string;
}

/** The messages of an XLIFF 1.2 file as lit-localize writes it. */
export function unitsOf(xliff: string): CatalogueUnit[] {
  return [...xliff.matchAll(/<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>(?:\s*<target>([\s\S]*?)<\/target>)?/g)].map(
    ([, id, source, target]) => ({ id: id!, source: source!, ...(target === undefined ? {} : { target }) }),
  );
}

/** The placeholders of a message (`<x id="0" …/>`), as a sorted list of their ids. */
export const placeholdersOf = (text: string): string[] => [...text.matchAll(/<x id="([^"]+)"/g)].map((m) => m[1]!).sort();

/**
 * Runs `lit-localize <command>` with the project's settings but into a temporary folder: the committed
 * catalogues are copied there first, so the project's own files are never written. Returns the folder.
 */
export function runLitLocalize(command: "extract" | "build"): string {
  const dir = mkdtempSync(join(tmpdir(), "sourcebook-i18n-"));
  const project = JSON.parse(readFileSync(join(root, "lit-localize.json"), "utf8")) as Record<string, unknown>;
  cpSync(committedXliff, join(dir, "xliff"), { recursive: true });
  const config = {
    ...project,
    tsConfig: join(root, "tsconfig.json"),
    inputFiles: (project.inputFiles as string[]).map((glob) => join(root, glob)),
    output: { mode: "runtime", outputDir: join(dir, "generated"), localeCodesModule: join(dir, "generated", "locale-codes.ts") },
    interchange: { format: "xliff", xliffDir: join(dir, "xliff") },
  };
  writeFileSync(join(dir, "lit-localize.json"), JSON.stringify(config));
  const run = spawnSync(
    process.execPath,
    [join(root, "node_modules", "@lit", "localize-tools", "bin", "lit-localize.js"), command, "--config", join(dir, "lit-localize.json")],
    {
      cwd: root,
      encoding: "utf8",
    },
  );
  if (run.status !== 0) throw new Error(`lit-localize ${command} failed:\n${run.stdout}\n${run.stderr}`);
  return dir;
}

/** What is wrong with one language's catalogue: a message without a translation, or one whose placeholders differ from the English. */
export function catalogueProblems(language: string, xliff: string): string[] {
  return unitsOf(xliff).flatMap(({ id, source, target }) => {
    if (target === undefined || target.trim() === "") return [`${language}: ${id} has no translation: ${source}`];
    const [want, got] = [placeholdersOf(source), placeholdersOf(target)];
    return want.join() === got.join()
      ? []
      : [`${language}: ${id} has placeholders ${got.join(",") || "none"} where the English has ${want.join(",") || "none"}`];
  });
}
