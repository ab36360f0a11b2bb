import type { Content } from "./pdf-document.ts";
import type { AssembledSession } from "../sessions/assemble-session.ts";
import { formHeading, tickBox, writingSpace } from "./form-parts.ts";
import type { HandoutWords } from "../i18n/handout/messages.ts";

/**
 * The evaluation form: for each objective the session's modules print, "How well can you now …"
 * on a scale of 1 to 5 with tick boxes; then open questions. Anonymous: no line for a name.
 */
export function evaluationContent(session: AssembledSession, words: HandoutWords): Content[] {
  const seen = new Set<string>();
  const rows: Content[][] = [];
  for (const slot of session.slots) {
    if (slot.kind !== "module") continue;
    const objectives = slot.module.meta.objectives.filter((o) => !seen.has(o) && seen.add(o));
    if (objectives.length === 0) continue;
    rows.push([{ text: slot.module.meta.title, style: "tableHeader", colSpan: 6 }, "", "", "", "", ""]);
    for (const o of objectives)
      rows.push([{ text: words.howWell(o), style: "tableCell" }, tickBox(), tickBox(), tickBox(), tickBox(), tickBox()]);
  }
  return [
    ...formHeading(session, words.evaluation, words.evaluationInstructions, words),
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: ["*", 20, 20, 20, 20, 20],
        body: [
          [
            { text: words.afterThisSession, style: "tableHeader" },
            ...["1", "2", "3", "4", "5"].map((n): Content => ({ text: n, style: "tableHeader", alignment: "center" })),
          ],
          ...rows,
        ],
      },
      layout: "lightHorizontalLines",
      margin: [0, 0, 0, 12],
    },
    ...words.openQuestions.flatMap((q): Content[] => [{ text: q, style: "minorheading" }, writingSpace(44)]),
  ];
}
