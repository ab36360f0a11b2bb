import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { expectRefusal, WRITE_FAULT } from "./faults.ts";
import { libraryCopy, sourcebook, sourcebookAsync } from "./run-cli.ts";

const module = (id: string, excerpt: string) =>
  `---\nid: ${id}\ntitle: Test module\nsummary: For the tests.\nversion: 1\naudiences: [police]\ntopics: [testing]\nminutes: 30\nobjectives:\n  - Check the verifier\nreview: {status: draft}\n---\n## Section\n\n${excerpt}\n`;
const UN = `:::excerpt un-hrc-25-48-add1 "para. 75"\nChildren are interrogated by police officers and give their statements in the same way\nas adults, in public areas of police stations […]\n:::\n`;
const TIP = `:::excerpt us-tip-2016-kg "Protection ¶2"\nPolice allegedly extorted bribes from child sex trafficking victims through threats of arrest for prostitution\n:::\n`;

/** A short report to add as a source; each `n` gives different words, so different bytes. */
const report = (n: number) =>
  `# Field notes ${n}\n\n## Findings\n\nIn district ${n}, child victims were heard ${n + 2} times on average before trial.\n`;
const addArgs = (dir: string, n: number) => [
  "add-source",
  join(dir, `notes-${n}.md`),
  ...["--id", `notes-${n}`, "--title", `Field notes ${n}`, "--publisher", "Example Institute", "--date", "2024-05"],
  ...["--rights", "Quote with attribution.", "--library", dir],
];

/** What the catalog lists and what sources/ holds: they must agree. */
function libraryState(dir: string) {
  const catalog = parse(readFileSync(join(dir, "sources", "catalog.yaml"), "utf8")) as { sources: { id: string; file: string }[] };
  const listed = catalog.sources.map((s) => s.file).sort();
  const onDisk = readdirSync(join(dir, "sources"))
    // The library's own records (catalog, permissions, further reading) are not source files.
    .filter((f) => !f.endsWith(".yaml"))
    .sort();
  return { ids: catalog.sources.map((s) => s.id), listed, onDisk };
}

/** The pid of a process that has ended. */
function deadPid(): number {
  return spawnSync(process.execPath, ["-e", "0"]).pid!;
}

describe("one writer at a time", () => {
  test("F14: two `verify --update` runs at once, on different modules, both land in the lock (5 trials)", async () => {
    const dir = libraryCopy();
    mkdirSync(join(dir, "modules"));
    writeFileSync(join(dir, "modules", "a-un.md"), module("a-un", UN));
    writeFileSync(join(dir, "modules", "b-tip.md"), module("b-tip", TIP));
    const lockFile = join(dir, "modules", "anchors.lock.json");
    for (let trial = 1; trial <= 5; trial++) {
      rmSync(lockFile, { force: true });
      const runs = await Promise.all(
        ["a-un", "b-tip"].map((id) => sourcebookAsync(["verify", "--update", join(dir, "modules", `${id}.md`), "--library", dir])),
      );
      for (const r of runs) expect(r.code, `trial ${trial}: ${r.stderr}`).toBe(0);
      const lock = JSON.parse(readFileSync(lockFile, "utf8")) as { modules: Record<string, { sourceId: string }[]> };
      expect(Object.keys(lock.modules).sort(), `trial ${trial}`).toEqual(["a-un", "b-tip"]);
      expect(lock.modules["a-un"]!.map((e) => e.sourceId)).toEqual(["un-hrc-25-48-add1"]);
      expect(lock.modules["b-tip"]!.map((e) => e.sourceId)).toEqual(["us-tip-2016-kg"]);
      expect(readdirSync(join(dir, "modules")).sort(), `trial ${trial}`).toEqual(["a-un.md", "anchors.lock.json", "b-tip.md"]);
    }
  });

  test("F15: three `add-source` runs at once all land: the catalog and sources/ agree (10 trials)", async () => {
    for (let trial = 1; trial <= 10; trial++) {
      const dir = libraryCopy();
      const before = libraryState(dir);
      for (const n of [1, 2, 3]) writeFileSync(join(dir, `notes-${n}.md`), report(n));
      const runs = await Promise.all([1, 2, 3].map((n) => sourcebookAsync(addArgs(dir, n))));
      for (const r of runs) expect(r.code, `trial ${trial}: ${r.stderr}`).toBe(0);
      const after = libraryState(dir);
      expect(after.ids, `trial ${trial}`).toEqual(expect.arrayContaining([...before.ids, "notes-1", "notes-2", "notes-3"]));
      expect(after.ids).toHaveLength(before.ids.length + 3);
      expect(after.onDisk, `trial ${trial}`).toEqual(after.listed);
    }
  });

  test("a run that finds the catalog locked by a live run waits, then says who holds it, exit 2, and changes nothing", () => {
    const dir = libraryCopy();
    writeFileSync(join(dir, "notes-1.md"), report(1));
    const before = libraryState(dir);
    const holder = JSON.stringify({ pid: process.pid, host: hostname(), started: new Date().toISOString(), token: "test" });
    writeFileSync(join(dir, "sources", "catalog.yaml.lock"), holder);
    const r = sourcebook(addArgs(dir, 1), { env: { SOURCEBOOK_LOCK_WAIT_MS: "300" } });
    expectRefusal(r, 2, new RegExp(`sources/catalog\\.yaml is being changed by another sourcebook run \\(pid ${process.pid}, `));
    expect(readFileSync(join(dir, "sources", "catalog.yaml.lock"), "utf8")).toBe(holder);
    const after = libraryState(dir);
    expect({ ...after, onDisk: after.onDisk.filter((f) => f !== "catalog.yaml.lock") }).toEqual(before);
  });

  test("a lock left by a run that died is taken over, and removed when done", () => {
    const dir = libraryCopy();
    writeFileSync(join(dir, "notes-1.md"), report(1));
    const stale = JSON.stringify({ pid: deadPid(), host: hostname(), started: new Date().toISOString(), token: "dead" });
    writeFileSync(join(dir, "sources", "catalog.yaml.lock"), stale);
    const r = sourcebook(addArgs(dir, 1));
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(libraryState(dir).ids).toContain("notes-1");
    expect(existsSync(join(dir, "sources", "catalog.yaml.lock"))).toBe(false);
  });
});

describe("add-source leaves the source file and its catalog entry together, or neither", () => {
  test("a catalog write that fails (ENOSPC injected) leaves no source file behind, and the same add then succeeds", () => {
    const dir = libraryCopy();
    writeFileSync(join(dir, "notes-1.md"), report(1));
    const before = libraryState(dir);
    const failed = sourcebook(addArgs(dir, 1), { env: { [WRITE_FAULT]: "ENOSPC:catalog.yaml" } });
    expectRefusal(failed, 2, /the disk is full.*sources\/catalog\.yaml.*nothing was written/);
    expect(libraryState(dir)).toEqual(before);
    const again = sourcebook(addArgs(dir, 1));
    expect(again.stderr).toBe("");
    expect(again.code).toBe(0);
  });

  test("a file an interrupted run left in sources/ (not in the catalog, the same bytes) does not block adding it", () => {
    const dir = libraryCopy();
    writeFileSync(join(dir, "notes-1.md"), report(1));
    writeFileSync(join(dir, "sources", "notes-1.md"), report(1));
    const r = sourcebook(addArgs(dir, 1));
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const after = libraryState(dir);
    expect(after.ids).toContain("notes-1");
    expect(after.onDisk).toEqual(after.listed);
  });

  test("a different file of the same name in sources/ is still never overwritten", () => {
    const dir = libraryCopy();
    writeFileSync(join(dir, "notes-1.md"), report(1));
    writeFileSync(join(dir, "sources", "notes-1.md"), report(2));
    expectRefusal(sourcebook(addArgs(dir, 1)), 2, /sources\/notes-1\.md already exists/);
    expect(readFileSync(join(dir, "sources", "notes-1.md"), "utf8")).toBe(report(2));
  });
});
