import { z } from "zod";
import { kitDay, kitText as text, listOrNone } from "./kit-fields.ts";

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
    checked: kitDay,
  })
  .strict();

export const ReferralDirectorySchema = z.object({ services: listOrNone(ReferralEntrySchema) }).strict();

export type ReferralEntry = z.infer<typeof ReferralEntrySchema>;
