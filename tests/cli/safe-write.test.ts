import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { writeFileSafely, type WriteStep } from "../../src/cli/safe-write.ts";
import { UsageError } from "../../src/cli/usage-error.ts";

const folder = () => mkdtempSync(join(tmpdir(), "sourcebook-write-"));

/** A fault hook that fails one step with a system error code, as the kernel would. */
const failing = (at: WriteStep, code: string) => (step: WriteStep, target: string) => {
  if (step === at) throw Object.assign(new Error(`${code}: ${step} '${target}'`), { code, syscall: step, path: target });
};

/** The error a call throws, or undefined. */
function errorOf(work: () => void): unknown {
  try {
    work();
  } catch (e) {
    return e;
  }
  return undefined;
}

describe("writeFileSafely", () => {
  test("writes a new file, and replaces an existing one keeping its mode", () => {
    const dir = folder();
    writeFileSafely(join(dir, "new.txt"), "first");
    expect(readFileSync(join(dir, "new.txt"), "utf8")).toBe("first");
    writeFileSync(join(dir, "kept.txt"), "old");
    chmodSync(join(dir, "kept.txt"), 0o640);
    writeFileSafely(join(dir, "kept.txt"), new Uint8Array([104, 105]));
    expect(readFileSync(join(dir, "kept.txt"), "utf8")).toBe("hi");
    expect(statSync(join(dir, "kept.txt")).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir).sort()).toEqual(["kept.txt", "new.txt"]);
  });

  test("writes through a symbolic link: the link stays a link, its target changes", () => {
    const dir = folder();
    mkdirSync(join(dir, "real"));
    writeFileSync(join(dir, "real", "a.md"), "old");
    symlinkSync(join("real", "a.md"), join(dir, "a.md"));
    writeFileSafely(join(dir, "a.md"), "new");
    expect(lstatSync(join(dir, "a.md")).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, "real", "a.md"), "utf8")).toBe("new");
    expect(readdirSync(join(dir, "real"))).toEqual(["a.md"]);
  });

  test.each<[WriteStep, string, RegExp]>([
    ["open", "EACCES", /^out\/h\.pdf cannot be written \(permission denied\); nothing was written\.$/],
    ["open", "EROFS", /^out\/h\.pdf cannot be written \(read-only file system\); nothing was written\.$/],
    ["write", "ENOSPC", /^the disk is full while writing out\/h\.pdf; nothing was written\.$/],
    ["fsync", "EIO", /^out\/h\.pdf could not be written \(an input\/output error\); nothing was written\.$/],
    ["rename", "EXDEV", /^out\/h\.pdf could not be written \(EXDEV\); nothing was written\.$/],
  ])("a failure at %s (%s) is one sentence; the old file stays whole and no temporary file is left", (step, code, sentence) => {
    const dir = folder();
    writeFileSync(join(dir, "h.pdf"), "the earlier handout");
    const e = errorOf(() => writeFileSafely(join(dir, "h.pdf"), "a new handout", { shown: "out/h.pdf", fault: failing(step, code) }));
    expect(e).toBeInstanceOf(UsageError);
    expect((e as Error).message).toMatch(sentence);
    expect(readFileSync(join(dir, "h.pdf"), "utf8")).toBe("the earlier handout");
    expect(readdirSync(dir)).toEqual(["h.pdf"]);
  });

  test("a read-only file is refused, even where the process could write it (root), and left as it was", () => {
    const dir = folder();
    writeFileSync(join(dir, "a.md"), "old");
    chmodSync(join(dir, "a.md"), 0o444);
    expect(() => writeFileSafely(join(dir, "a.md"), "new", { shown: "modules/a.md", command: "fmt" })).toThrow(
      new UsageError("modules/a.md is read-only; fmt did not change it."),
    );
    expect(readFileSync(join(dir, "a.md"), "utf8")).toBe("old");
    expect(statSync(join(dir, "a.md")).mode & 0o777).toBe(0o444);
  });

  test("a folder in the target's place is refused in one sentence", () => {
    const dir = folder();
    mkdirSync(join(dir, "h.pdf"));
    expect(() => writeFileSafely(join(dir, "h.pdf"), "x", { shown: "h.pdf" })).toThrow(
      new UsageError("h.pdf is a folder; give a file name."),
    );
  });
});
