import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { libraryCopy, sourcebook } from "./run-cli.ts";

const module = (excerpts: string) => `---\nid: test\ntitle: Test\n---\n## Section\n\n${excerpts}\n`;
const GOOD = `:::excerpt un-hrc-25-48-add1 "para. 75"\nChildren are interrogated by police officers and give their statements in the same way\nas adults, in public areas of police stations […]\n:::\n`;
const TAMPERED = `:::excerpt us-tip-2016-kg "Protection ¶2"\nPolice allegedly extorted bribes from child sex trafficking victims through threats of arrest\nfor prostitution, even though prostitution was illegal.\n:::\n`;

function libraryWith(files: Record<string, string>): string {
  const dir = libraryCopy();
  mkdirSync(join(dir, "modules"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, "modules", name), text);
  return dir;
}

test("verify with no modules finds none and passes", () => {
  const dir = libraryCopy();
  const r = sourcebook(["verify", "--library", dir]);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain("No module files to verify.");
});

test("every excerpt of every module is checked; one tampered quote fails the run, exit 1", () => {
  const dir = libraryWith({ "a-good.md": module(GOOD), "b-tampered.md": module(GOOD + "\n" + TAMPERED) });
  const r = sourcebook(["verify", "--library", dir]);
  expect(r.code).toBe(1);
  expect(r.stdout).toMatch(/modules\/a-good\.md\s+1\s+1\s+0/);
  expect(r.stdout).toMatch(/modules\/b-tampered\.md\s+2\s+1\s+1/);
  expect(r.stdout).toContain("✘ modules/b-tampered.md:12 us-tip-2016-kg \"Protection ¶2\": altered");
  expect(r.stdout).toContain('leaves out "neither" without an elision mark');
  expect(r.stdout).toContain("even though prostitution was [-neither-] illegal");
  expect(r.stdout).toContain("2 of 3 excerpts verified in 2 module files");
});

test("verify of named files with --json, all verified, exit 0", () => {
  const dir = libraryWith({ "a-good.md": module(GOOD) });
  const r = sourcebook(["verify", join(dir, "modules", "a-good.md"), "--library", dir, "--json"]);
  expect(r.code).toBe(0);
  const out = JSON.parse(r.stdout);
  expect(out.rejected).toBe(0);
  expect(out.files[0].excerpts[0]).toMatchObject({ line: 7, sourceId: "un-hrc-25-48-add1", status: "verified" });
});

test("a module citing an unknown source or with a broken fence is reported with its line; the others are still checked", () => {
  const dir = libraryWith({
    "a-unknown.md": module(`:::excerpt no-such-source "para. 1"\nSome words.\n:::\n`),
    "b-broken.md": module(`:::excerpt un-hrc-25-48-add1 "para. 75"\nChildren are interrogated by police officers\n`),
    "c-good.md": module(GOOD),
  });
  const r = sourcebook(["verify", "--library", dir]);
  expect(r.code).toBe(1);
  expect(r.stdout).toContain('modules/a-unknown.md:7 no-such-source "para. 1": unknown-source');
  expect(r.stdout).toContain("modules/b-broken.md:7: excerpt block is not closed with :::");
  expect(r.stdout).toMatch(/modules\/c-good\.md\s+1\s+1\s+0/);
});

test("a named file that does not exist is a usage error, exit 2", () => {
  const r = sourcebook(["verify", "modules/nope.md"]);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain("No such module file");
});
