import { chmodSync, lstatSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { expectRefusal } from "./faults.ts";
import { libraryCopy, sourcebook } from "./run-cli.ts";

/** A module written by hand, fields out of order; `fmt` would rewrite it. */
const messy = (id: string, extra = "") =>
  `---\ntitle: Test module\nid: ${id}\nsummary: For the tests.\nversion: 1${extra}\naudiences: [police]\ntopics: []\nminutes: 30\nobjectives: [Check fmt]\nreview: {status: draft}\n---\n## Why it matters\n`;
const canonical = (id: string) =>
  `---\nid: ${id}\ntitle: Test module\nsummary: For the tests.\nversion: 1\naudiences: [police]\ntopics: []\nminutes: 30\nobjectives:\n  - Check fmt\nreview: {status: draft}\n---\n## Why it matters\n`;

function libraryWith(files: Record<string, string | Buffer>): string {
  const dir = libraryCopy();
  mkdirSync(join(dir, "modules"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, "modules", name), text);
  return dir;
}
const fmt = (dir: string, ...args: string[]) => sourcebook(["fmt", ...args, "--library", dir]);

describe("fmt writes only what it can keep faithfully", () => {
  test("the fixture is what fmt rewrites, and into what", () => {
    const dir = libraryWith({ "a.md": messy("a") });
    expect(fmt(dir).code).toBe(0);
    expect(readFileSync(join(dir, "modules", "a.md"), "utf8")).toBe(canonical("a"));
  });

  test("F13: a module that is a link is formatted through it: the link stays a link, its target is rewritten", () => {
    const dir = libraryWith({});
    mkdirSync(join(dir, "shared"));
    writeFileSync(join(dir, "shared", "a.md"), messy("a"));
    symlinkSync(join("..", "shared", "a.md"), join(dir, "modules", "a.md"));
    const r = fmt(dir);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(lstatSync(join(dir, "modules", "a.md")).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, "shared", "a.md"), "utf8")).toBe(canonical("a"));
  });

  test("F13: a read-only (0444) module is refused and left as it was, mode included; the others are formatted, keeping their mode", () => {
    const dir = libraryWith({ "a.md": messy("a"), "b.md": messy("b") });
    chmodSync(join(dir, "modules", "a.md"), 0o444);
    chmodSync(join(dir, "modules", "b.md"), 0o640);
    const r = fmt(dir);
    expectRefusal(r, 2, /^sourcebook: modules\/a\.md is read-only; fmt did not change it\.$/);
    expect(readFileSync(join(dir, "modules", "a.md"), "utf8")).toBe(messy("a"));
    expect(statSync(join(dir, "modules", "a.md")).mode & 0o777).toBe(0o444);
    expect(readFileSync(join(dir, "modules", "b.md"), "utf8")).toBe(canonical("b"));
    expect(statSync(join(dir, "modules", "b.md")).mode & 0o777).toBe(0o640);
  });

  test("F12: comments in front matter are never dropped: the file is left as it was, and fmt says where and why", () => {
    const commented = messy("a", "  # bump on every change").replace(
      "review:",
      "# Reviewer: do not approve before the legal check.\nreview:",
    );
    const dir = libraryWith({ "a.md": commented, "b.md": messy("b") });
    const r = fmt(dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      "modules/a.md:5: the front matter has a comment (# bump on every change), which the canonical form cannot keep; fmt left the file as it was.",
    );
    expect(readFileSync(join(dir, "modules", "a.md"), "utf8")).toBe(commented);
    expect(readFileSync(join(dir, "modules", "b.md"), "utf8")).toBe(canonical("b"));
    const check = fmt(dir, "--check");
    expect(check.code).toBe(1);
    expect(check.stdout).toContain("modules/a.md:5: the front matter has a comment");
  });

  test("F10: invalid UTF-8 is refused with file, line and byte offset, never rewritten as U+FFFD", () => {
    // "Café" saved in Latin-1: é is the one byte 0xE9, which no UTF-8 character starts with when a space follows.
    const bad = Buffer.concat([Buffer.from(messy("a") + "\nCaf"), Buffer.from([0xe9]), Buffer.from(" au lait\n")]);
    const dir = libraryWith({ "a.md": bad, "b.md": messy("b") });
    const r = fmt(dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`modules/a\\.md:14: .*UTF-8.*byte ${bad.indexOf(0xe9)}`));
    expect(readFileSync(join(dir, "modules", "a.md")).equals(bad)).toBe(true);
    expect(readFileSync(join(dir, "modules", "b.md"), "utf8")).toBe(canonical("b"));
    expect(fmt(dir, "--check").stdout).toMatch(/modules\/a\.md:14: .*UTF-8/);
  });
});
