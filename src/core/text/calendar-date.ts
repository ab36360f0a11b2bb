const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** The parts of "YYYY", "YYYY-MM" or "YYYY-MM-DD" when it names a real calendar year, month or day. */
export function partsOf(iso: string): { year: number; month?: number; day?: number } | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  // Day 0 of the next month is the last day of this one (UTC, so no time zone moves it).
  if (day !== undefined && (day < 1 || day > new Date(Date.UTC(year, month!, 0)).getUTCDate())) return undefined;
  return { year, ...(month !== undefined ? { month } : {}), ...(day !== undefined ? { day } : {}) };
}

/** Whether the text is a real date as YYYY-MM-DD (2026-02-30 and 2026-99-99 are not). */
export function isCalendarDay(iso: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) && partsOf(iso) !== undefined;
}

/** Whether the text is a real YYYY, YYYY-MM or YYYY-MM-DD. */
export function isCalendarDate(iso: string): boolean {
  return partsOf(iso) !== undefined;
}

/**
 * Every date Sourcebook prints: "10 December 2026", "December 2013", "2012". Text that is not a real
 * date (the schemas refuse it, so only a caller's bug brings one) is printed as it is, never as "undefined".
 */
export function longDate(iso: string): string {
  const parts = partsOf(iso);
  if (!parts) return iso;
  const { year, month, day } = parts;
  if (month === undefined) return String(year);
  return day === undefined ? `${MONTHS[month - 1]} ${year}` : `${day} ${MONTHS[month - 1]} ${year}`;
}

/** Today as YYYY-MM-DD in local time: the day a handout is printed. */
export function today(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
}
