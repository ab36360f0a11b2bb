import { existsSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { adoptIndex, indexSource, type SourceIndex } from "../core/citations/source-index.ts";
import { LIMITS, tooLargeProblem } from "../core/files/limits.ts";
import type { Catalog, CatalogEntry } from "../core/schema/catalog.ts";
import type { ExtractedText } from "../core/sources/extracted-text.ts";
import type { ReadingText } from "../core/sources/model.ts";
import { readingText } from "../core/sources/reading-text.ts";
import { decodeSourceText, SourceFileError, sourceFromExtraction, type Source } from "../core/sources/source.ts";
import { extractSync } from "./extract-sync.ts";
import { fileFingerprint, type ParseCache } from "./parse-cache.ts";
import { UsageError } from "./usage-error.ts";

/** The folder holding `sources/`, `modules/`, `templates/`: the working directory if it has a library, else the package's own. */
export function libraryRoot(explicit: string | undefined, packageRoot: string): string {
  if (explicit) return resolve(explicit);
  if (existsSync(join(process.cwd(), "sources", "catalog.yaml"))) return process.cwd();
  return packageRoot;
}

let sharedCache: ParseCache | undefined;

/** The parse cache every library opened in this process uses (none until the command line sets one). */
export function useParseCache(cache: ParseCache | undefined): void {
  sharedCache = cache;
}

/** Keeps a source just extracted (by `add-source`) in the parse cache, so the next command need not extract it again. */
export function rememberExtraction(source: Source): void {
  remember(sharedCache, `${source.fingerprint} ${source.entry.structure}`, source, source.raw);
}

/** Writes what was derived from a source's bytes to the cache; `raw` only where it was extracted, not read from the file. */
function remember(cache: ParseCache | undefined, key: string, source: Source, raw?: string): void {
  if (!cache) return;
  const { source: _, ...index } = indexSource(source);
  cache.write("source", key, { reading: source.reading, index, ...(raw !== undefined ? { raw } : {}) } satisfies ParsedSource);
}

/** What the parse cache keeps of a source: everything derived from its bytes. */
interface ParsedSource {
  reading: ReadingText;
  index: Omit<SourceIndex, "source">;
  /** For a PDF, web page or Word file: the extracted text (the raw side of its reading text). */
  raw?: string;
}

/**
 * A library whose sources are read when first asked for: `cite` reads one file, not five.
 * The parsed catalog, and each source's reading text and search index, come from the parse
 * cache when the bytes they were derived from are unchanged.
 */
export class Library {
  private readonly loaded = new Map<string, Source>();

  private constructor(
    readonly root: string,
    readonly catalog: Catalog,
    readonly cache: ParseCache | undefined,
  ) {}

  /** Opens the library at `root`; YAML and zod are loaded only when the cached catalog is stale. */
  static async open(root: string, cache = sharedCache): Promise<Library> {
    const path = join(root, "sources", "catalog.yaml");
    if (!existsSync(path)) throw new UsageError(`No library here: ${path} does not exist.`);
    const bytes = readFileSync(path);
    const key = fileFingerprint(bytes);
    let catalog = cache?.read<Catalog>("catalog", key);
    if (!Array.isArray(catalog?.sources)) {
      const { parseCatalogBytes } = await import("./catalog.ts");
      catalog = parseCatalogBytes(bytes);
      cache?.write("catalog", key, catalog);
    }
    return new Library(root, catalog, cache);
  }

  get ids(): string[] {
    return this.catalog.sources.map((s) => s.id);
  }

  has(id: string): boolean {
    return this.catalog.sources.some((s) => s.id === id);
  }

  /** Whether every source has been read already. */
  get complete(): boolean {
    return this.loaded.size === this.catalog.sources.length;
  }

  /** One source by id, with the known ids in the message when it is not there. */
  source(id: string): Source {
    const known = this.loaded.get(id);
    if (known) return known;
    const entry = this.catalog.sources.find((s) => s.id === id);
    if (!entry) throw new UsageError(`Unknown source "${id}". Known sources: ${this.ids.join(", ")}.`);
    const source = this.read(entry);
    this.loaded.set(id, source);
    return source;
  }

  /** Every source of the catalog, in catalog order. */
  all(): Source[] {
    return this.catalog.sources.map((s) => this.source(s.id));
  }

  private read(entry: CatalogEntry): Source {
    const name = `sources/${entry.file}`;
    const file = join(this.root, "sources", entry.file);
    if (!existsSync(file)) throw new UsageError(`sources/catalog.yaml: source ${entry.id}: file ${name} is missing.`);
    const size = statSync(file).size;
    if (size > LIMITS.sourceFileBytes) throw new UsageError(`${name} ${tooLargeProblem(size, LIMITS.sourceFileBytes, "a source file")}.`);
    const bytes = readFileSync(file);
    const { structure } = entry;
    if (structure === "pdf" || structure === "html" || structure === "docx") return this.readDocument(entry, bytes, structure);
    let raw: string;
    try {
      raw = decodeSourceText(bytes, name);
    } catch (e) {
      if (e instanceof SourceFileError) throw new UsageError(e.message);
      throw e;
    }
    const fingerprint = fileFingerprint(bytes);
    const key = `${fingerprint} ${entry.structure}`;
    const cached = this.cache?.read<ParsedSource>("source", key);
    if (typeof cached?.reading?.text === "string" && typeof cached.index?.canonical === "string") {
      const source = { entry, raw, fingerprint, reading: cached.reading };
      adoptIndex(source, cached.index);
      return source;
    }
    const source = { entry, raw, fingerprint, reading: readingText(raw, structure) };
    remember(this.cache, key, source);
    return source;
  }

  /** A PDF, web page or Word file: its extraction from the cache, else extracted now (keyed by the file's SHA-256 and the extractor's code). */
  private readDocument(entry: CatalogEntry, bytes: Uint8Array, structure: "pdf" | "html" | "docx"): Source {
    const fingerprint = fileFingerprint(bytes);
    const key = `${fingerprint} ${structure}`;
    const cached = this.cache?.read<ParsedSource>("source", key);
    if (typeof cached?.reading?.text === "string" && typeof cached.index?.canonical === "string" && typeof cached.raw === "string") {
      const source = { entry, raw: cached.raw, fingerprint, reading: cached.reading };
      adoptIndex(source, cached.index);
      return source;
    }
    let extracted: ExtractedText;
    try {
      extracted = extractSync(bytes, structure, `sources/${entry.file}`);
    } catch (e) {
      if (e instanceof SourceFileError) throw new UsageError(`sources/${entry.file}: ${e.message}`);
      throw e;
    }
    const source = sourceFromExtraction(entry, fingerprint, extracted);
    remember(this.cache, key, source, source.raw);
    return source;
  }
}
