import { z } from "zod";
import { kitDay, kitText as text, listOrNone } from "./kit-fields.ts";

/** One permission to reproduce a source's text, as `sources/permissions.yaml` records it. */
export const PermissionSchema = z
  .object({
    /** The catalog id of the source the permission covers. */
    source: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a catalog id like ecpat-gm-kg-2012"),
    "granted-by": text,
    date: kitDay,
    /** What it covers: "extracts in printed training handouts, non-commercial". */
    scope: text,
    /** Where the permission itself can be found: a letter's number, an e-mail's date and sender. */
    reference: text,
  })
  .strict();

export const PermissionsSchema = z.object({ permissions: listOrNone(PermissionSchema) }).strict();

export type Permission = z.infer<typeof PermissionSchema>;
