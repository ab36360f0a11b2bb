import { expect } from "vitest";

/** The test hook that makes the command's file writes fail, as a full or read-only disk would. */
export const WRITE_FAULT = "SOURCEBOOK_TEST_WRITE_FAULT";

/** Root writes through chmod 0555, so a read-only folder can only be simulated there. */
export const runsAsRoot = process.getuid?.() === 0;

/** A failed run as the user sees it: the exit code, and one `sourcebook: …` sentence on stderr, never a stack trace. */
export function expectRefusal(r: { code: number | null; stderr: string }, code: number, sentence: RegExp): void {
  expect(r.stderr).not.toMatch(/^\s+at /m);
  expect(r.stderr).not.toMatch(/node:internal|Error: /);
  const said = r.stderr.split("\n").filter((l) => l.includes("sourcebook: "));
  expect(said, r.stderr).toHaveLength(1);
  expect(said[0]).toMatch(/^sourcebook: /);
  expect(said[0]).toMatch(sentence);
  expect(r.code).toBe(code);
}
