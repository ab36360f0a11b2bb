import { msg, str } from "@lit/localize";
import { formatDate } from "./plural.ts";

/** "3 h 45 min", "50 min", in the interface language. */
export function durationText(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return msg(str`${m} min`);
  return m === 0 ? msg(str`${h} h`) : msg(str`${h} h ${m} min`);
}

/** A session's day ("2026-12-08") as the interface language writes it: "8 December 2026", «8 декабря 2026 г.». */
export function sessionDate(day: string): string {
  const [y, m, d] = day.split("-").map(Number);
  // Local midnight, so the day shown is the day written whatever the time zone.
  return y && m && d ? formatDate(new Date(y, m - 1, d)) : day;
}
