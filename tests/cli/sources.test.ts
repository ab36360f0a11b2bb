import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { libraryCopy, sourcebook } from "./run-cli.ts";

// `sourcebook sources` says, for a source whose rights require permission, whether sources/permissions.yaml records one.
const ECPAT = "ecpat-gm-kg-2012";

test("a source that requires permission says none is on record until sources/permissions.yaml has one; the others say nothing of it", () => {
  const dir = libraryCopy();
  const r = sourcebook(["sources", "--library", dir]);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain(`${ECPAT}: permission required: none on record in sources/permissions.yaml.`);
  expect(r.stdout.match(/permission required/g)).toHaveLength(1);

  const json = JSON.parse(sourcebook(["sources", "--library", dir, "--json"]).stdout) as { id: string; permission: unknown }[];
  expect(json.find((s) => s.id === ECPAT)!.permission).toEqual({ required: true, onRecord: false });
  expect(json.find((s) => s.id === "un-hrc-25-48-add1")!.permission).toEqual({ required: false, onRecord: false });
});

test("a permission on record is shown with who granted it and when, and --json carries the record", () => {
  const dir = libraryCopy();
  writeFileSync(
    join(dir, "sources", "permissions.yaml"),
    `permissions:\n  - source: ${ECPAT}\n    granted-by: "A. Example, ECPAT International"\n    date: 2026-03-02\n    scope: "extracts in printed training handouts"\n    reference: "e-mail of 2 March 2026"\n`,
  );
  const r = sourcebook(["sources", "--library", dir]);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain(`${ECPAT}: permission required: on record (granted by A. Example, ECPAT International, 2 March 2026).`);

  const json = JSON.parse(sourcebook(["sources", "--library", dir, "--json"]).stdout) as { id: string; permission: unknown }[];
  expect(json.find((s) => s.id === ECPAT)!.permission).toEqual({
    required: true,
    onRecord: true,
    grantedBy: "A. Example, ECPAT International",
    date: "2026-03-02",
    scope: "extracts in printed training handouts",
    reference: "e-mail of 2 March 2026",
  });
});

test("a permissions file that is not valid is refused with its line and field", () => {
  const dir = libraryCopy();
  writeFileSync(join(dir, "sources", "permissions.yaml"), `permissions:\n  - source: ${ECPAT}\n    date: 2026-03-02\n`);
  const r = sourcebook(["sources", "--library", dir]);
  expect(r.code).not.toBe(0);
  expect(r.stderr).toMatch(/sources\/permissions\.yaml:\d+: permissions\[0\]\.granted-by/);
});
