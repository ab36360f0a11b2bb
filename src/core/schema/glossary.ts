import { z } from "zod";

import { kitText as text } from "./kit-fields.ts";

/** One term of `templates/glossary.yaml`. */
export const GlossaryEntrySchema = z
  .object({
    term: text,
    /** In our own words, following the Luxembourg Terminology Guidelines (2016). */
    definition: text,
    /** Words to avoid, each with what to say instead: "child prostitution". */
    avoid: z.array(text).optional(),
    /** Other words that show a module uses the term ("trafficked child" for "child victim of trafficking"). */
    match: z.array(text).optional(),
  })
  .strict();

export const GlossarySchema = z.object({ terms: z.array(GlossaryEntrySchema) }).strict();

export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>;
