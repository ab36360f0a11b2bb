import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { parseModule } from "../../../src/core/modules/parse-module.ts";

const skeleton = readFileSync(join(import.meta.dirname, "..", "..", "fixtures", "modules", "skeleton.md"), "utf8");
const lineOf = (text: string, needle: string) => text.split("\n").findIndex((l) => l.includes(needle)) + 1;

/** Applies one edit to the valid skeleton and returns the error messages. */
function errorsAfter(edit: (text: string) => string): { messages: string[]; text: string } {
  const text = edit(skeleton);
  return { messages: parseModule(text, "modules/x.md").errors.map((e) => e.message), text };
}

test("the skeleton itself is valid", () => {
  expect(parseModule(skeleton, "modules/x.md").errors).toEqual([]);
});

test.each([
  ["an objective that is not text", (t: string) => t.replace("  - Explain why adult-style", "  - 42\n  - Explain why adult-style"), "  - 42", "objectives[0]: expected text"],
  ["an empty objective", (t: string) => t.replace("  - Explain why adult-style interrogation harms child victims", '  - ""'), '  - ""', "objectives[0]: expected text"],
  ["an unknown audience", (t: string) => t.replace("audiences: [police, judicial, social-work]", "audiences: [police, teachers]"), "audiences: [police, teachers]", "audiences[1]: expected one of police, judicial, social-work"],
  ["minutes that are not a number", (t: string) => t.replace("minutes: 90", "minutes: ninety"), "minutes: ninety", "minutes: expected a number of minutes"],
  ["an unknown review status", (t: string) => t.replace("status: draft", "status: done"), "status: done", "review.status: expected one of draft, in-review, approved, changes-requested"],
  ["an unknown field", (t: string) => t.replace("minutes: 90", "minutes: 90\nlevel: advanced"), "level: advanced", "unknown field level"],
  ["a missing title", (t: string) => t.replace("title: Interviewing child victims without harm\n", ""), "id: child-sensitive", "title: is missing"],
])("front matter: %s is reported as file:line: field: problem", (_, edit, needle, message) => {
  const { messages, text } = errorsAfter(edit);
  expect(messages).toContain(`modules/x.md:${lineOf(text, needle)}: ${message}`);
});

test.each([
  ["an excerpt without a locator", (t: string) => t.replace(':::excerpt un-hrc-25-48-add1 "para. 75"', ":::excerpt un-hrc-25-48-add1"), ":::excerpt un-hrc-25-48-add1", 'excerpt: expected :::excerpt <source-id> "<locator>"'],
  ["an excerpt acknowledging a caution that does not exist", (t: string) => t.replace(':::excerpt un-hrc-25-48-add1 "para. 75"', ':::excerpt un-hrc-25-48-add1 "para. 75" acknowledge=attribution,hearsay'), "acknowledge=attribution,hearsay", 'excerpt: acknowledge=attribution,hearsay: "hearsay" is not a caution (expected attribution, older-data, qualified, long-elision, separated by commas)'],
  ["an excerpt acknowledging nothing", (t: string) => t.replace(':::excerpt un-hrc-25-48-add1 "para. 75"', ':::excerpt un-hrc-25-48-add1 "para. 75" acknowledge='), "acknowledge=", "excerpt: acknowledge=: a caution is missing (expected attribution, older-data, qualified, long-elision, separated by commas)"],
  ["an unknown block", (t: string) => t.replace(":::trainer", ":::speaker"), ":::speaker", "unknown block :::speaker"],
  [
    "a quiz question without an answer",
    (t: string) => t.replace(":::trainer", ":::quiz\n1. What was reported?\n:::\n\n:::trainer"),
    ":::quiz",
    'quiz: question 1 of the quiz needs one indented "Answer:" line with its answer',
  ],
  [
    "a quiz line that is not a numbered question",
    (t: string) => t.replace(":::trainer", ":::quiz\n- What was reported?\n  Answer: This.\n:::\n\n:::trainer"),
    ":::quiz",
    'quiz: line 1 of the quiz is neither a numbered question ("1. …") nor indented under one',
  ],
  ["an audience block for an unknown audience", (t: string) => t.replace(":::audience police", ":::audience teachers"), ":::audience teachers", 'audience: expected one or more of police, judicial, social-work, not "teachers"'],
  ["an exercise without its good answer", (t: string) => t.replace("Good answer:", "Answer:"), ":::exercise", 'exercise: the exercise needs "Good answer:" on a line of its own'],
  ["an exercise without minutes", (t: string) => t.replace(" | 25", ""), ":::exercise", "exercise: expected :::exercise <title> | <minutes>"],
  ["a checklist that is not a list", (t: string) => t.replace("- one indicator per line", "one indicator per line"), "one indicator per line", "checklist: expected a list of items, each starting with - "],
  ["a block nested in another", (t: string) => t.replace("Facilitation notes, timings", ":::keypoints\n- x\n:::\nFacilitation notes, timings"), ":::keypoints\n", "blocks cannot be nested inside :::trainer"],
  ["a block that is never closed", (t: string) => t.replace(/:::\n\n## Discussion[\s\S]*$/, ":::\n\n## Discussion\n\n:::discussion\n- An open question?\n"), ":::discussion", "is not closed with a ::: line"],
])("body: %s is reported with its line", (_, edit, needle, message) => {
  const { messages, text } = errorsAfter(edit);
  const line = lineOf(text, needle.split("\n")[0]!);
  expect(messages.some((m) => m.startsWith(`modules/x.md:${line}: `) && m.includes(message)), messages.join("\n")).toBe(true);
});

test("an audience block for an audience the module does not serve is an error", () => {
  const { messages, text } = errorsAfter((t) => t.replace("audiences: [police, judicial, social-work]", "audiences: [police]"));
  expect(messages).toContain(`modules/x.md:${lineOf(text, ":::audience judicial social-work")}: audience: judicial, social-work is not among the module's audiences (police)`);
});

test("a file without front matter says so at line 1", () => {
  expect(parseModule("## Just a heading\n", "modules/x.md").errors.map((e) => e.message)).toEqual(["modules/x.md:1: expected front matter between --- lines at the top"]);
});
