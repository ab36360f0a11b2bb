import { catalogEntryYaml } from "../core/library/added-source-entry.ts";
import type { BackupSource } from "../core/library/backup.ts";
import type { CatalogEntry } from "../core/schema/catalog.ts";
import type { IndexedSource } from "../core/search/passage-search.ts";
import type { Source } from "../core/sources/source.ts";
import type { ExtractedFile } from "./extract-worker.ts";
import type { LibraryStore } from "./library-store.ts";
import { SourceDb, type SourceRecord } from "./persistence/source-db.ts";
import type { SearchService } from "./search-api.ts";
import { extractInWorker, type ExtractFile, type ExtractProgress } from "./source-extractor.ts";
import { base64Of, bytesOfBase64 } from "./base64-bytes.ts";

/**
 * Bumped when the general reader changes what it makes of a file, or search folds words differently:
 * stored search indexes are made again (2: ё indexed as е).
 */
export const READER_VERSION = 2;

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
    if (already)
      throw new Error(`This file is already in the library as “${this.library.entry(already)?.title ?? already}”; nothing was saved.`);
    if (this.library.entry(entry.id)) throw new Error(`A source with id "${entry.id}" is already in the library; nothing was saved.`);
    const record: SourceRecord = {
      id: entry.id,
      entry,
      bytes: bytes.slice().buffer,
      fingerprint: file.fingerprint,
      addedAt,
      index: file.index,
      indexedBy: READER_VERSION,
    };
    await (await this.database()).put(record);
    this.register(record, { entry, raw: file.raw, fingerprint: file.fingerprint, reading: file.reading });
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
      if (file.fingerprint !== source.fingerprint)
        throw new Error(`${source.entry.file} in the backup does not match its fingerprint; it was not restored.`);
      await this.save(source.entry, bytes, file, source.addedAt);
      added++;
    }
    return added;
  }

  /** The original file and its catalog entry, for `sourcebook add-source` or the catalog of the organisation's repository. */
  exportForLibrary(id: string): LibraryExport {
    const record = this.records.get(id);
    if (!record) throw new Error(`"${id}" was not added in the workbench.`);
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
      if (record.indexedBy !== READER_VERSION) {
        const file = await this.extract(new Uint8Array(record.bytes), record.entry.file);
        record.index = file.index;
        record.indexedBy = READER_VERSION;
        await (await this.database()).put(record);
      }
      this.register(record);
    }
  }

  /** Lists the record in the library (read when first opened, unless already read) and search. */
  private register(record: SourceRecord, read?: Source): void {
    this.records.set(record.id, record);
    this.library.add(record.entry, async () => {
      if (read) return read;
      const file = await this.extract(new Uint8Array(record.bytes), record.entry.file);
      return { entry: record.entry, raw: file.raw, fingerprint: file.fingerprint, reading: file.reading };
    });
    this.search.addSource(indexedSourceOf(record.entry), record.index);
  }
}

function indexedSourceOf(entry: CatalogEntry): IndexedSource {
  return { id: entry.id, title: entry.title, label: entry.shortCite, kind: entry.kind, year: Number(entry.date.slice(0, 4)) };
}
