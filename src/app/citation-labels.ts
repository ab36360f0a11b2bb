import { msg, str } from "@lit/localize";
import type { CatalogEntry } from "../core/schema/catalog.ts";
import type { QuotedReport } from "../core/sources/model.ts";
import { longDate } from "../core/text/calendar-date.ts";
import { currentLanguage } from "./locale.ts";

/** "UN report", "NGO report" … in the interface language. */
export const kindLabel = (kind: CatalogEntry["kind"]): string =>
  ({
    "un-report": msg("UN report", { id: "kind.un-report" }),
    "government-report": msg("Government report", { id: "kind.government-report" }),
    "ngo-report": msg("NGO report", { id: "kind.ngo-report" }),
    "web-compilation": msg("Web compilation", { id: "kind.web-compilation" }),
    encyclopedia: msg("Encyclopedia", { id: "kind.encyclopedia" }),
    other: msg("Other document", { id: "kind.other" }),
  })[kind];

/** "English" for "en" (in Russian "английский"), named in the interface language; the code itself when the browser has no name for it. */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames([currentLanguage()], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "2013" for "2013-12". */
export function yearOf(date: string): string {
  return date.slice(0, 4);
}

/**
 * "December 2013", "2 June 2016" or "2012", from a catalog date (the one formatter of every date); in Russian
 * "декабрь 2013 г.", "2 июня 2016 г.", by `Intl` in the interface language.
 */
export function formatDate(iso: string): string {
  const language = currentLanguage();
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (language === "en" || !match) return longDate(iso);
  const [, year, month, day] = match;
  if (!month) return year!;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day ?? 1)));
  const options: Intl.DateTimeFormatOptions = day
    ? { dateStyle: "long", timeZone: "UTC" }
    : { year: "numeric", month: "long", timeZone: "UTC" };
  return new Intl.DateTimeFormat(language, options).format(date);
}

/** "Najat Maalla M'jid · United Nations Human Rights Council", without repeating a name. */
export function byline(entry: CatalogEntry): string {
  if (!entry.author || entry.publisher.includes(entry.author)) return entry.publisher;
  return `${entry.author} · ${entry.publisher}`;
}

/** The first 12 hex digits of a fingerprint, enough to tell versions apart at a glance. */
export function shortFingerprint(fingerprint: string): string {
  return `${fingerprint.slice(0, 12)}…`;
}

/** "<title>, <publisher>, <date>, page 26" for a passage a compilation quotes. */
export function quotedFromLine(report: QuotedReport): string {
  const parts = [report.title, report.publisher];
  // Compilations often fold the date into the publisher line; say it once.
  if (report.date && !report.publisher.includes(report.date)) parts.push(report.date);
  if (report.page) parts.push(msg(str`page ${report.page}`));
  return parts.join(", ");
}
