import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { moduleFor } from "../../../src/core/modules/editions.ts";
import { parseModule } from "../../../src/core/modules/parse-module.ts";
import { serializeModule } from "../../../src/core/modules/serialize-module.ts";

const skeleton = readFileSync(join(import.meta.dirname, "..", "..", "fixtures", "modules", "skeleton.md"), "utf8");
const module = parseModule(skeleton, "modules/x.md").module!;
const printed = (audience: "police" | "judicial" | "social-work", reader: "participant" | "trainer") => serializeModule(moduleFor(module, audience, reader));

test("the participant handout has no trainer notes and no exercise answers", () => {
  const text = printed("police", "participant");
  expect(text).not.toContain("Facilitation notes");
  expect(text).not.toContain("Good answer:");
  expect(text).not.toContain("What a good answer covers");
  expect(text).toContain("A short, clearly fictional case");
  expect(text).toContain("What participants do first.");
  expect(text).toContain("Children are interrogated by police officers");
});

test("the trainer guide has everything", () => {
  const text = printed("police", "trainer");
  expect(text).toContain("Facilitation notes");
  expect(text).toContain("What a good answer covers (trainer-only).");
});

test("only the chosen audience's blocks appear", () => {
  expect(printed("police", "trainer")).toContain("Only printed in the police edition.");
  expect(printed("police", "trainer")).not.toContain("Printed in the judicial and the social-work editions.");
  expect(printed("judicial", "participant")).toContain("Printed in the judicial and the social-work editions.");
  expect(printed("judicial", "participant")).not.toContain("Only printed in the police edition.");
  expect(printed("social-work", "participant")).toContain("Printed in the judicial and the social-work editions.");
});

test("a check-before-teaching block is in the trainer guide only", () => {
  const withCheck = parseModule(
    skeleton.replace(/\n## /, "\n:::check\n- Confirm the current article numbers with a local lawyer.\n:::\n\n## "),
    "modules/x.md",
  ).module!;
  expect(withCheck.body.some((n) => n.kind === "check")).toBe(true);
  const print = (reader: "participant" | "trainer") => serializeModule(moduleFor(withCheck, "police", reader));
  expect(print("trainer")).toContain(":::check\n- Confirm the current article numbers");
  expect(print("participant")).not.toContain("Confirm the current article numbers");
});

const withQuiz = parseModule(
  skeleton.replace(
    /\n## /,
    "\n:::quiz\n1. Is a child found in a raid an offender or a victim?\n   Answer: A victim, in the module's words.\n2. Who is told first?\n   Answer: Child protection services.\n:::\n\n## ",
  ),
  "modules/x.md",
).module!;

test("a quiz prints its questions for participants and its answers only for the trainer", () => {
  const print = (reader: "participant" | "trainer") => serializeModule(moduleFor(withQuiz, "police", reader));
  expect(print("participant")).toContain(":::quiz\n1. Is a child found in a raid an offender or a victim?\n2. Who is told first?\n:::");
  expect(print("participant")).not.toContain("Answer:");
  expect(print("trainer")).toContain("   Answer: A victim, in the module's words.");
  expect(print("trainer")).toContain("   Answer: Child protection services.");
});
