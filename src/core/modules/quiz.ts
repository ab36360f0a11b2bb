/** One question of a `:::quiz` block and its answer (the answer is printed in the trainer guide only). */
export interface QuizItem {
  question: string;
  answer: string;
}

const QUESTION = /^(\d+)\.\s+(\S.*)$/;
const ANSWER = /^\s+Answer:\s*(.*)$/;

/**
 * A quiz body's questions: each starts "1. ", its answer on an indented "Answer:" line below it;
 * other indented lines continue the question or the answer before them.
 */
export function quizItems(body: string): QuizItem[] {
  const items: QuizItem[] = [];
  let inAnswer = false;
  for (const line of body.split("\n")) {
    const question = QUESTION.exec(line);
    const answer = ANSWER.exec(line);
    const last = items.at(-1);
    if (question) {
      items.push({ question: question[2]!.trim(), answer: "" });
      inAnswer = false;
    } else if (answer && last) {
      last.answer = answer[1]!.trim();
      inAnswer = true;
    } else if (line.trim() && last) {
      if (inAnswer) last.answer = `${last.answer} ${line.trim()}`.trim();
      else last.question += ` ${line.trim()}`;
    }
  }
  return items;
}

/** What is wrong with a quiz body, in one sentence; undefined when it is a valid quiz. */
export function quizProblem(body: string): string | undefined {
  const answers: number[] = [];
  for (const [i, line] of body.split("\n").entries()) {
    if (QUESTION.test(line)) answers.push(0);
    else if (line.trim() === "") continue;
    else if (!/^\s+\S/.test(line) || answers.length === 0)
      return `line ${i + 1} of the quiz is neither a numbered question ("1. …") nor indented under one`;
    else if (ANSWER.test(line)) answers[answers.length - 1]!++;
  }
  if (answers.length === 0) return `a quiz needs at least one numbered question ("1. …")`;
  const items = quizItems(body);
  const wrong = answers.findIndex((n, i) => n !== 1 || !items[i]!.answer);
  if (wrong >= 0) return `question ${wrong + 1} of the quiz needs one indented "Answer:" line with its answer`;
  return undefined;
}

/** The quiz as participants see it: the questions, without their answers. */
export function questionsOnly(body: string): string {
  return quizItems(body)
    .map((item, i) => `${i + 1}. ${item.question}`)
    .join("\n");
}
