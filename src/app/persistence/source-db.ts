import { openDB, type IDBPDatabase } from "idb";
import type { CatalogEntry } from "../../core/schema/catalog.ts";
import type { ReadingText } from "../../core/sources/model.ts";

/** A source the trainer added in the workbench, as stored: the original file byte for byte, its entry and fingerprint. */
export interface SourceRecord {
  id: string;
  entry: CatalogEntry;
  /** The file exactly as it was picked. */
  bytes: ArrayBuffer;
  /** SHA-256 of `bytes`, hex. */
  fingerprint: string;
  addedAt: string;
  /** The search index as JSON, and the version of the extractor it was made by (made again when that changes). */
  index: string;
  /** An extractor version (a hash of its code); a number in records stored before it was one. */
  indexedBy: string | number;
}

/** What the extractor made of a file: cached by the file's fingerprint and the extractor's version, so a reload does not read it again. */
export interface CachedReading {
  fingerprint: string;
  version: string;
  raw: string;
  reading: ReadingText;
}

/** Its own database, apart from modules and sessions, so none blocks another's upgrades. */
export const SOURCE_DB_NAME = "sourcebook-sources";

const readingKey = (fingerprint: string, version: string) => `${fingerprint} ${version}`;
/** Every reading key of one fingerprint, whatever the version. */
const readingsOf = (fingerprint: string) => IDBKeyRange.bound(`${fingerprint} `, `${fingerprint} \uffff`);

/**
 * The added sources in IndexedDB (object store `sources`, by id) and the reading text made of
 * each file (`readings`, by fingerprint and extractor version); one transaction a write.
 */
export class SourceDb {
  private constructor(private readonly db: IDBPDatabase) {}

  static async open(name = SOURCE_DB_NAME): Promise<SourceDb> {
    const db = await openDB(name, 2, {
      upgrade(db) {
        if (!db.objectStoreNames.contains("sources")) db.createObjectStore("sources", { keyPath: "id" });
        if (!db.objectStoreNames.contains("readings")) db.createObjectStore("readings");
      },
      blocking() {
        db.close();
      },
    });
    return new SourceDb(db);
  }

  all(): Promise<SourceRecord[]> {
    return this.db.getAll("sources") as Promise<SourceRecord[]>;
  }

  /** Stores a record, with the reading made of its file when given (an older version's reading of the file is dropped). */
  async put(record: SourceRecord, reading?: CachedReading): Promise<void> {
    const tx = this.db.transaction(["sources", "readings"], "readwrite");
    void tx.objectStore("sources").put(record);
    if (reading) replaceReading(tx.objectStore("readings"), reading);
    await tx.done;
  }

  /** The reading of a file by one version of the extractor, when cached. */
  reading(fingerprint: string, version: string): Promise<CachedReading | undefined> {
    return this.db.get("readings", readingKey(fingerprint, version)) as Promise<CachedReading | undefined>;
  }

  async putReading(reading: CachedReading): Promise<void> {
    const tx = this.db.transaction("readings", "readwrite");
    replaceReading(tx.objectStore("readings"), reading);
    await tx.done;
  }

  /** Removes a source's record and every reading of its file. */
  async delete(id: string, fingerprint: string): Promise<void> {
    const tx = this.db.transaction(["sources", "readings"], "readwrite");
    void tx.objectStore("sources").delete(id);
    void tx.objectStore("readings").delete(readingsOf(fingerprint));
    await tx.done;
  }
}

/** Puts a reading in place of any other version's of the same file (requests in one transaction run in order). */
function replaceReading(
  store: { delete(key: IDBKeyRange): unknown; put(value: CachedReading, key: string): unknown },
  reading: CachedReading,
) {
  void store.delete(readingsOf(reading.fingerprint));
  void store.put(reading, readingKey(reading.fingerprint, reading.version));
}
