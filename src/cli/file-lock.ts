import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { randomUUID } from "node:crypto";
import { isSystemError, meaningOf } from "./system-error.ts";
import { UsageError } from "./usage-error.ts";

/** Who holds a lock: written into the lock file when it is created. */
interface Holder {
  pid: number;
  host: string;
  started: string;
  token: string;
}

export interface LockOptions {
  /** How the locked file is named in messages ("sources/catalog.yaml"). */
  shown: string;
  /** How long to wait for another run (default: $SOURCEBOOK_LOCK_WAIT_MS, else 60 s). */
  waitMs?: number;
  /** A lock older than this is taken over even if its run seems alive (default 10 min). */
  staleMs?: number;
}

/** A lock file whose writer has not written its holder yet is given this long before it counts as abandoned. */
const UNWRITTEN_MS = 5_000;

/**
 * Runs `work` while holding `<file>.lock`, so two sourcebook runs never read-modify-write the same
 * file at once. The lock is created with O_EXCL (one creator wins) and holds the pid, host and
 * start time; a lock whose run has died (same host, pid gone) or that is older than `staleMs` is
 * taken over. Another run's lock is waited for, up to `waitMs`, then refused in one sentence.
 */
export function withFileLock<T>(file: string, options: LockOptions, work: () => T): T {
  const lock = `${file}.lock`;
  const me: Holder = { pid: process.pid, host: hostname(), started: new Date().toISOString(), token: randomUUID() };
  const waitMs = options.waitMs ?? (Number(process.env.SOURCEBOOK_LOCK_WAIT_MS) || 60_000);
  const deadline = Date.now() + waitMs;
  for (let pause = 5; !tryCreate(lock, me, options.shown); pause = Math.min(pause * 2, 250)) {
    const held = readLock(lock);
    if (held === undefined) continue; // released just now
    if (isStale(held, options.staleMs ?? 600_000)) {
      breakLock(lock, held.raw);
      continue;
    }
    if (Date.now() >= deadline) throw new UsageError(busy(options.shown, `${options.shown}.lock`, held.holder, waitMs));
    sleep(pause);
  }
  try {
    return work();
  } finally {
    // Only our own lock is removed: after a takeover the file may be another run's.
    if (readLock(lock)?.raw === JSON.stringify(me)) unlinkSync(lock);
  }
}

function tryCreate(lock: string, me: Holder, shown: string): boolean {
  let fd: number;
  try {
    fd = openSync(lock, "wx");
  } catch (e) {
    if (!isSystemError(e)) throw e;
    if (e.code === "EEXIST") return false;
    throw new UsageError(`${shown} cannot be changed: its lock ${shown}.lock could not be created (${meaningOf(e)}); nothing was written.`);
  }
  try {
    writeSync(fd, JSON.stringify(me));
  } finally {
    closeSync(fd);
  }
  return true;
}

function readLock(lock: string): { raw: string; holder: Partial<Holder>; age: number } | undefined {
  try {
    const raw = readFileSync(lock, "utf8");
    const age = Date.now() - statSync(lock).mtimeMs;
    let holder: Partial<Holder> = {};
    try {
      holder = JSON.parse(raw) as Partial<Holder>;
    } catch {
      // Being written this instant, or left half-written by a run that died.
    }
    return { raw, holder, age };
  } catch {
    return undefined;
  }
}

function isStale(held: { holder: Partial<Holder>; age: number }, staleMs: number): boolean {
  const { pid, host } = held.holder;
  if (typeof pid !== "number") return held.age > UNWRITTEN_MS;
  if (held.age > staleMs) return true;
  return host === hostname() && !isAlive(pid);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM"; // alive, someone else's
  }
}

/**
 * Removes a stale lock. Two runs may judge it stale at once: a second lock file (`.break`, also
 * O_EXCL) lets one of them at a time remove it, and only if it is still the lock judged stale,
 * so a fresh lock another run created meanwhile is never removed.
 */
function breakLock(lock: string, staleRaw: string): void {
  const breaker = `${lock}.break`;
  let fd: number;
  try {
    fd = openSync(breaker, "wx");
  } catch {
    // Another run is breaking it; a breaker left by a run that died is cleared after a while.
    const age = readLock(breaker)?.age ?? 0;
    if (age > UNWRITTEN_MS) unlinkQuietly(breaker);
    return sleep(5);
  }
  try {
    if (readLock(lock)?.raw === staleRaw) unlinkQuietly(lock);
  } finally {
    closeSync(fd);
    unlinkQuietly(breaker);
  }
}

function busy(shown: string, lockShown: string, holder: Partial<Holder>, waitMs: number): string {
  const who = typeof holder.pid === "number" ? ` (pid ${holder.pid}${holder.started ? `, since ${holder.started}` : ""})` : "";
  return `${shown} is being changed by another sourcebook run${who}; waited ${Math.round(waitMs / 100) / 10} s. Run this again when it has finished, or delete ${lockShown} if no sourcebook is running.`;
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone.
  }
}

/** Blocks this thread: the commands that take a lock are synchronous. */
function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
