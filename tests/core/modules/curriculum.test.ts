import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { exerciseParts } from "../../../src/core/modules/exercise.ts";
import { parseModule } from "../../../src/core/modules/parse-module.ts";
import type { Module } from "../../../src/core/schema/module.ts";

const dir = join(import.meta.dirname, "..", "..", "..", "modules");
const modules = new Map<string, Module>(
  readdirSync(dir)
    .filter((f) => /^[^.]+\.md$/.test(f) /* not a translation, <id>.<language>.md */)
    .map((f) => [f.replace(/\.md$/, ""), parseModule(readFileSync(join(dir, f), "utf8"), `modules/${f}`).module!]),
);

const CURRICULUM = [
  "child-sensitive-interviewing",
  "identifying-victims",
  "criminal-law",
  "non-punishment",
  "corruption-and-complicity",
  "child-victims-in-court",
  "referral-and-protection",
  "risk-factors-and-prevention",
  "online-exploitation",
];

test("the starter curriculum has the nine modules", () => {
  for (const id of CURRICULUM) expect(modules.has(id), id).toBe(true);
});

describe.each(CURRICULUM)("%s is built as a practitioner manual module", (id) => {
  const m = () => modules.get(id)!;
  const blocks = (kind: string) => m().body.filter((n) => n.kind === kind);

  test("3–5 objectives, at least three sections, realistic minutes", () => {
    expect(m().meta.objectives.length).toBeGreaterThanOrEqual(3);
    expect(m().meta.objectives.length).toBeLessThanOrEqual(5);
    expect(blocks("section").length).toBeGreaterThanOrEqual(3);
    expect(m().meta.minutes).toBeGreaterThanOrEqual(45);
    expect(m().meta.minutes).toBeLessThanOrEqual(180);
  });

  test("at least six excerpts from at least two sources", () => {
    const excerpts = m().body.flatMap((n) => (n.kind === "excerpt" ? [n] : []));
    expect(excerpts.length).toBeGreaterThanOrEqual(6);
    expect(new Set(excerpts.map((e) => e.sourceId)).size).toBeGreaterThanOrEqual(2);
  });

  test("trainer notes, a fictional exercise grounded in the sources, discussion questions and key points", () => {
    expect(blocks("trainer").length).toBeGreaterThanOrEqual(1);
    const exercises = m().body.flatMap((n) => (n.kind === "exercise" ? [n] : []));
    expect(exercises.length).toBeGreaterThanOrEqual(1);
    for (const ex of exercises) {
      const parts = exerciseParts(ex);
      expect(parts.missing).toEqual([]);
      expect(`${ex.title} ${parts.scenario}`).toMatch(/fictional/i);
      expect(parts.answer.length).toBeGreaterThan(100);
    }
    expect(blocks("discussion").length).toBeGreaterThanOrEqual(1);
    expect(blocks("keypoints").length).toBeGreaterThanOrEqual(1);
  });

  test("an audience block for each audience it serves", () => {
    const covered = new Set(m().body.flatMap((n) => (n.kind === "audience" ? n.audiences : [])));
    for (const a of m().meta.audiences) expect(covered.has(a), a).toBe(true);
  });

  test("never calls a child a prostitute in its own words (quotes stay verbatim)", () => {
    const own = m()
      .body.filter((n) => n.kind !== "excerpt")
      .map((n) => ("text" in n ? n.text : "body" in n ? n.body : ""))
      .join("\n");
    expect(own).not.toMatch(/\bchild(ren)? prostitutes?\b(?![”"’'])/i);
  });
});
