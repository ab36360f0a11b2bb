import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { decodeUtf8Strict } from "../core/files/utf8.ts";
import { ContentError } from "../core/files/yaml-file.ts";
import { parseCatalog } from "../core/library/catalog-file.ts";
import type { Catalog } from "../core/schema/catalog.ts";
import { UsageError } from "./usage-error.ts";

const FILE = "sources/catalog.yaml";

/** Reads and validates the catalog; a bad catalog is a usage error naming file and line. */
export function readCatalog(root: string): Catalog {
  const path = join(root, "sources", "catalog.yaml");
  if (!existsSync(path)) throw new UsageError(`No library here: ${path} does not exist.`);
  return parseCatalogBytes(readFileSync(path));
}

/** Validates the catalog's bytes: UTF-8, YAML and zod (loaded only when the parse cache misses). */
export function parseCatalogBytes(bytes: Uint8Array): Catalog {
  try {
    return parseCatalog(decodeUtf8Strict(bytes, FILE), FILE);
  } catch (e) {
    if (e instanceof ContentError) throw new UsageError(e.message);
    throw e;
  }
}
