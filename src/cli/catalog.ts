import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ContentError } from "../core/files/yaml-file.ts";
import { parseCatalog } from "../core/library/catalog-file.ts";
import type { Catalog } from "../core/schema/catalog.ts";
import { UsageError } from "./usage-error.ts";

/** Reads and validates the catalog; a bad catalog is a usage error naming file and line. */
export function readCatalog(root: string): Catalog {
  const path = join(root, "sources", "catalog.yaml");
  if (!existsSync(path)) throw new UsageError(`No library here: ${path} does not exist.`);
  return parseCatalogText(readFileSync(path, "utf8"));
}

/** Validates catalog text (YAML and zod: loaded only when the parse cache misses). */
export function parseCatalogText(text: string): Catalog {
  try {
    return parseCatalog(text, "sources/catalog.yaml");
  } catch (e) {
    if (e instanceof ContentError) throw new UsageError(e.message);
    throw e;
  }
}
