import { catalogEntryYaml } from "../core/library/added-source-entry.ts";
import type { BackupSource } from "../core/library/backup.ts";
import type { CatalogEntry } from "../core/schema/catalog.ts";
import type { IndexedSource } from "../core/search/passage-search.ts";
import type { Source } from "../core/sources/source.ts";
import type { ExtractedFile } from "./extract-worker.ts";
import type { LibraryStore } from "./library-store.ts";
import { msg, str } from "@lit/localize";
import { SourceDb, type CachedReading, type SourceRecord } from "./persistence/source-db.ts";
import type { SearchService } from "./search-api.ts";
import { extractInWorker, type ExtractFile, type ExtractProgress } from "./source-extractor.ts";
import { base64Of, bytesOfBase64 } from "./base64-bytes.ts";

/**
 * A hash of the code that reads a file (defined at build time from the same files as the CLI's parse
 * cache key, with the search indexer): when it changes, stored indexes and cached readings are made again.
 */
export const EXTRACTOR_VERSION: string = __SB_EXTRACTOR_VERSION__;

/** A file to export for the organisation's library: the original, and its catalog entry as YAML. */
export interface LibraryExport {
  file: { name: string; blob: Blob };
  entry: { name: string; text: string };
}

/**
 * The sources a trainer added in the workbench: kept in IndexedDB (the original file, its entry,
 * fingerprint and search index), listed in the library after the catalog's, read in a worker when
 * opened, searched with the rest, backed up and restored with the modules.
 */
export class AddedSources {
  /** Resolves once the stored sources are in the library and search. */
  readonly ready: Promise<void>;
  private readonly records = new Map<string, SourceRecord>();
  private db?: Promise<SourceDb>;

  constructor(
    private readonly library: LibraryStore,
    private readonly search: SearchService,
    private readonly openDb: () => Promise<SourceDb> = () => SourceDb.open(),
    /** Reads a file (a Web Worker by default). */
    readonly extract: ExtractFile = extractInWorker,
  ) {
    this.ready = this.load();
  }

  /** The fingerprints already in the library, with the source that has each. */
  idOfFingerprint(fingerprint: string): string | undefined {
    for (const record of this.records.values()) if (record.fingerprint === fingerprint) return record.id;
    return undefined;
  }

  /**
   * Stores a file read by `extract` under its entry, and lists it in the library and search. Refuses,
   * storing nothing, a file already added or an id already taken.
   */
  async save(entry: CatalogEntry, bytes: Uint8Array, file: ExtractedFile, addedAt = new Date().toISOString()): Promise<void> {
    await this.ready;
    const already = this.idOfFingerprint(file.fingerprint);
    if (already) {
      const title = this.library.entry(already)?.title ?? already;
      throw new Error(msg(str`This file is already in the library as “${title}”; nothing was saved.`));
    }
    const id = entry.id;
    if (this.library.entry(id)) throw new Error(msg(str`A source with id "${id}" is already in the library; nothing was saved.`));
    const record: SourceRecord = {
      id: entry.id,
      entry,
      bytes: bytes.slice().buffer,
      fingerprint: file.fingerprint,
      addedAt,
      index: file.index,
      indexedBy: EXTRACTOR_VERSION,
    };
    await (await this.database()).put(record, cachedReadingOf(file));
    this.register(record, { entry, raw: file.raw, fingerprint: file.fingerprint, reading: file.reading });
  }

  /** Whether a source was added in this browser (and so can be removed from it). */
  has(id: string): boolean {
    return this.records.has(id);
  }

  /**
   * Takes an added source out of the library, search and IndexedDB (its file and cached reading).
   * Excerpts citing it stay in their modules, and show as unverified.
   */
  async remove(id: string): Promise<void> {
    await this.ready;
    const record = this.records.get(id);
    if (!record) throw new Error(msg(str`"${id}" was not added in this browser, so it cannot be removed.`));
    await (await this.database()).delete(id, record.fingerprint);
    this.records.delete(id);
    this.library.remove(id);
    this.search.removeSource(id);
  }

  /** The added sources among `ids`, read (from the cache when it has them), for the handout printer. */
  async sources(ids: readonly string[]): Promise<Source[]> {
    await this.ready;
    return Promise.all(ids.filter((id) => this.records.has(id)).map((id) => this.library.open(id)));
  }

  /** The added sources, as the backup file carries them. */
  backupSources(): BackupSource[] {
    return [...this.records.values()].map((r) => ({
      entry: r.entry,
      fingerprint: r.fingerprint,
      bytes: base64Of(new Uint8Array(r.bytes)),
      addedAt: r.addedAt,
    }));
  }

  /** Adds a backup's sources that are not in the library yet (same id or same file: kept as it is); how many were added. */
  async restore(sources: readonly BackupSource[], onProgress?: ExtractProgress): Promise<number> {
    await this.ready;
    let added = 0;
    for (const source of sources) {
      if (this.library.entry(source.entry.id) || this.idOfFingerprint(source.fingerprint)) continue;
      const bytes = bytesOfBase64(source.bytes);
      const file = await this.extract(bytes, source.entry.file, onProgress);
      if (file.fingerprint !== source.fingerprint) {
        const name = source.entry.file;
        throw new Error(msg(str`${name} in the backup does not match its fingerprint; it was not restored.`));
      }
      await this.save(source.entry, bytes, file, source.addedAt);
      added++;
    }
    return added;
  }

  /** The original file and its catalog entry, for `sourcebook add-source` or the catalog of the organisation's repository. */
  exportForLibrary(id: string): LibraryExport {
    const record = this.records.get(id);
    if (!record) throw new Error(msg(str`"${id}" was not added in the workbench.`));
    return {
      file: { name: record.entry.file, blob: new Blob([record.bytes]) },
      entry: { name: `${record.id}.catalog.yaml`, text: catalogEntryYaml(record.entry) },
    };
  }

  private database(): Promise<SourceDb> {
    this.db ??= this.openDb();
    return this.db;
  }

  private async load(): Promise<void> {
    const records = await (await this.database()).all();
    for (const record of records.sort((a, b) => a.addedAt.localeCompare(b.addedAt))) {
      if (this.library.entry(record.id)) continue; // the catalog took the id meanwhile: the shipped source wins
      if (record.indexedBy !== EXTRACTOR_VERSION) {
        // Another extractor made its index: read the file again, and keep that reading too.
        const file = await this.extract(new Uint8Array(record.bytes), record.entry.file);
        record.index = file.index;
        record.indexedBy = EXTRACTOR_VERSION;
        await (await this.database()).put(record, cachedReadingOf(file));
      }
      this.register(record);
    }
  }

  /** Lists the record in the library (read when first opened: from the cached reading, else from the file) and search. */
  private register(record: SourceRecord, read?: Source): void {
    this.records.set(record.id, record);
    this.library.add(record.entry, async () => read ?? this.read(record));
    this.search.addSource(indexedSourceOf(record.entry), record.index);
  }

  /** The source from the reading cached for this extractor; else the file read again, and its reading cached. */
  private async read({ entry, bytes, fingerprint }: SourceRecord): Promise<Source> {
    const db = await this.database();
    const cached = await db.reading(fingerprint, EXTRACTOR_VERSION);
    if (cached) return { entry, raw: cached.raw, fingerprint, reading: cached.reading };
    const file = await this.extract(new Uint8Array(bytes), entry.file);
    await db.putReading(cachedReadingOf(file)).catch(() => undefined); // a full disk costs only the next reload a reading
    return { entry, raw: file.raw, fingerprint: file.fingerprint, reading: file.reading };
  }
}

function cachedReadingOf(file: ExtractedFile): CachedReading {
  return { fingerprint: file.fingerprint, version: EXTRACTOR_VERSION, raw: file.raw, reading: file.reading };
}

function indexedSourceOf(entry: CatalogEntry): IndexedSource {
  return { id: entry.id, title: entry.title, label: entry.shortCite, kind: entry.kind, year: Number(entry.date.slice(0, 4)) };
}
