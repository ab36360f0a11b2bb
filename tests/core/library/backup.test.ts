import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { backupFileName, parseBackup, writeBackup, type BackupModule } from "../../../src/core/library/backup.ts";
import { parseModule } from "../../../src/core/modules/parse-module.ts";
import { ROOT } from "../library.ts";

// Real module files as the personal library: every shipped module, as if the trainer had edited each.
const files = readdirSync(join(ROOT, "modules")).filter((f) => /^[^.]+\.md$/.test(f) /* not a translation, <id>.<language>.md */);
const modules: BackupModule[] = files.map((f, i) => ({
  id: f.replace(/\.md$/, ""),
  origin: i % 2 ? "own" : "copy",
  text: readFileSync(join(ROOT, "modules", f), "utf8"),
  revision: i + 1,
  updatedAt: `2026-03-1${i % 10}T10:00:00.000Z`,
  ...(i % 2 ? {} : { basedOnVersion: 1 }),
}));
const exportedAt = "2026-03-14T09:30:00.000Z";
const good = writeBackup(modules, exportedAt);

function refused(text: string) {
  const result = parseBackup(text, "my-backup.json");
  if (result.ok) throw new Error("expected the backup to be refused");
  return result.error;
}

/** The good backup with one change made to its JSON. */
function edited(change: (json: { modules: Record<string, unknown>[] } & Record<string, unknown>) => void): string {
  const json = JSON.parse(good);
  change(json);
  return JSON.stringify(json, null, 2);
}

describe("backup file", () => {
  test("round trip: every module comes back exactly, parsed", () => {
    expect(modules.length).toBeGreaterThanOrEqual(9);
    const result = parseBackup(good, "sourcebook-backup-2026-03-14.json");
    if (!result.ok) throw new Error(result.error);
    expect(result.value.backup).toEqual({ format: "sourcebook-backup", version: 1, exportedAt, modules });
    expect(result.value.modules).toEqual(modules.map((m) => parseModule(m.text, `${m.id}.md`).module));
    expect(writeBackup(result.value.backup.modules, exportedAt)).toBe(good);
    expect(backupFileName(exportedAt)).toBe("sourcebook-backup-2026-03-14.json");
  });

  test("an empty library is a valid backup", () => {
    const result = parseBackup(writeBackup([], exportedAt), "b.json");
    expect(result.ok && result.value.modules).toEqual([]);
  });
});

describe("a bad backup is refused with the file and the field", () => {
  test("not JSON", () => {
    expect(refused('{\n  "format": "sourcebook-backup",\n  oops\n}')).toMatch(
      /^my-backup\.json: not a Sourcebook backup: the file is not valid JSON \(line 3: /,
    );
  });

  test("another kind of file", () => {
    expect(refused(JSON.stringify({ format: "something-else", version: 1, exportedAt, modules: [] }))).toBe(
      'my-backup.json: format: expected "sourcebook-backup": this is not a Sourcebook backup file',
    );
    expect(refused("[]")).toMatch(/^my-backup\.json: /);
  });

  test("a newer format version", () => {
    expect(refused(edited((j) => (j.version = 2)))).toBe(
      "my-backup.json: version: expected 1: this backup was made by another version of Sourcebook",
    );
  });

  test("a missing, mistyped or unknown field", () => {
    expect(refused(edited((j) => delete j.modules[1]!.text))).toBe("my-backup.json: modules[1].text: is missing");
    expect(refused(edited((j) => (j.modules[2]!.origin = "shipped")))).toBe("my-backup.json: modules[2].origin: expected one of own, copy");
    expect(refused(edited((j) => (j.modules[0]!.revision = 1.5)))).toBe("my-backup.json: modules[0].revision: expected a whole number");
    expect(refused(edited((j) => (j.modules[0]!.updatedAt = "yesterday")))).toBe(
      "my-backup.json: modules[0].updatedAt: expected a date and time",
    );
    expect(refused(edited((j) => (j.modules[3]!.colour = "red")))).toBe("my-backup.json: modules[3].colour: unknown field colour");
  });

  test("a module text that does not parse: file, module, line, field", () => {
    const text = edited((j) => {
      j.modules[2]!.text = (j.modules[2]!.text as string).replace(/objectives:\n {2}- [^\n]*/, 'objectives:\n  - ""');
    });
    const id = modules[2]!.id;
    const line = modules[2]!.text.split("\n").findIndex((l) => l.startsWith("objectives:")) + 2;
    expect(refused(text)).toBe(`my-backup.json: modules[2] (${id}.md):${line}: objectives[0]: expected text`);
  });

  test("an id listed twice, or one that does not match the file", () => {
    expect(refused(edited((j) => (j.modules[4]!.id = j.modules[1]!.id)))).toBe(
      `my-backup.json: modules[4].id: "${modules[1]!.id}" appears twice (also modules[1])`,
    );
    expect(refused(edited((j) => (j.modules[0]!.id = "another-id")))).toBe(
      `my-backup.json: modules[0] (another-id.md):2: id: the file says "${modules[0]!.id}" but the backup lists it as "another-id"`,
    );
  });
});
