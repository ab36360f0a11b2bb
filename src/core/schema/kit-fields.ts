import { z } from "zod";
import { isCalendarDay } from "../text/calendar-date.ts";

/** Fields the training-kit files share. */
export const kitText = z.string({ error: "expected text" }).trim().min(1, "expected text");
export const kitDay = z.string({ error: "expected a date as YYYY-MM-DD" }).refine(isCalendarDay, "expected a real date as YYYY-MM-DD");

/** A file whose one key holds a list that may be empty (`permissions: []`). */
export const listOrNone = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .nullish()
    .transform((list) => list ?? []);
