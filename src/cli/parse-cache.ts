import { createHash } from "node:crypto";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import { writeFileSafely } from "./safe-write.ts";

const MAGIC = Buffer.from("SBC1");
const SUM_BYTES = 32;

const sha256 = (data: string | Uint8Array) => createHash("sha256").update(data).digest();

/**
 * What the command parsed in an earlier run (the catalog, each source's reading text and
 * index), kept outside the library and keyed by the bytes parsed and the version of the code
 * that parsed them, so an edit to either is a miss. Values are stored in V8's own format (typed
 * arrays, maps and sets included) behind a checksum. A missing, unreadable or corrupt entry is
 * a miss, never an error.
 */
export class ParseCache {
  private readonly version: string;

  constructor(
    readonly dir: string,
    /** A hash of the code that parses library files: a new parser never reads an old entry. */
    readonly parserVersion: string,
  ) {
    this.version = `${parserVersion} v8 ${process.versions.v8}`;
  }

  /** The value stored under `key`, when it is there and whole. */
  read<T>(kind: string, key: string): T | undefined {
    let bytes: Buffer;
    try {
      bytes = readFileSync(this.path(kind, key));
    } catch {
      return undefined;
    }
    if (bytes.length < MAGIC.length + SUM_BYTES || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
    const payload = bytes.subarray(MAGIC.length + SUM_BYTES);
    if (!sha256(payload).equals(bytes.subarray(MAGIC.length, MAGIC.length + SUM_BYTES))) return undefined;
    try {
      return deserialize(payload) as T;
    } catch {
      return undefined;
    }
  }

  /**
   * Stores a value; written beside its place and renamed, so a reader never sees half a file.
   * Not flushed to the disk: an entry lost in a crash is a miss, and its checksum catches a torn one.
   */
  write(kind: string, key: string, value: unknown): void {
    try {
      const payload = serialize(value);
      mkdirSync(join(this.dir, kind), { recursive: true });
      writeFileSafely(this.path(kind, key), Buffer.concat([MAGIC, sha256(payload), payload]), { durable: false });
    } catch {
      // A read-only or full disk only costs the next run a parse.
    }
  }

  private path(kind: string, key: string): string {
    return join(this.dir, kind, `${sha256(`${this.version}\0${key}`).toString("hex").slice(0, 40)}.bin`);
  }
}

/** The SHA-256 of file bytes, hex: a source's fingerprint, computed natively. */
export function fileFingerprint(bytes: Uint8Array): string {
  return sha256(bytes).toString("hex");
}
