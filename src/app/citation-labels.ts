import type { CatalogEntry } from "../core/schema/catalog.ts";
import type { QuotedReport } from "../core/sources/model.ts";
import { longDate } from "../core/text/calendar-date.ts";
import { currentLanguage } from "./locale.ts";

const KIND_LABELS: Record<CatalogEntry["kind"], string> = {
  "un-report": "UN report",
  "government-report": "Government report",
  "ngo-report": "NGO report",
  "web-compilation": "Web compilation",
  encyclopedia: "Encyclopedia",
  other: "Other document",
};

/** "UN report", "NGO report" … */
export function kindLabel(kind: CatalogEntry["kind"]): string {
  return KIND_LABELS[kind];
}

/** "English" for "en" (named in the interface language: "английский"); the code itself when the browser has no name for it. */
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

/** "December 2013", "2 June 2016" or "2012", from a catalog date (the one formatter of every date). */
export const formatDate = longDate;

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
  if (report.page) parts.push(`page ${report.page}`);
  return parts.join(", ");
}
