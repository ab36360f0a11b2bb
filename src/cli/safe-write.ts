import { closeSync, fchmodSync, fsyncSync, mkdirSync, openSync, renameSync, unlinkSync, writeSync, type Stats } from "node:fs";
import { basename, dirname, join } from "node:path";
import { shownPath } from "./format.ts";
import { realPathOf, statOf } from "./real-path.ts";
import { isSystemError, writeFailure } from "./system-error.ts";
import { UsageError } from "./usage-error.ts";

/** The steps of a write, in order; a fault hook may fail any of them. */
export type WriteStep = "open" | "write" | "fsync" | "rename";

/** Called before each step; throwing an error with a code simulates that failure (tests only). */
export type FaultHook = (step: WriteStep, target: string) => void;

export interface SafeWriteOptions {
  /** How messages name the file (default: relative to the working folder). */
  shown?: string;
  /** The command, for "… is read-only; fmt did not change it". */
  command?: string;
  /** fsync the file and its folder (default). A cache, which checks its own entries, can skip it. */
  durable?: boolean;
  fault?: FaultHook;
}

let temps = 0;

/**
 * Writes a file so that it is either the new bytes or, after any failure, exactly what it was:
 * the bytes go to a temporary file beside the target, are flushed to the disk, and then renamed
 * over it. A symbolic link is written through (it stays a link); an existing file keeps its mode,
 * and a read-only one is refused. Every failure is one sentence (a UsageError), and the temporary
 * file is removed on every failure path.
 */
export function writeFileSafely(path: string, data: string | Uint8Array, options: SafeWriteOptions = {}): void {
  const shown = options.shown ?? shownPath(path);
  const fault = options.fault ?? faultFromEnvironment();
  const durable = options.durable ?? true;
  const target = realPathOf(path);
  const existing = statOf(target);
  if (existing?.isDirectory()) throw new UsageError(`${shown} is a folder; give a file name.`);
  refuseReadOnly(existing, shown, options.command);
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}-${++temps}.tmp`);
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  let fd: number | undefined;
  let tempExists = false;
  try {
    fault("open", target);
    fd = openSync(temp, "wx", 0o666);
    tempExists = true;
    if (existing) fchmodSync(fd, existing.mode & 0o7777); // the umask must not change the file's mode
    fault("write", target);
    for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at, bytes.length - at);
    if (durable) {
      fault("fsync", target);
      fsyncSync(fd);
    }
    closeSync(fd);
    fd = undefined;
    fault("rename", target);
    renameSync(temp, target);
    tempExists = false;
  } catch (e) {
    if (fd !== undefined) closeQuietly(fd);
    if (tempExists) removeQuietly(temp);
    throw asSentence(e, shown, dirname(target));
  }
  if (durable) syncFolder(dirname(target));
}

/** A file nobody may write (mode 0444) is left as it is, even by root, who could. */
export function refuseReadOnly(stats: Stats | undefined, shown: string, command = "sourcebook"): void {
  if (stats && !stats.isDirectory() && (stats.mode & 0o222) === 0)
    throw new UsageError(`${shown} is read-only; ${command} did not change it.`);
}

/** Creates a folder and its parents, with a failure said in one sentence. */
export function makeFolder(path: string, shown = shownPath(path)): void {
  try {
    mkdirSync(path, { recursive: true });
  } catch (e) {
    throw asSentence(e, shown, path);
  }
}

/** A failed write or mkdir as one sentence; `folder` is where the file was to go. */
function asSentence(e: unknown, shown: string, folder: string): unknown {
  if (!isSystemError(e)) return e;
  if (e.code === "ENOTDIR" || e.code === "EEXIST") {
    const file = fileInTheWay(folder);
    if (file) return new UsageError(`${shownPath(file)} is a file, not a folder; nothing was written.`);
  }
  return new UsageError(writeFailure(e, shown));
}

/** The folder, or its nearest existing parent, when that is a file. */
function fileInTheWay(folder: string): string | undefined {
  for (let p = folder; ; p = dirname(p)) {
    const stats = statOf(p);
    if (stats) return stats.isDirectory() ? undefined : p;
    if (dirname(p) === p) return undefined;
  }
}

/** Makes the rename itself durable; some platforms cannot open a folder for this, and then the rename is as durable as they allow. */
function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(folder, "r");
    fsyncSync(fd);
  } catch {
    // Windows, and some network file systems, refuse to fsync a folder.
  } finally {
    if (fd !== undefined) closeQuietly(fd);
  }
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // Already closed, or the failure being reported is what matters.
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Nothing to remove.
  }
}

/**
 * SOURCEBOOK_TEST_WRITE_FAULT=CODE[:part-of-path] makes the writes whose target contains that
 * text fail with that code, as a full disk (ENOSPC, during the write) or a read-only folder
 * (EACCES, EROFS: when the file is opened) would. Tests use it where the fault cannot be made
 * for real: a full disk, or a read-only folder for root.
 */
function faultFromEnvironment(): FaultHook {
  const spec = process.env.SOURCEBOOK_TEST_WRITE_FAULT;
  if (!spec) return () => {};
  const [code, part = ""] = spec.split(/:(.*)/s) as [string, string?];
  const failing: WriteStep = code === "ENOSPC" || code === "EDQUOT" || code === "EIO" ? "write" : "open";
  return (step, target) => {
    if (step === failing && target.includes(part))
      throw Object.assign(new Error(`${code}: injected fault, ${step} '${target}'`), { code, syscall: step, path: target });
  };
}
