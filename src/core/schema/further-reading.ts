import { z } from "zod";
import { isCalendarDate } from "../text/calendar-date.ts";
import { isWebUrl } from "../text/web-url.ts";

import { kitText as text } from "./kit-fields.ts";
const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a lower-case id like lanzarote-convention");

/**
 * A standard or manual cited as further reading: the library holds no text of it, so it is
 * printed in the bibliography and never quoted.
 */
export const FurtherReadingEntrySchema = z
  .object({
    id,
    title: text,
    author: text.optional(),
    publisher: text,
    date: z.string().refine(isCalendarDate, "expected a real date as YYYY, YYYY-MM or YYYY-MM-DD").optional(),
    /** Where in it to read: "art. 35 (child-friendly interviews)". */
    part: text.optional(),
    url: z.string().refine(isWebUrl, "expected a web address starting http:// or https://").optional(),
    /** The modules whose readers it is for. */
    modules: z.array(id, { error: "expected a list of module ids" }).min(1, "expected at least one module id"),
    /** What the trainer must confirm before handing it on (an edition or title not verified here). */
    check: text.optional(),
  })
  .strict();

export const FurtherReadingSchema = z.object({ "further-reading": z.array(FurtherReadingEntrySchema) }).strict();

export type FurtherReadingEntry = z.infer<typeof FurtherReadingEntrySchema>;
