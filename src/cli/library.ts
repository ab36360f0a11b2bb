import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ContentError } from "../core/files/yaml-file.ts";
import { parseCatalog } from "../core/library/catalog-file.ts";
import type { Catalog } from "../core/schema/catalog.ts";
import { loadSource, SourceFileError, type Source } from "../core/sources/source.ts";
import { UsageError } from "./usage-error.ts";

/** The folder holding `sources/`, `modules/`, `templates/`: the working directory if it has a library, else this package. */
export function libraryRoot(explicit?: string): string {
  if (explicit) return resolve(explicit);
  if (existsSync(join(process.cwd(), "sources", "catalog.yaml"))) return process.cwd();
  return resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");
}

/** Reads and validates the catalog; a bad catalog is a usage error naming file and line. */
export function readCatalog(root: string): Catalog {
  const path = join(root, "sources", "catalog.yaml");
  if (!existsSync(path)) throw new UsageError(`No library here: ${path} does not exist.`);
  try {
    return parseCatalog(readFileSync(path, "utf8"), "sources/catalog.yaml");
  } catch (e) {
    if (e instanceof ContentError) throw new UsageError(e.message);
    throw e;
  }
}

/** Loads every source of the catalog (or only `ids`), refusing missing or unreadable files. */
export function loadLibrary(root: string, ids?: string[]): Source[] {
  const catalog = readCatalog(root);
  const wanted = ids ? catalog.sources.filter((s) => ids.includes(s.id)) : catalog.sources;
  return wanted.map((entry) => {
    const file = join(root, "sources", entry.file);
    if (!existsSync(file)) throw new UsageError(`sources/catalog.yaml: source ${entry.id}: file sources/${entry.file} is missing.`);
    try {
      return loadSource(entry, readFileSync(file));
    } catch (e) {
      if (e instanceof SourceFileError) throw new UsageError(e.message);
      throw e;
    }
  });
}

/** One source by id, with the known ids in the message when it is not there. */
export function findSource(library: Source[], id: string): Source {
  const source = library.find((s) => s.entry.id === id);
  if (!source) throw new UsageError(`Unknown source "${id}". Known sources: ${library.map((s) => s.entry.id).join(", ")}.`);
  return source;
}
