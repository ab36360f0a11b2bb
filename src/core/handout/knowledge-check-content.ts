import type { Content } from "./pdf-document.ts";
import { moduleFor } from "../modules/editions.ts";
import { quizItems, type QuizItem } from "../modules/quiz.ts";
import type { Module } from "../schema/module.ts";
import type { AssembledSession } from "../sessions/assemble-session.ts";
import { formHeading } from "./form-parts.ts";
import type { HandoutWords } from "../i18n/handout/messages.ts";

/** Each module's quiz questions as the session prints it (a part of a module asks only from its own sections). */
export function sessionQuiz(session: AssembledSession): { module: Module; items: QuizItem[] }[] {
  const seen = new Set<string>();
  return session.slots.flatMap((slot) => {
    if (slot.kind !== "module") return [];
    const items = slot.module.body
      .flatMap((n) => (n.kind === "quiz" ? quizItems(n.body) : []))
      .filter((item) => !seen.has(item.question) && seen.add(item.question));
    return items.length > 0 ? [{ module: slot.module, items }] : [];
  });
}

/**
 * The knowledge check: every quiz question of the session's modules, with room to answer before
 * the session and again after it, and a line for name and date; no answers (the trainer guide has them).
 */
export function knowledgeCheckContent(session: AssembledSession, words: HandoutWords): Content[] {
  const audience = session.session.audience;
  const quiz = sessionQuiz({
    ...session,
    slots: session.slots.map((s) => (s.kind === "module" ? { ...s, module: moduleFor(s.module, audience, "participant") } : s)),
  });
  const items = quiz.flatMap((q) => q.items);
  // One row per question, the answer boxes beside it: sixteen questions fit on two pages.
  const rows = items.map((item, i): Content[] => [
    { text: `${i + 1}.`, style: "tableCell" },
    { text: item.question, style: "tableCell" },
    { text: "" },
    { text: "" },
  ]);
  const table: Content = {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: [14, "*", 115, 115],
      heights: (row) => (row === 0 ? "auto" : 44),
      body: [["", words.question, words.before, words.after].map((t): Content => ({ text: t, style: "tableHeader" })), ...rows],
    },
    layout: { hLineColor: () => "#999999", vLineColor: () => "#999999", hLineWidth: () => 0.5, vLineWidth: () => 0.5 },
  };
  return [
    ...formHeading(session, words.knowledgeCheck, words.knowledgeCheckInstructions, words),
    {
      columns: [
        { text: words.nameLine, style: "body" },
        { text: words.dateLine, style: "body", width: 170 },
      ],
      margin: [0, 0, 0, 10],
    },
    items.length > 0 ? table : { text: words.noQuizQuestions, style: "body" },
  ];
}

/** For the trainer guide: each question of the knowledge check with its answer, numbered as the participants' sheet. */
export function knowledgeCheckAnswers(session: AssembledSession, words: HandoutWords): Content[] {
  const quiz = sessionQuiz(session);
  if (quiz.length === 0) return [];
  let n = 0;
  return [
    { text: words.knowledgeCheckAnswers, style: "h1", tocItem: true, headlineLevel: 1, pageBreak: "before" },
    {
      text: words.knowledgeCheckAnswersIntro,
      style: "small",
      margin: [0, 0, 0, 8],
    },
    ...quiz.flatMap(({ module, items }): Content[] => [
      { text: module.meta.title, style: "subheading" },
      ...items.map((item): Content => ({
        stack: [
          {
            columns: [
              { width: 18, text: `${++n}.`, style: "list" },
              { width: "*", text: item.question, style: "list" },
            ],
            columnGap: 2,
          },
          { text: words.answer(item.answer), style: "small", margin: [20, 0, 0, 6] },
        ],
        unbreakable: true,
      })),
    ]),
  ];
}
