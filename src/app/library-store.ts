import { msg, str } from "@lit/localize";
import catalogText from "../../sources/catalog.yaml?raw";
import { ContentError } from "../core/files/yaml-file.ts";
import { parseCatalog } from "../core/library/catalog-file.ts";
import type { CatalogEntry } from "../core/schema/catalog.ts";
import { passageCounts } from "../core/sources/reading-text.ts";
import { loadSource, type Source } from "../core/sources/source.ts";

/** Reads one source file's text, by its name inside sources/. */
export type SourceFiles = ReadonlyMap<string, () => Promise<string>>;

/** What the library view can say about a source once it has been opened. */
export interface SourceSummary {
  passages: number;
  notes: number;
}

/** The catalog and, on demand, the sources it lists; each source is parsed once, when first opened. */
export class LibraryStore {
  /** The catalog's entries, in catalog order, then the sources added in the workbench; empty when the catalog cannot be read. */
  entries: readonly CatalogEntry[] = [];
  /** Why the catalog cannot be read, said as `file:line: field: problem`. */
  readonly catalogError?: string;
  private readonly opened = new Map<string, Promise<Source>>();
  /** Sources added in the workbench: how each is read, by id. */
  private readonly added = new Map<string, () => Promise<Source>>();

  constructor(
    catalogYaml: string,
    private readonly files: SourceFiles,
    private readonly catalogFile = "sources/catalog.yaml",
  ) {
    try {
      this.entries = parseCatalog(catalogYaml, catalogFile).sources;
    } catch (error) {
      // A ContentError already names file and line; anything else still gets the file name.
      this.catalogError = error instanceof ContentError ? error.message : `${catalogFile}: ${messageOf(error)}`;
    }
  }

  /** Lists a source added in the workbench after the catalog's (a new `entries` array, so views see the change). */
  add(entry: CatalogEntry, load: () => Promise<Source>): void {
    if (this.entry(entry.id)) throw new Error(msg(str`A source with id "${entry.id}" is already in the library.`));
    this.added.set(entry.id, load);
    this.entries = [...this.entries, entry];
  }

  /** Takes a source added in the workbench out of the list (a new `entries` array); a shipped one stays. */
  remove(id: string): void {
    if (!this.added.delete(id)) return;
    this.opened.delete(id);
    this.entries = this.entries.filter((e) => e.id !== id);
  }

  /** Whether a source was added in the workbench rather than shipped with the catalog. */
  isAdded(id: string): boolean {
    return this.added.has(id);
  }

  entry(id: string): CatalogEntry | undefined {
    return this.entries.find((e) => e.id === id);
  }

  /** Loads (once) and returns a source; rejects with an Error whose message is meant for a person. */
  open(id: string): Promise<Source> {
    let source = this.opened.get(id);
    if (!source) {
      source = this.load(id);
      this.opened.set(id, source);
      source.catch(() => this.opened.delete(id));
    }
    return source;
  }

  private async load(id: string): Promise<Source> {
    const entry = this.entry(id);
    if (!entry) throw new Error(msg(str`There is no source "${id}" in ${this.catalogFile}.`));
    const added = this.added.get(id);
    if (added) return added();
    const read = this.files.get(entry.file);
    if (!read) throw new Error(msg(str`sources/${entry.file}: file not found (listed in ${this.catalogFile} as ${id}).`));
    const text = await read();
    try {
      return loadSource(entry, new TextEncoder().encode(text));
    } catch (error) {
      throw new Error(`sources/${entry.file}: cannot be read as ${entry.structure}: ${messageOf(error)}`, { cause: error });
    }
  }
}

/** The summary the library shows for a loaded source. */
export function summaryOf(source: Source): SourceSummary {
  return passageCounts(source.reading);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The library bundled with the app: catalog read at build time, source files fetched lazily. */
export function bundledLibrary(): LibraryStore {
  const modules = import.meta.glob<string>("../../sources/*.{txt,md}", { query: "?raw", import: "default" });
  const files = new Map(Object.entries(modules).map(([path, read]) => [path.slice(path.lastIndexOf("/") + 1), read]));
  return new LibraryStore(catalogText, files);
}
