import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { withFileLock } from "../../src/cli/file-lock.ts";

/** A file to lock, in a folder of its own. */
const lockedFile = () => join(mkdtempSync(join(tmpdir(), "sourcebook-lock-")), "catalog.yaml");
const holder = (pid: number) => JSON.stringify({ pid, host: hostname(), started: new Date().toISOString(), token: "other" });

test("holds the lock while the work runs, and removes it after, even when the work fails", () => {
  const file = lockedFile();
  const seen = withFileLock(file, { shown: "catalog.yaml" }, () => JSON.parse(readFileSync(`${file}.lock`, "utf8")) as { pid: number });
  expect(seen.pid).toBe(process.pid);
  expect(existsSync(`${file}.lock`)).toBe(false);
  expect(() =>
    withFileLock(file, { shown: "catalog.yaml" }, () => {
      throw new Error("the work failed");
    }),
  ).toThrow("the work failed");
  expect(existsSync(`${file}.lock`)).toBe(false);
});

test("a lock held by a live run is waited for, then refused in one sentence naming the holder; the lock stays", () => {
  const file = lockedFile();
  const live = holder(process.pid);
  writeFileSync(`${file}.lock`, live);
  const started = Date.now();
  let ran = false;
  expect(() => withFileLock(file, { shown: "catalog.yaml", waitMs: 200 }, () => (ran = true))).toThrow(
    new RegExp(`^catalog\\.yaml is being changed by another sourcebook run \\(pid ${process.pid}, since .*\\); waited 0\\.2 s\\.`),
  );
  expect(Date.now() - started).toBeGreaterThanOrEqual(200);
  expect(ran).toBe(false);
  expect(readFileSync(`${file}.lock`, "utf8")).toBe(live);
});

test("a lock whose run has died is taken over at once", () => {
  const file = lockedFile();
  const dead = spawnSync(process.execPath, ["-e", "0"]).pid!;
  writeFileSync(`${file}.lock`, holder(dead));
  expect(withFileLock(file, { shown: "catalog.yaml", waitMs: 0 }, () => "ran")).toBe("ran");
  expect(existsSync(`${file}.lock`)).toBe(false);
});

test("a lock older than the bound is taken over even when its pid seems alive", () => {
  const file = lockedFile();
  writeFileSync(`${file}.lock`, holder(process.pid));
  const hourAgo = new Date(Date.now() - 3_600_000);
  utimesSync(`${file}.lock`, hourAgo, hourAgo);
  expect(withFileLock(file, { shown: "catalog.yaml", waitMs: 0, staleMs: 60_000 }, () => "ran")).toBe("ran");
});
