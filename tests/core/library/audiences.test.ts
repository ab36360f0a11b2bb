import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { parseAudienceTemplate } from "../../../src/core/library/audience-file.ts";
import { AUDIENCES } from "../../../src/core/schema/module.ts";

const dir = join(import.meta.dirname, "..", "..", "..", "templates", "audiences");
const read = (id: string) => readFileSync(join(dir, `${id}.yaml`), "utf8");

test.each(AUDIENCES)("templates/audiences/%s.yaml is valid and says who, how to frame, what to emphasise, which words", (id) => {
  const t = parseAudienceTemplate(read(id), `templates/audiences/${id}.yaml`);
  expect(t.id).toBe(id);
  expect(t.emphasise.length).toBeGreaterThanOrEqual(3);
  expect(t.words.length).toBeGreaterThanOrEqual(2);
});

test("a broken audience template names file, line and field", () => {
  const text = read("police").replace("    why: a child victim is heard as a witness, not questioned as a suspect.\n", "");
  const line = text.split("\n").findIndex((l) => l.includes("insteadOf: interrogation")) - 1 + 1;
  expect(() => parseAudienceTemplate(text, "templates/audiences/police.yaml")).toThrow(
    `templates/audiences/police.yaml:${line}: words[1].why:`,
  );
});
