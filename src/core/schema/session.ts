import { z } from "zod";
import { LIMITS } from "../files/limits.ts";
import { isCalendarDay } from "../text/calendar-date.ts";
import { AudienceSchema } from "./module.ts";

const text = z.string({ error: "expected text" }).trim().min(1, "expected text");
const minutes = z.number({ error: "expected a number of minutes" }).int("expected whole minutes").positive("expected a number above 0");
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "expected a time as HH:MM");

/** A whole module, or chosen sections of it, for so many minutes. */
export const ModuleItemSchema = z
  .object({
    module: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a module id"),
    /** Section titles to include; all sections when absent. */
    sections: z.array(text).min(1, "expected at least one section, or leave sections out").optional(),
    /** The module's objectives (numbered from 1) that the chosen sections deliver: only these print. */
    objectives: z.array(z.number().int("expected an objective's number").positive("expected an objective's number")).min(1).optional(),
    minutes,
  })
  .strict();

export const BreakItemSchema = z.object({ break: text, minutes }).strict();

export const AgendaItemSchema = z.union([ModuleItemSchema, BreakItemSchema], {
  error: "expected a module item (module, minutes) or a break (break, minutes)",
});

/** A session file: one audience, one day, an agenda of modules and breaks. */
export const SessionSchema = z
  .object({
    title: text,
    audience: AudienceSchema,
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD")
      .refine((d) => !/^\d{4}-\d{2}-\d{2}$/.test(d) || isCalendarDay(d), {
        error: (issue) => `${String(issue.input)} is not a date in the calendar (YYYY-MM-DD)`,
      }),
    start: clock,
    /** The session's planned length; an agenda longer than this is warned about. */
    length: minutes,
    place: text,
    trainer: text,
    organisation: text,
    /** Shown on the cover: what the session is for. */
    description: text
      .max(
        LIMITS.descriptionCharacters,
        `expected at most ${LIMITS.descriptionCharacters.toLocaleString("en")} characters, the limit for a description`,
      )
      .optional(),
    /** A handout template in templates/handouts/ (default: default). */
    handout: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .optional(),
    language: z
      .string()
      .regex(/^[a-z]{2,3}$/, "expected a language code like en")
      .optional(),
    agenda: z
      .array(AgendaItemSchema, { error: "expected a list of agenda items" })
      .min(1, "expected at least one agenda item")
      .max(LIMITS.agendaItems, `expected at most ${LIMITS.agendaItems} agenda items, the limit for one session`),
  })
  .strict();

export type Session = z.infer<typeof SessionSchema>;
export type ModuleItem = z.infer<typeof ModuleItemSchema>;
export type BreakItem = z.infer<typeof BreakItemSchema>;
export type AgendaItem = z.infer<typeof AgendaItemSchema>;
