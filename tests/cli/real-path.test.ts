import { mkdirSync, mkdtempSync, realpathSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { isWithin, realPathOf } from "../../src/cli/real-path.ts";
import { UsageError } from "../../src/cli/usage-error.ts";

const folder = () => realpathSync(mkdtempSync(join(tmpdir(), "sourcebook-path-")));

test("follows links in the parent folders, to a file that does not exist yet", () => {
  const dir = folder();
  mkdirSync(join(dir, "sources"));
  symlinkSync(join(dir, "sources"), join(dir, "srclink"));
  expect(realPathOf(join(dir, "srclink", "new", "handout.pdf"))).toBe(join(dir, "sources", "new", "handout.pdf"));
});

test("follows a link that is the file itself, even when its target does not exist yet", () => {
  const dir = folder();
  mkdirSync(join(dir, "modules"));
  symlinkSync(join("modules", "later.pdf"), join(dir, "later.pdf"));
  expect(realPathOf(join(dir, "later.pdf"))).toBe(join(dir, "modules", "later.pdf"));
});

test("a loop of links is one sentence, not a hang", () => {
  const dir = folder();
  symlinkSync(join(dir, "b"), join(dir, "a"));
  symlinkSync(join(dir, "a"), join(dir, "b"));
  expect(() => realPathOf(join(dir, "a", "h.pdf"))).toThrow(UsageError);
  expect(() => realPathOf(join(dir, "a", "h.pdf"))).toThrow(/is a loop of symbolic links/);
});

test("isWithin: the folder itself and what is under it, not a sibling sharing its prefix", () => {
  expect(isWithin("/lib/sources", "/lib/sources")).toBe(true);
  expect(isWithin("/lib/sources/a.txt", "/lib/sources")).toBe(true);
  expect(isWithin("/lib/sources-old/a.txt", "/lib/sources")).toBe(false);
});
