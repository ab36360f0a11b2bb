import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { libraryCopy, sourcebook } from "./run-cli.ts";

test("fmt keeps an unfinished module's empty summary and missing objectives empty, and --check then passes", () => {
  const dir = libraryCopy();
  mkdirSync(join(dir, "modules"));
  const file = join(dir, "modules", "unfinished.md");
  // Written by hand: no summary, no objectives, fields out of order.
  writeFileSync(
    file,
    "---\ntitle: Unfinished\nid: unfinished\nversion: 1\naudiences: [police]\ntopics: []\nminutes: 30\nreview: {status: draft}\n---\n## Why it matters\n",
  );
  const r = sourcebook(["fmt", "--library", dir]);
  expect(r.stdout).toContain("formatted modules/unfinished.md");
  expect(r.code).toBe(0);
  expect(readFileSync(file, "utf8")).toBe(
    '---\nid: unfinished\ntitle: Unfinished\nsummary: ""\nversion: 1\naudiences: [police]\ntopics: []\nminutes: 30\nobjectives: []\nreview: {status: draft}\n---\n## Why it matters\n',
  );
  const check = sourcebook(["fmt", "--check", "--library", dir]);
  expect(check.stdout).toBe("");
  expect(check.code).toBe(0);
});
