/** The real source library, loaded once for every core test. */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseCatalog } from "../../src/core/library/catalog-file.ts";
import type { Passage } from "../../src/core/sources/model.ts";
import { loadSource, type Source } from "../../src/core/sources/source.ts";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const CATALOG_PATH = join(ROOT, "sources", "catalog.yaml");

export const SOURCE_IDS = {
  patt: "patt-child-prostitution-kg",
  un: "un-hrc-25-48-add1",
  tip: "us-tip-2016-kg",
  ecpat: "ecpat-gm-kg-2012",
  wikipedia: "wikipedia-prostitution-kg",
} as const;
export type SourceKey = keyof typeof SOURCE_IDS;

let cached: Source[] | undefined;

/** Every source of `sources/catalog.yaml`, loaded from its bytes. */
export function library(): Source[] {
  if (!cached) {
    const catalog = parseCatalog(readFileSync(CATALOG_PATH, "utf8"), "sources/catalog.yaml");
    cached = catalog.sources.map((entry) => loadSource(entry, new Uint8Array(readFileSync(join(ROOT, "sources", entry.file)))));
  }
  return cached;
}

/** One source by short key ("un") or by id. */
export function source(key: SourceKey | string): Source {
  const id = key in SOURCE_IDS ? SOURCE_IDS[key as SourceKey] : key;
  const found = library().find((s) => s.entry.id === id);
  if (!found) throw new Error(`no source ${id} in the catalog`);
  return found;
}

/** The passage with exactly this locator; fails loudly when there is none. */
export function passage(src: Source, locator: string): Passage {
  const found = src.reading.passages.filter((p) => p.locator === locator);
  if (found.length !== 1) throw new Error(`${src.entry.id}: ${found.length} passages with locator "${locator}"`);
  return found[0]!;
}

/** The reading text of a passage. */
export function textOf(src: Source, p: Passage): string {
  return src.reading.text.slice(p.start, p.end);
}

/** Passages whose reading text contains `needle`. */
export function passagesContaining(src: Source, needle: string): Passage[] {
  return src.reading.passages.filter((p) => textOf(src, p).includes(needle));
}

/** Reading text with white space collapsed, for comparisons that ignore line joins. */
export function squash(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
