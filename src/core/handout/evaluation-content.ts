import type { Content } from "./pdf-document.ts";
import type { AssembledSession } from "../sessions/assemble-session.ts";
import { formHeading, tickBox, writingSpace } from "./form-parts.ts";

export const OPEN_QUESTIONS = [
  "What will you do differently in your work after this session?",
  "What was missing, or needed more time?",
  "Which part was least useful, and why?",
  "Anything else you want the trainer or the organisers to know?",
];

/** "Describe, with the sources, …" → "How well can you now describe, with the sources, …?" */
export function howWell(objective: string): string {
  const words = objective.trim().replace(/[.!?]+$/, "");
  return `How well can you now ${words.charAt(0).toLowerCase()}${words.slice(1)}?`;
}

/**
 * The evaluation form: for each objective the session's modules print, "How well can you now …"
 * on a scale of 1 to 5 with tick boxes; then open questions. Anonymous: no line for a name.
 */
export function evaluationContent(session: AssembledSession): Content[] {
  const seen = new Set<string>();
  const rows: Content[][] = [];
  for (const slot of session.slots) {
    if (slot.kind !== "module") continue;
    const objectives = slot.module.meta.objectives.filter((o) => !seen.has(o) && seen.add(o));
    if (objectives.length === 0) continue;
    rows.push([{ text: slot.module.meta.title, style: "tableHeader", colSpan: 6 }, "", "", "", "", ""]);
    for (const o of objectives)
      rows.push([{ text: howWell(o), style: "tableCell" }, tickBox(), tickBox(), tickBox(), tickBox(), tickBox()]);
  }
  return [
    ...formHeading(
      session,
      "Evaluation",
      "Please do not write your name. Tick one box for each line: 1 = not at all, 2 = a little, 3 = fairly well, 4 = well, 5 = very well.",
    ),
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: ["*", 20, 20, 20, 20, 20],
        body: [
          [
            { text: "After this session …", style: "tableHeader" },
            ...["1", "2", "3", "4", "5"].map((n): Content => ({ text: n, style: "tableHeader", alignment: "center" })),
          ],
          ...rows,
        ],
      },
      layout: "lightHorizontalLines",
      margin: [0, 0, 0, 12],
    },
    ...OPEN_QUESTIONS.flatMap((q): Content[] => [{ text: q, style: "minorheading" }, writingSpace(44)]),
  ];
}
