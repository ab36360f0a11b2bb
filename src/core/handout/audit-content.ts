import type { Content } from "./pdf-document.ts";
import type { CheckedExcerpt } from "./checked-excerpts.ts";
import { shortCitation } from "./references.ts";
import { plural } from "../text/plural.ts";

/** The citation audit: every excerpt with its source, locator, quote, verdict, reviewer and date. */
export function auditContent(excerpts: CheckedExcerpt[]): Content[] {
  const verified = excerpts.filter((e) => e.verified).length;
  const header = ["#", "Module", "Source and locator", "Quote", "Verdict", "Reviewed"].map((t): Content => ({
    text: t,
    style: "tableHeader",
  }));
  const rows = excerpts.map((e, i): Content[] => {
    const review = e.module.meta.review;
    return [
      { text: String(i + 1), style: "tableCell" },
      { text: e.module.meta.title, style: "tableCell" },
      {
        text:
          e.source && e.passage ? `${shortCitation(e.source, e.passage)}\n(${e.node.sourceId})` : `${e.node.sourceId}, ${e.node.locator}`,
        style: "tableCell",
      },
      { text: e.node.quote.replace(/\s+/g, " ").trim(), style: "tableCell", italics: true },
      e.verified
        ? { text: "verified", style: "tableCell", color: "#1d6b2f", bold: true }
        : {
            text: [{ text: `rejected: ${e.verdict?.status === "rejected" ? e.verdict.reason : "error"}\n`, bold: true }, e.problem ?? ""],
            style: "tableCell",
            color: "#a11d1d",
          },
      {
        text: `${review.status}${review.reviewer ? `\n${review.reviewer}` : ""}${review.date ? `\n${review.date}` : ""}`,
        style: "tableCell",
      },
    ];
  });
  return [
    { text: "Citation audit", style: "h1", headlineLevel: 1 },
    {
      text: `${plural(excerpts.length, "excerpt")}; ${verified} verified against the library, ${excerpts.length - verified} not.`,
      style: "lead",
    },
    {
      table: { headerRows: 1, dontBreakRows: true, widths: [16, 90, 120, "*", 70, 70], body: [header, ...rows] },
      layout: "lightHorizontalLines",
    },
  ];
}
