/**
 * The seed catalog plus the Russian test fixture (tests/fixtures/russian): not an official
 * translation, and not reviewed by a native speaker.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseCatalog } from "../../src/core/library/catalog-file.ts";
import { loadSource, type Source } from "../../src/core/sources/source.ts";
import { CATALOG_PATH, ROOT, source } from "./library.ts";

export const RUSSIAN_ID = "un-hrc-25-48-add1-ru";
export const FIXTURE_DIR = join(ROOT, "tests", "fixtures", "russian");
const FILE = "un-hrc-25-48-add1-ru.txt";

/** The real catalog with the Russian fixture's entry appended (the fixture holds it as a top-level list item). */
export function catalogWithRussian(): string {
  const entry = readFileSync(join(FIXTURE_DIR, "catalog-entry.yaml"), "utf8").replace(/^(?=.)/gm, "  ");
  return readFileSync(CATALOG_PATH, "utf8").trimEnd() + "\n\n" + entry;
}

let cached: Source | undefined;

/** The Russian fixture, loaded through the catalog as any source is. */
export function russianSource(): Source {
  if (!cached) {
    const entry = parseCatalog(catalogWithRussian()).sources.find((s) => s.id === RUSSIAN_ID)!;
    cached = loadSource(entry, new Uint8Array(readFileSync(join(FIXTURE_DIR, FILE))));
  }
  return cached;
}

/** The English original of the fixture. */
export const englishSource = (): Source => source("un");

/** A throw-away library folder (sources/ only) holding the seeds and the Russian fixture. */
export function libraryWithRussian(): string {
  const dir = mkdtempSync(join(tmpdir(), "sourcebook-ru-"));
  cpSync(join(ROOT, "sources"), join(dir, "sources"), { recursive: true });
  cpSync(join(FIXTURE_DIR, FILE), join(dir, "sources", FILE));
  writeFileSync(join(dir, "sources", "catalog.yaml"), catalogWithRussian());
  return dir;
}
