import { z } from "zod";
import { AudienceSchema } from "./module.ts";

const text = z.string({ error: "expected text" }).trim().min(1, "expected text");

/** `templates/audiences/<id>.yaml`: who an audience is and how to frame material for them. */
export const AudienceTemplateSchema = z
  .object({
    id: AudienceSchema,
    title: text,
    who: text,
    framing: text,
    emphasise: z.array(text).min(1, "expected at least one point"),
    words: z.array(z.object({ use: text, insteadOf: text, why: text }).strict()),
  })
  .strict();

export type AudienceTemplate = z.infer<typeof AudienceTemplateSchema>;
