import { openDB, type IDBPDatabase } from "idb";
import type { CatalogEntry } from "../../core/schema/catalog.ts";
import type { SourceSearchIndex } from "../../core/search/source-search-index.ts";

/** A source the trainer added in the workbench, as stored: the original file byte for byte, its entry and fingerprint. */
export interface SourceRecord {
  id: string;
  entry: CatalogEntry;
  /** The file exactly as it was picked. */
  bytes: ArrayBuffer;
  /** SHA-256 of `bytes`, hex. */
  fingerprint: string;
  addedAt: string;
  /** The search index, and the version of the reader it was made by (made again when that changes). */
  index: SourceSearchIndex;
  indexedBy: number;
}

/** Its own database, apart from modules and sessions, so none blocks another's upgrades. */
export const SOURCE_DB_NAME = "sourcebook-sources";

/** The added sources in IndexedDB (object store `sources`, by id); one transaction a write. */
export class SourceDb {
  private constructor(private readonly db: IDBPDatabase) {}

  static async open(name = SOURCE_DB_NAME): Promise<SourceDb> {
    const db = await openDB(name, 1, {
      upgrade(db) {
        if (!db.objectStoreNames.contains("sources")) db.createObjectStore("sources", { keyPath: "id" });
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

  async put(record: SourceRecord): Promise<void> {
    await this.db.put("sources", record);
  }
}
