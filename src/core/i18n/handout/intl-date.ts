import { partsOf } from "../../text/calendar-date.ts";
import type { HandoutWords } from "./messages.ts";

/**
 * A YYYY, YYYY-MM or YYYY-MM-DD date as `Intl` writes it in `locale` ("8 декабря 2026 г.", "2026-ж., 8-декабрь"),
 * in UTC so that no time zone moves the day; text that is not a real date is printed as it is.
 */
export function intlDate(locale: string, iso: string): string {
  const parts = partsOf(iso);
  if (!parts) return iso;
  const { year, month, day } = parts;
  if (month === undefined) return String(year);
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions = { year: "numeric", month: "long", timeZone: "UTC", ...(day ? { day: "numeric" } : {}) };
  return new Intl.DateTimeFormat(locale, options).format(date);
}

/** How a language that writes Cyrillic quotes and dates: «…» and `Intl`'s dates. */
export const cyrillicWriting = (locale: string): Pick<HandoutWords, "quoted" | "date"> => ({
  quoted: (text) => `«${text}»`,
  date: (iso) => intlDate(locale, iso),
});
