import type { Content } from "./pdf-document.ts";
import type { ReferralEntry } from "../schema/referral-directory.ts";
import { handoutWords, type HandoutWords } from "../i18n/handout/catalogue.ts";

/** The day twelve months before `day` (YYYY-MM-DD); an entry checked before it is stale. */
function yearBefore(day: string): string {
  return `${String(Number(day.slice(0, 4)) - 1).padStart(4, "0")}${day.slice(4)}`;
}

/** The entries not checked in the twelve months before the print date. */
export function staleReferrals(entries: readonly ReferralEntry[], printedOn: string): ReferralEntry[] {
  const limit = yearBefore(printedOn);
  return entries.filter((e) => e.checked < limit);
}

/** A DRAFT reason for each stale entry: a number that no longer answers must not reach a child. */
export function staleReferralReasons(entries: readonly ReferralEntry[], printedOn: string, words: HandoutWords = handoutWords()): string[] {
  return staleReferrals(entries, printedOn).map((e) => words.staleReferral(e.name, words.date(e.checked), words.date(printedOn)));
}

/** The referral directory: the organisation's local services, or a blank table to fill in. */
export function referralContent(entries: readonly ReferralEntry[], printedOn: string, words: HandoutWords, compact = false): Content[] {
  const stale = new Set(staleReferrals(entries, printedOn));
  const heading: Content = compact
    ? { text: words.referrals, style: "subheading", margin: [0, 8, 0, 2] }
    : { text: words.referrals, style: "h1", tocItem: true, headlineLevel: 1, pageBreak: "before" };
  const cell = (text: string): Content => ({ text, style: "tableCell" });
  const head = words.referralColumns.map((h): Content => ({ text: h, style: "tableHeader" }));
  // A pocket card keeps to two pages: with nothing filled in, it says where the services go.
  if (entries.length === 0 && compact)
    return [
      heading,
      {
        text: words.referralsNoneOnCard,
        style: "small",
        margin: [0, 0, 0, 4],
      },
    ];
  if (entries.length === 0)
    return [
      heading,
      { text: words.referralsFillIn, style: "small", margin: [0, 0, 0, 4] },
      {
        table: {
          headerRows: 1,
          widths: ["*", "*", 60, 50, 45],
          heights: 24,
          body: [head, ...words.referralBlankRows.map((s) => [cell(s), cell(""), cell(""), cell(""), cell("")])],
        },
        margin: [0, 0, 0, 6],
      },
    ];
  return [
    heading,
    {
      table: {
        headerRows: 1,
        widths: ["*", "*", 60, 50, 45],
        body: [
          head,
          ...entries.map((e) => [
            cell(e.service),
            { stack: [cell(e.name), ...(e.address ? [{ text: e.address, style: "small" }] : [])] },
            cell(e.phone),
            cell(e.hours),
            stale.has(e)
              ? { text: words.notCheckedSince(words.date(e.checked)), style: "warning", fontSize: 7.5 }
              : cell(words.date(e.checked)),
          ]),
        ],
      },
      layout: "lightHorizontalLines",
      margin: [0, 0, 0, 6],
    },
  ];
}
