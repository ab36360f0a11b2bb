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

test("fmt keeps an excerpt's acknowledged cautions, in their canonical order, and refuses an unknown one with its line", () => {
  const dir = libraryCopy();
  mkdirSync(join(dir, "modules"));
  const file = join(dir, "modules", "acknowledged.md");
  const head =
    "---\nid: acknowledged\ntitle: Acknowledged\nsummary: S\nversion: 1\naudiences: [police]\ntopics: []\nminutes: 30\nobjectives:\n  - O\nreview: {status: draft}\n---\n## Why it matters\n\n";
  const body = (fence: string) => `${head}${fence}\nPolice allegedly extorted bribes from child sex trafficking victims\n:::\n`;
  writeFileSync(file, body(':::excerpt us-tip-2016-kg "Protection ¶2" acknowledge=qualified,attribution'));
  const r = sourcebook(["fmt", "--library", dir]);
  expect(r.code).toBe(0);
  expect(readFileSync(file, "utf8")).toBe(body(':::excerpt us-tip-2016-kg "Protection ¶2" acknowledge=attribution,qualified'));
  expect(sourcebook(["fmt", "--check", "--library", dir]).code).toBe(0);

  writeFileSync(file, body(':::excerpt us-tip-2016-kg "Protection ¶2" acknowledge=attributed'));
  const bad = sourcebook(["fmt", "--library", dir]);
  expect(bad.code).toBe(1);
  expect(bad.stdout).toContain(
    'modules/acknowledged.md:15: excerpt: acknowledge=attributed: "attributed" is not a caution (expected attribution, older-data, qualified, long-elision, separated by commas)',
  );
});
