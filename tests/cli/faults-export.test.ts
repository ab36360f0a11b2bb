import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { expectRefusal, runsAsRoot, WRITE_FAULT } from "./faults.ts";
import { filesUnder, printingLibrary, sourcebook } from "./run-cli.ts";

/** A library ready to print, the starter session to print, and a snapshot of the library's own folders. */
function setup() {
  const dir = printingLibrary();
  const session = join(dir, "templates", "sessions", "police-induction.yaml");
  const library = () => ["sources", "modules", "templates"].map((d) => filesUnder(join(dir, d)));
  return { dir, session, library, before: library() };
}

const exportOne = (dir: string, session: string, out: string, env: Record<string, string> = {}) =>
  sourcebook(["export", session, "--edition", "card", "--out", out, "--library", dir], { env });
const exportAll = (dir: string, out: string, env: Record<string, string> = {}) =>
  sourcebook(["export", "--all", "--edition", "card", "--out", out, "--library", dir], { env });

const OLD_PDF = "%PDF-1.4 an earlier handout\n";

describe("export never writes into the library, whatever links the path passes through", () => {
  test("F2: --out through a link to sources/ is refused, exit 2, and nothing lands in sources/", () => {
    const { dir, session, library, before } = setup();
    symlinkSync(join(dir, "sources"), join(dir, "srclink"));
    const r = exportOne(dir, session, join(dir, "srclink", "handout.pdf"));
    expectRefusal(r, 2, /srclink\/handout\.pdf.* sources\/ .*library's own files/);
    expect(library()).toEqual(before);
  });

  test("F3: --all --out through a link to templates/ is refused, exit 2, and no PDF lands in templates/", () => {
    const { dir, library, before } = setup();
    symlinkSync(join(dir, "templates"), join(dir, "tpllink"));
    const r = exportAll(dir, join(dir, "tpllink", "sessions"));
    expectRefusal(r, 2, /tpllink\/sessions.* templates\/ .*library's own files/);
    expect(library()).toEqual(before);
  });

  test("an output file that is itself a link into modules/, even to a file not there yet, is refused", () => {
    const { dir, session, library, before } = setup();
    symlinkSync(join(dir, "modules", "latest.pdf"), join(dir, "latest.pdf"));
    expectRefusal(exportOne(dir, session, join(dir, "latest.pdf")), 2, /latest\.pdf.* modules\//);
    expect(library()).toEqual(before);
  });

  test("a file in the --all folder that links into sources/ is refused before anything is printed", () => {
    const { dir, library, before } = setup();
    mkdirSync(join(dir, "out"));
    symlinkSync(join(dir, "sources", "catalog.yaml"), join(dir, "out", "police-induction-card.pdf"));
    expectRefusal(exportAll(dir, join(dir, "out")), 2, /police-induction-card\.pdf.* sources\//);
    expect(library()).toEqual(before);
    expect(readdirSync(join(dir, "out"))).toEqual(["police-induction-card.pdf"]);
  });

  test("a link to the session file itself is an input, not an output", () => {
    const { dir, library, before } = setup();
    const session = join(dir, "mine.yaml");
    writeFileSync(session, readFileSync(join(dir, "templates", "sessions", "police-induction.yaml")));
    symlinkSync(session, join(dir, "mine-link.pdf"));
    expectRefusal(exportOne(dir, session, join(dir, "mine-link.pdf")), 2, /is an input file/);
    expect(readFileSync(session, "utf8")).toBe(readFileSync(join(dir, "templates", "sessions", "police-induction.yaml"), "utf8"));
    expect(library()).toEqual(before);
  });
});

describe("a write that cannot be done is one sentence and an exit code, and leaves nothing behind", () => {
  test("F1: --out naming a folder says so, exit 2", () => {
    const { dir, session } = setup();
    mkdirSync(join(dir, "handouts"));
    expectRefusal(exportOne(dir, session, join(dir, "handouts")), 2, /handouts is a folder; give a file name ending in \.pdf/);
    expect(readdirSync(join(dir, "handouts"))).toEqual([]);
  });

  test("F4: a full disk (ENOSPC injected into the write) keeps the earlier handout whole and leaves no temporary file", () => {
    const { dir, session } = setup();
    mkdirSync(join(dir, "out"));
    writeFileSync(join(dir, "out", "h.pdf"), OLD_PDF);
    const r = exportOne(dir, session, join(dir, "out", "h.pdf"), { [WRITE_FAULT]: "ENOSPC" });
    expectRefusal(r, 2, /the disk is full.*out\/h\.pdf.*nothing was written/);
    expect(readdirSync(join(dir, "out"))).toEqual(["h.pdf"]);
    expect(readFileSync(join(dir, "out", "h.pdf"), "utf8")).toBe(OLD_PDF);
  });

  test("F4: a full disk during --all stops with one sentence and no temporary file", () => {
    const { dir } = setup();
    mkdirSync(join(dir, "out"));
    const r = exportAll(dir, join(dir, "out"), { [WRITE_FAULT]: "ENOSPC" });
    expectRefusal(r, 2, /the disk is full.*nothing was written/);
    expect(readdirSync(join(dir, "out"))).toEqual([]);
  });

  test("F5: a read-only folder is named as such, for one handout and for --all, exit 2", () => {
    const { dir, session } = setup();
    const locked = join(dir, "locked");
    mkdirSync(locked);
    chmodSync(locked, 0o555);
    // As root, chmod 0555 does not stop a write: the hook fails the write the way the kernel would for anyone else.
    const env: Record<string, string> = runsAsRoot ? { [WRITE_FAULT]: "EACCES" } : {};
    expectRefusal(exportOne(dir, session, join(locked, "h.pdf"), env), 2, /locked\/h\.pdf cannot be written \(permission denied\)/);
    expectRefusal(exportAll(dir, locked, env), 2, /locked\/.*\.pdf cannot be written \(permission denied\)/);
    expect(readdirSync(locked)).toEqual([]);
    chmodSync(locked, 0o755);
  });

  test("F5: a read-only file system (EROFS injected) is named as such, exit 2", () => {
    const { dir, session } = setup();
    const r = exportOne(dir, session, join(dir, "h.pdf"), { [WRITE_FAULT]: "EROFS" });
    expectRefusal(r, 2, /h\.pdf cannot be written \(read-only file system\)/);
    expect(existsSync(join(dir, "h.pdf"))).toBe(false);
  });

  test("an earlier handout made read-only (0444) is refused before printing, exit 2, and left as it was", () => {
    const { dir, session } = setup();
    writeFileSync(join(dir, "h.pdf"), OLD_PDF);
    chmodSync(join(dir, "h.pdf"), 0o444);
    const r = exportOne(dir, session, join(dir, "h.pdf"));
    expectRefusal(r, 2, /h\.pdf is read-only; export did not change it/);
    expect(r.stderr).not.toContain("warning:"); // refused before the session was even read
    expect(readFileSync(join(dir, "h.pdf"), "utf8")).toBe(OLD_PDF);
    expect(statSync(join(dir, "h.pdf")).mode & 0o777).toBe(0o444);
  });

  test("F6: --all --out an existing file says it is not a folder, exit 2, and leaves the file as it was", () => {
    const { dir } = setup();
    writeFileSync(join(dir, "handouts"), "my notes");
    expectRefusal(exportAll(dir, join(dir, "handouts")), 2, /handouts is a file, not a folder/);
    expect(readFileSync(join(dir, "handouts"), "utf8")).toBe("my notes");
  });

  test("--out inside a file (a path that cannot be a folder) is one sentence, exit 2", () => {
    const { dir, session } = setup();
    writeFileSync(join(dir, "notes.txt"), "my notes");
    expectRefusal(exportOne(dir, session, join(dir, "notes.txt", "h.pdf")), 2, /notes\.txt is a file, not a folder/);
    expect(readFileSync(join(dir, "notes.txt"), "utf8")).toBe("my notes");
  });
});
