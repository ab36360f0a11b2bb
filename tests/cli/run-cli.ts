import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const projectRoot = join(import.meta.dirname, "..", "..");

/** Runs the real `sourcebook` bin as a user would, without colours. */
export function sourcebook(args: string[], cwd = projectRoot) {
  const r = spawnSync(process.execPath, [join(projectRoot, "bin", "sourcebook.js"), ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A throw-away copy of the library (sources/ and modules/) to change freely. */
export function libraryCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), "sourcebook-"));
  cpSync(join(projectRoot, "sources"), join(dir, "sources"), { recursive: true });
  return dir;
}
