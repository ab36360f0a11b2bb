import { describe, expect, test } from "vitest";
import { isCalendarDate, isCalendarDay, longDate } from "../../../src/core/text/calendar-date.ts";
import { SessionSchema } from "../../../src/core/schema/session.ts";
import { parseCatalog } from "../../../src/core/library/catalog-file.ts";
import { ContentError } from "../../../src/core/files/yaml-file.ts";
import { loadSession } from "../../../src/core/sessions/session-file.ts";
import { catalogWith } from "../library/catalog-with.ts";

describe("calendar dates", () => {
  test("real days are days; February 30, month 99, day 0 and 2025-02-29 are not; 2024-02-29 is", () => {
    for (const day of ["2026-12-10", "2024-02-29", "2026-01-31", "2026-04-30"]) expect(isCalendarDay(day), day).toBe(true);
    for (const day of ["2026-02-30", "2026-99-99", "2026-00-10", "2026-01-00", "2025-02-29", "2026-04-31", "2026-1-1", "2026"])
      expect(isCalendarDay(day), day).toBe(false);
    expect(isCalendarDate("2013")).toBe(true);
    expect(isCalendarDate("2013-12")).toBe(true);
    expect(isCalendarDate("2013-13")).toBe(false);
  });

  test("one formatter prints every date, and never prints 'undefined'", () => {
    expect(longDate("2026-12-10")).toBe("10 December 2026");
    expect(longDate("2013-12")).toBe("December 2013");
    expect(longDate("2012")).toBe("2012");
    for (const bad of ["2026-99-99", "2026-02-30", "", "soon"]) expect(longDate(bad)).not.toMatch(/undefined|NaN/);
  });

  test("a session file with an impossible date is refused with the field and its line (F9)", () => {
    for (const date of ["2026-02-30", "2026-99-99"]) {
      const text = `title: T\naudience: police\ndate: ${date}\nstart: "09:00"\nlength: 60\nplace: P\ntrainer: T\norganisation: O\nagenda: []\n`;
      let error: unknown;
      try {
        loadSession(text, "sessions/s.yaml", new Map());
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ContentError);
      expect((error as ContentError).message).toBe(`sessions/s.yaml:3: date: ${date} is not a date in the calendar (YYYY-MM-DD)`);
    }
    expect(SessionSchema.shape.date.safeParse("2026-02-28").success).toBe(true);
  });

  test("a catalog entry with an impossible date is refused with the field and its line", () => {
    expect(() => parseCatalog(catalogWith("date: 2016-02-31"))).toThrow(
      /^sources\/catalog\.yaml:7: sources\[0\]\.date: 2016-02-31 is not a date in the calendar/,
    );
  });
});
