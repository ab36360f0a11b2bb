import { describe, expect, test } from "vitest";
import { en } from "../../../src/core/i18n/handout/en.ts";
import { sessionQuiz } from "../../../src/core/handout/knowledge-check-content.ts";
import { flat } from "../../pdf-text.ts";
import { printed, shippedModules, starterSession } from "./fixtures.ts";

const { howWell, openQuestions: OPEN_QUESTIONS } = en;

const SESSION = "police-induction";
const quiz = (name: string) => sessionQuiz(starterSession(name)).flatMap((q) => q.items);

describe("quizzes in the handouts", () => {
  test("the session's modules have quiz questions to print", () => {
    expect(quiz(SESSION).length).toBeGreaterThanOrEqual(9);
  });

  test("the participant handout has every quiz question and no answer", async () => {
    const text = flat((await printed(SESSION, "participant")).pdf.text);
    for (const item of quiz(SESSION)) {
      expect(text).toContain(flat(item.question));
      expect(text).not.toContain(flat(`Answer: ${item.answer}`));
    }
    expect(text).not.toContain("Answers to the knowledge check");
  });

  test("the trainer guide has every question with its answer, and the answers to the knowledge check", async () => {
    const text = flat((await printed(SESSION, "trainer")).pdf.text);
    for (const item of quiz(SESSION)) {
      expect(text).toContain(flat(item.question));
      expect(text).toContain(flat(`Answer: ${item.answer}`));
    }
    expect(text).toContain("Answers to the knowledge check");
  });
});

describe.each(["police-induction", "judicial-seminar", "social-work-case-management"])("%s", (name) => {
  test("the knowledge check has every quiz question of the session, room for before and after, a name and date line, no answers; two pages at most", async () => {
    const { pdf } = await printed(name, "knowledge-check");
    const text = flat(pdf.text);
    expect(quiz(name).length).toBeGreaterThan(0);
    for (const item of quiz(name)) {
      expect(text).toContain(flat(item.question));
      expect(text).not.toContain(flat(item.answer));
    }
    for (const words of ["Knowledge check", "Name:", "Date:", "Before", "After", starterSession(name).session.title])
      expect(text).toContain(words);
    expect(pdf.numPages).toBeLessThanOrEqual(2);
  });

  test("the evaluation form asks about each objective the session prints, on a 1–5 scale, with open questions and no name; two pages at most", async () => {
    const { pdf } = await printed(name, "evaluation");
    const text = flat(pdf.text);
    const objectives = starterSession(name).slots.flatMap((s) => (s.kind === "module" ? s.module.meta.objectives : []));
    expect(objectives.length).toBeGreaterThan(0);
    for (const o of objectives) expect(text).toContain(flat(howWell(o)));
    for (const q of OPEN_QUESTIONS) expect(text).toContain(q);
    expect(text).toContain("1 2 3 4 5");
    expect(text).toContain("Please do not write your name");
    expect(text).not.toContain("Name:");
    expect(pdf.numPages).toBeLessThanOrEqual(2);
  });
});

test("a part of a module asks only about the objectives its agenda item names", async () => {
  const text = flat((await printed(SESSION, "evaluation")).pdf.text);
  const all = shippedModules().get("non-punishment")!.meta.objectives;
  expect(text).not.toContain(flat(howWell(all[0]!)));
  for (const o of all.slice(1)) expect(text).toContain(flat(howWell(o)));
});
