import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { EDITION_EXCERPTS, REVISED_ENTRY, REVISED_FILE, REVISED_ID, revisedTip } from "../fixtures/second-edition.ts";
import { libraryCopy, sourcebook } from "./run-cli.ts";

const OLD = "us-tip-2016-kg";
const excerpt = (source: string, locator: string, quote: string) => `:::excerpt ${source} "${locator}"\n${quote}\n:::\n\n`;
const module = (id: string, blocks: string) =>
  `---\nid: ${id}\ntitle: Test module\nsummary: For the tests.\nversion: 1\naudiences: [police]\ntopics: [testing]\nminutes: 30\nobjectives:\n  - Check the verifier\nreview: {status: draft}\n---\n## Section\n\n${blocks}`;
const ALL = Object.values(EDITION_EXCERPTS)
  .map((e) => excerpt(OLD, e.locator, e.quote))
  .join("");

/** A library with the revised edition catalogued and a module citing the old one once per outcome. */
function editionLibrary(blocks = ALL): { dir: string; file: string } {
  const dir = libraryCopy();
  writeFileSync(join(dir, "sources", REVISED_FILE), revisedTip(readFileSync(join(dir, "sources", "002_aede3dbb667e7d00.txt"), "utf8")));
  appendFileSync(join(dir, "sources", "catalog.yaml"), REVISED_ENTRY);
  mkdirSync(join(dir, "modules"));
  const file = join(dir, "modules", "editions.md");
  writeFileSync(file, module("editions", blocks));
  return { dir, file };
}

const reverify = (dir: string, ...more: string[]) => sourcebook(["reverify", "--from", OLD, "--to", REVISED_ID, "--library", dir, ...more]);

test("each excerpt citing the old edition is unchanged, moved, changed (with the word diff) or gone; exit 1", () => {
  const { dir } = editionLibrary();
  const r = reverify(dir);
  expect(r.code).toBe(1);
  expect(r.stdout).toContain('unchanged modules/editions.md:15 "Protection ¶1"');
  expect(r.stdout).toContain('moved     modules/editions.md:19 "Prosecution ¶3" → "Prosecution ¶2"');
  expect(r.stdout).toContain('changed   modules/editions.md:23 "Prevention ¶1"');
  expect(r.stdout).toContain("the hotline received [-3,900-] {+3,413+} calls in 2015");
  expect(r.stdout).toContain('gone      modules/editions.md:27 "Prosecution ¶4"');
  expect(r.stdout).toContain(
    "4 excerpts citing us-tip-2016-kg in 1 module file, checked against us-tip-2016-kg-rev: 1 unchanged, 1 moved, 1 changed, 1 gone.",
  );

  const json = JSON.parse(reverify(dir, "--json").stdout);
  expect(json).toMatchObject({ from: OLD, to: REVISED_ID, unchanged: 1, moved: 1, changed: 1, gone: 1 });
  expect(
    json.files[0].excerpts.map((e: { outcome: string; oldLocator: string; newLocator?: string }) => [
      e.outcome,
      e.oldLocator,
      e.newLocator,
    ]),
  ).toEqual([
    ["unchanged", "Protection ¶1", "Protection ¶1"],
    ["moved", "Prosecution ¶3", "Prosecution ¶2"],
    ["changed", "Prevention ¶1", undefined],
    ["gone", "Prosecution ¶4", undefined],
  ]);
  expect(json.files[0].excerpts[2].closest).toMatchObject({ locator: "Prevention ¶1", text: "the hotline received 3,900 calls in 2015" });
  expect(json.files[0].excerpts[3].closest).toBeUndefined();
});

test("exit 0 when every excerpt is unchanged or moved; excerpts citing other sources are not counted", () => {
  const { unchanged, moved } = EDITION_EXCERPTS;
  const other = excerpt("un-hrc-25-48-add1", "para. 75", "Children are interrogated by police officers");
  const { dir } = editionLibrary(excerpt(OLD, unchanged.locator, unchanged.quote) + other + excerpt(OLD, moved.locator, moved.quote));
  const r = reverify(dir);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain(
    "2 excerpts citing us-tip-2016-kg in 1 module file, checked against us-tip-2016-kg-rev: 1 unchanged, 1 moved, 0 changed, 0 gone.",
  );
});

test("--write makes the unchanged and moved excerpts cite the new edition, leaves changed and gone ones, and the module verifies", () => {
  const { dir, file } = editionLibrary();
  const before = readFileSync(file, "utf8");
  const r = reverify(dir, "--write");
  expect(r.code).toBe(1);
  expect(r.stdout).toContain("Rewrote 2 excerpts of modules/editions.md to cite us-tip-2016-kg-rev.");
  const after = readFileSync(file, "utf8");
  const { unchanged, moved, changed, gone } = EDITION_EXCERPTS;
  expect(after).toBe(
    before
      .replace(excerpt(OLD, unchanged.locator, unchanged.quote), excerpt(REVISED_ID, "Protection ¶1", unchanged.quote))
      .replace(excerpt(OLD, moved.locator, moved.quote), excerpt(REVISED_ID, "Prosecution ¶2", moved.quote)),
  );
  expect(after).toContain(excerpt(OLD, changed.locator, changed.quote));
  expect(after).toContain(excerpt(OLD, gone.locator, gone.quote));
  // The rewritten excerpts verify against the new edition; the untouched ones still verify against the old, which stays citable.
  const verify = JSON.parse(sourcebook(["verify", "--library", dir, "--json"]).stdout);
  expect(
    verify.files[0].excerpts.map((e: { sourceId: string; locator: string; status: string }) => [e.sourceId, e.locator, e.status]),
  ).toEqual([
    [REVISED_ID, "Protection ¶1", "verified"],
    [REVISED_ID, "Prosecution ¶2", "verified"],
    [OLD, "Prevention ¶1", "verified"],
    [OLD, "Prosecution ¶4", "verified"],
  ]);
  // A second run finds only what is left to decide.
  expect(reverify(dir).stdout).toContain(
    "2 excerpts citing us-tip-2016-kg in 1 module file, checked against us-tip-2016-kg-rev: 0 unchanged, 0 moved, 1 changed, 1 gone.",
  );
});

test("--write leaves alone a module whose front matter has a comment, says so, and exits 1", () => {
  const { unchanged } = EDITION_EXCERPTS;
  const { dir, file } = editionLibrary(excerpt(OLD, unchanged.locator, unchanged.quote));
  writeFileSync(file, readFileSync(file, "utf8").replace("version: 1\n", "version: 1 # bump on every change\n"));
  const before = readFileSync(file, "utf8");
  const r = reverify(dir, "--write");
  expect(r.code).toBe(1);
  expect(r.stdout).toContain("modules/editions.md:5: the front matter has a comment (# bump on every change)");
  expect(readFileSync(file, "utf8")).toBe(before);
});

test("the old edition stays citable and `sources` says what supersedes it", () => {
  const { dir } = editionLibrary();
  const cite = sourcebook(["cite", OLD, EDITION_EXCERPTS.gone.quote, "--library", dir]);
  expect(cite.code).toBe(0);
  const list = sourcebook(["sources", "--library", dir]);
  expect(list.stdout).toMatch(/us-tip-2016-kg .*\(superseded by us-tip-2016-kg-rev\)/);
  const json = JSON.parse(sourcebook(["sources", "--library", dir, "--json"]).stdout);
  expect(json.find((s: { id: string }) => s.id === OLD)).toMatchObject({ supersedes: null, supersededBy: [REVISED_ID] });
  expect(json.find((s: { id: string }) => s.id === REVISED_ID)).toMatchObject({ supersedes: OLD, supersededBy: [] });
});

test("usage errors exit 2: a missing --to, an unknown id, the same edition twice", () => {
  const { dir } = editionLibrary();
  const missing = sourcebook(["reverify", "--from", OLD, "--library", dir]);
  expect(missing.code).toBe(2);
  expect(missing.stderr).toContain("reverify needs the old edition and the new one");
  const unknown = sourcebook(["reverify", "--from", OLD, "--to", "us-tip-2099-kg", "--library", dir]);
  expect(unknown.code).toBe(2);
  expect(unknown.stderr).toContain('Unknown source "us-tip-2099-kg"');
  const same = sourcebook(["reverify", "--from", OLD, "--to", OLD, "--library", dir]);
  expect(same.code).toBe(2);
});

test("a catalog whose supersedes names no source, or closes a cycle, is refused with file, line and field", () => {
  const { dir } = editionLibrary();
  const catalog = join(dir, "sources", "catalog.yaml");
  const text = readFileSync(catalog, "utf8");
  writeFileSync(catalog, text.replace("supersedes: us-tip-2016-kg", "supersedes: us-tip-2015-kg"));
  const unknown = sourcebook(["sources", "--library", dir]);
  expect(unknown.code).toBe(2);
  const line = text.split("\n").findIndex((l) => l.includes("supersedes:")) + 1;
  expect(unknown.stderr).toContain(`sources/catalog.yaml:${line}`);
  expect(unknown.stderr).toContain('supersedes: "us-tip-2015-kg" is not a source of the catalog');
  writeFileSync(catalog, text.replace("    series: us-tip-kyrgyzstan\n", `    series: us-tip-kyrgyzstan\n    supersedes: ${REVISED_ID}\n`));
  const cycle = sourcebook(["sources", "--library", dir]);
  expect(cycle.code).toBe(2);
  expect(cycle.stderr).toContain("editions supersede each other in a cycle (us-tip-2016-kg → us-tip-2016-kg-rev → us-tip-2016-kg)");
});
