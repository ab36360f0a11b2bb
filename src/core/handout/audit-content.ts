import type { Content } from "./pdf-document.ts";
import type { CheckedExcerpt } from "./checked-excerpts.ts";
import { printedCitation } from "./printed-citation.ts";
import { translationMarks } from "./translation-mark.ts";
import type { HandoutWords } from "../i18n/handout/messages.ts";

/**
 * The citation audit: every excerpt with its source, locator, quote, verdict, the cautions on it
 * (each acknowledged in the module or not), reviewer and date.
 */
export function auditContent(excerpts: CheckedExcerpt[], words: HandoutWords): Content[] {
  const verified = excerpts.filter((e) => e.verified).length;
  const cautions = excerpts.flatMap((e) => e.cautions);
  const acknowledged = cautions.filter((c) => c.acknowledged).length;
  const header = words.auditColumns.map((t): Content => ({
    text: t,
    style: "tableHeader",
  }));
  const rows = excerpts.map((e, i): Content[] => {
    const review = e.module.meta.review;
    return [
      { text: String(i + 1), style: "tableCell" },
      { text: e.module.meta.title, style: "tableCell" },
      { text: e.source && e.passage ? `${printedCitation(e).short}\n(${e.node.sourceId})` : printedCitation(e).short, style: "tableCell" },
      quoteCell(e),
      e.verified
        ? { text: words.auditVerified, style: "tableCell", color: "#1d6b2f", bold: true }
        : {
            text: [
              { text: `${words.auditRejected(e.verdict?.status === "rejected" ? e.verdict.reason : "error")}\n`, bold: true },
              e.problem ?? "",
            ],
            style: "tableCell",
            color: "#a11d1d",
          },
      e.cautions.length === 0
        ? { text: words.auditNoCautions, style: "tableCell" }
        : {
            stack: e.cautions.map((c): Content => ({
              text: [
                {
                  text: `${words.auditCaution(c.kind, c.acknowledged)}\n`,
                  bold: true,
                  ...(c.acknowledged ? {} : { color: "#a11d1d" }),
                },
                c.message,
              ],
              style: "tableCell",
              margin: [0, 0, 0, 3],
            })),
          },
      {
        text: `${words.reviewStatuses[review.status]}${review.reviewer ? `\n${review.reviewer}` : ""}${review.date ? `\n${review.date}` : ""}`,
        style: "tableCell",
      },
    ];
  });
  return [
    { text: words.audit, style: "h1", headlineLevel: 1 },
    {
      text: words.auditSummary(excerpts.length, verified, cautions.length, acknowledged),
      style: "lead",
    },
    {
      table: { headerRows: 1, dontBreakRows: true, widths: [16, 78, 110, "*", 58, "*", 62], body: [header, ...rows] },
      layout: "lightHorizontalLines",
    },
  ];
}

/** The quote as verified; under it a translation's words, so that a reviewer can check the one against the other. */
function quoteCell(e: CheckedExcerpt): Content {
  const words = (text: string) => text.replace(/\s+/g, " ").trim();
  const quote: Content = { text: words(e.node.quote), style: "tableCell", italics: true };
  const language = e.module.translation?.language ?? "en";
  const beside =
    e.node.translation !== undefined
      ? `${translationMarks(language).unofficial}: ${words(e.node.translation)}`
      : e.node.parallel && e.module.translation
        ? `${e.node.parallel.sourceId}: ${words(e.node.parallel.quote)}`
        : undefined;
  return beside === undefined ? quote : { stack: [quote, { text: beside, style: "tableCell", margin: [0, 3, 0, 0] }] };
}
