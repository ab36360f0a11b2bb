import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { libraryCopy, projectRoot, sourcebook } from "./run-cli.ts";

// Issue 11, F8, F10, F11, F7: a hostile or careless input file is one sentence naming it, and the
// other files are still checked or printed.

/** Nine levels of nine aliases: a "billion laughs" YAML document. */
function aliasBomb(): string {
  const levels = ["a: &a [x, x, x, x, x, x, x, x, x]"];
  for (let i = 1; i < 9; i++)
    levels.push(
      `l${i}: &l${i} [${Array(9)
        .fill(i === 1 ? "*a" : `*l${i - 1}`)
        .join(", ")}]`,
    );
  return levels.join("\n") + "\n";
}

const GOOD_MODULE = readdirSync(join(projectRoot, "modules")).find((f) => f === "criminal-law.md")!;
/** A module whose front matter is a YAML bomb (its first alias on line 3). */
const BOMB_MODULE = `---\n${aliasBomb()}---\n\nBody.\n`;
/** A module saved as Latin-1: "é" is the single byte 0xE9, on line 3, at byte 24. */
const LATIN1_MODULE = Buffer.concat([Buffer.from("---\nid: latin\ntitle: Caf"), Buffer.from([0xe9]), Buffer.from("\n---\n")]);

function library(): string {
  const dir = libraryCopy();
  mkdirSync(join(dir, "modules"));
  cpSync(join(projectRoot, "modules", GOOD_MODULE), join(dir, "modules", GOOD_MODULE));
  writeFileSync(join(dir, "modules", "a-bomb.md"), BOMB_MODULE);
  writeFileSync(join(dir, "modules", "b-latin.md"), LATIN1_MODULE);
  return dir;
}

const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at |ReferenceError|Excessive alias count/);

test("verify: an alias bomb and a file that is not UTF-8 are each one line with file:line; the good module is still verified", () => {
  const dir = library();
  const r = sourcebook(["verify", "--library", dir]);
  expect(r.code).toBe(1);
  expect(r.stdout).toContain("✘ modules/a-bomb.md:3: the YAML aliases (*a and others) stand for more than 100 values, the limit");
  expect(r.stdout).toContain("✘ modules/b-latin.md:3: invalid UTF-8 at byte 24; save the file as UTF-8");
  expect(r.stdout).toMatch(/modules\/criminal-law\.md\s+\d+\s+\d+\s+0/);
  noStackTrace(r.stdout + r.stderr);
});

test("fmt --check: the bad files are named, one line each, and the others are still checked", () => {
  const dir = library();
  const r = sourcebook(["fmt", "--check", "--library", dir]);
  expect(r.code).toBe(1);
  expect(r.stdout).toContain("✘ modules/a-bomb.md:3: the YAML aliases");
  expect(r.stdout).toContain("✘ modules/b-latin.md:3: invalid UTF-8 at byte 24");
  expect(r.stdout).not.toContain("criminal-law.md");
  noStackTrace(r.stdout + r.stderr);
});

/** A library that can print, with one extra starter session file. */
function printingLibraryWith(name: string, text: string | Buffer): string {
  const dir = libraryCopy();
  cpSync(join(projectRoot, "modules"), join(dir, "modules"), { recursive: true });
  cpSync(join(projectRoot, "templates"), join(dir, "templates"), { recursive: true });
  writeFileSync(join(dir, "templates", "sessions", name), text);
  return dir;
}

test("export --all: a session that is an alias bomb is one line on stderr; every other session still prints; exit 2 at the end", () => {
  const dir = printingLibraryWith("a-bomb.yaml", `title: Bomb\n${aliasBomb()}`);
  mkdirSync(join(dir, "out"));
  const r = sourcebook(["export", "--all", "--edition", "card", "--out", join(dir, "out"), "--library", dir]);
  expect(r.stderr).toContain("✘ templates/sessions/a-bomb.yaml:3: the YAML aliases");
  const starters = readdirSync(join(projectRoot, "templates", "sessions")).map((f) => f.replace(/\.yaml$/, "-card.pdf"));
  expect(readdirSync(join(dir, "out")).sort()).toEqual(starters.sort());
  expect(r.code).toBe(2);
  noStackTrace(r.stdout + r.stderr);
});

test("export: a session file that is not UTF-8 is refused with file, line and byte, exit 2", () => {
  const dir = printingLibraryWith("latin.yaml", Buffer.concat([Buffer.from("title: Caf"), Buffer.from([0xe9]), Buffer.from("\n")]));
  const r = sourcebook([
    "export",
    join(dir, "templates", "sessions", "latin.yaml"),
    "--edition",
    "card",
    "--out",
    join(dir, "x.pdf"),
    "--library",
    dir,
  ]);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain("templates/sessions/latin.yaml:1: invalid UTF-8 at byte 10; save the file as UTF-8");
});

test("F7: a session with a 10 MB description is refused in well under a second of work, saying the limit", () => {
  // A valid starter session, but for its description: the old code parsed and printed it (0.9 GB, 400 s).
  const starter = readFileSync(join(projectRoot, "templates", "sessions", "police-induction.yaml"), "utf8").replace(
    /^description:.*\n(?:[ \t]+.*\n)*/m,
    "",
  );
  const dir = printingLibraryWith("huge.yaml", `${starter}description: "${"x".repeat(10_000_000)}"\n`);
  const started = performance.now();
  const r = sourcebook([
    "export",
    join(dir, "templates", "sessions", "huge.yaml"),
    "--edition",
    "card",
    "--out",
    join(dir, "x.pdf"),
    "--library",
    dir,
  ]);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain("templates/sessions/huge.yaml: is 10 MB, over the 1 MB limit for a module, session, template or catalog file");
  // The command starts Node and opens the library (about a second here); the old code ran for minutes.
  expect(performance.now() - started).toBeLessThan(10_000);
});
