import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { ContentError } from "../../../src/core/files/yaml-file.ts";
import { loadSession } from "../../../src/core/sessions/session-file.ts";
import { root, shippedModules } from "../handout/fixtures.ts";

// Issue 11: a module listed 500 times printed 3,537 pages in 146 s; a long description cost minutes.
const starter = readFileSync(join(root, "templates", "sessions", "police-induction.yaml"), "utf8");
const withoutDescription = starter.replace(/^description:.*\n(?:[ \t]+.*\n)*/m, "");

function refusal(text: string, modules = shippedModules()): string {
  try {
    loadSession(text, "sessions/s.yaml", modules);
  } catch (e) {
    if (e instanceof ContentError) return e.message;
    throw e;
  }
  throw new Error("not refused");
}

test("an agenda listing a module 500 times is refused at once by the agenda limit, with the field and line", () => {
  const agenda = Array.from({ length: 500 }, () => "  - module: criminal-law\n    minutes: 30\n").join("");
  const text = withoutDescription.replace(/^agenda:\n(?:[ \t]+.*\n)*/m, `agenda:\n${agenda}`);
  const limit = /^sessions\/s\.yaml:\d+: agenda: expected at most 200 agenda items, the limit for one session$/;
  expect(refusal(text)).toMatch(limit);
  // "At once": refused by the file's shape, before any module is looked up or assembled (with no modules at all,
  // the limit is still what it says, not "unknown module"). A timer here failed under load without a fault.
  expect(refusal(text, new Map())).toMatch(limit);
});

test("a description over 5,000 characters is refused, saying the limit; the starter sessions' are far below it", () => {
  expect(refusal(`${withoutDescription}description: "${"x".repeat(5001)}"\n`)).toMatch(
    /^sessions\/s\.yaml:\d+: description: expected at most 5,000 characters, the limit for a description$/,
  );
  expect(() => loadSession(starter, "sessions/s.yaml", shippedModules())).not.toThrow();
});
