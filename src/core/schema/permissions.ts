import { z } from "zod";
import { isCalendarDay } from "../text/calendar-date.ts";

const text = z.string({ error: "expected text" }).trim().min(1, "expected text");

/** One permission to reproduce a source's text, as `sources/permissions.yaml` records it. */
export const PermissionSchema = z
  .object({
    /** The catalog id of the source the permission covers. */
    source: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a catalog id like ecpat-gm-kg-2012"),
    "granted-by": text,
    date: z.string().refine(isCalendarDay, "expected a real date as YYYY-MM-DD"),
    /** What it covers: "extracts in printed training handouts, non-commercial". */
    scope: text,
    /** Where the permission itself can be found: a letter's number, an e-mail's date and sender. */
    reference: text,
  })
  .strict();

export const PermissionsSchema = z
  .object({
    permissions: z
      .array(PermissionSchema)
      .nullish()
      .transform((p) => p ?? []),
  })
  .strict();

export type Permission = z.infer<typeof PermissionSchema>;
