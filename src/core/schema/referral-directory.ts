import { z } from "zod";
import { isCalendarDay } from "../text/calendar-date.ts";

const text = z.string({ error: "expected text" }).trim().min(1, "expected text");

/** One local service in `templates/referral-directory.yaml`, filled in by the organisation. */
export const ReferralEntrySchema = z
  .object({
    name: text,
    /** What the service does for a child: "emergency shelter for girls 12–18". */
    service: text,
    phone: text,
    hours: text,
    address: text.optional(),
    /** The day someone last rang the number and confirmed the entry. */
    checked: z.string({ error: "expected a date as YYYY-MM-DD" }).refine(isCalendarDay, "expected a real date as YYYY-MM-DD"),
  })
  .strict();

export const ReferralDirectorySchema = z
  .object({
    services: z
      .array(ReferralEntrySchema)
      .nullish()
      .transform((s) => s ?? []),
  })
  .strict();

export type ReferralEntry = z.infer<typeof ReferralEntrySchema>;
