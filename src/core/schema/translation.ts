import { z } from "zod";
import { ModuleMetaSchema } from "./module.ts";

const module = ModuleMetaSchema.shape;

/** The front matter of a module's translation, `modules/<id>.<language>.md` (README, "Translating a module"). */
export const TranslationMetaSchema = z
  .object({
    /** The id of the module translated. */
    "translation-of": module.id,
    language: z.string({ error: "expected a language code like ru" }).regex(/^[a-z]{2,3}$/, "expected a language code like ru"),
    /** The first 16 hex digits of the SHA-256 of the original file the translation was made from. */
    "translated-from": z.string({ error: "expected 16 hex digits" }).regex(/^[0-9a-f]{16}$/, "expected 16 hex digits"),
    /** The audiences whose blocks are translated. */
    audiences: module.audiences,
    title: module.title,
    summary: module.summary,
    minutes: module.minutes,
    objectives: module.objectives,
    review: module.review,
  })
  .strict();

export type TranslationMeta = z.infer<typeof TranslationMetaSchema>;
