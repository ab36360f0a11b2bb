import { msg, str } from "@lit/localize";
import { SessionSchema, type Session } from "../../core/schema/session.ts";
import type { SessionDetails } from "../sb-session-details/sb-session-details.ts";

/** The detail fields' names, read when a list is made (in the interface language). */
const labels = (): Partial<Record<keyof Session, string>> => ({
  title: msg("Title"),
  date: msg("Date"),
  start: msg("Start time"),
  length: msg("Length"),
  place: msg("Place"),
  trainer: msg("Trainer"),
  organisation: msg("Organisation"),
  description: msg("Description"),
});

/** What keeps a session from being a valid session file yet: per detail field, and as a list for the trainer. */
export function sessionProblems(session: Session): { fields: Partial<Record<keyof SessionDetails, string>>; list: string[] } {
  const result = SessionSchema.safeParse(session);
  const fields: Partial<Record<keyof SessionDetails, string>> = {};
  const list: string[] = [];
  if (result.success) return { fields, list };
  for (const issue of result.error.issues) {
    const [field, index, key] = issue.path as [keyof Session, number?, string?];
    const message = issue.message === "expected text" ? msg("needed for printing") : issue.message;
    if (field === "agenda") {
      if (index === undefined) list.push(msg("Agenda: add at least one module or break"));
      else if (key === "break") list.push(msg(str`Agenda item ${index + 1} (the break's name): ${message}`));
      else list.push(key ? msg(str`Agenda item ${index + 1} (${key}): ${message}`) : msg(str`Agenda item ${index + 1}: ${message}`));
      continue;
    }
    fields[field] ??= message;
    list.push(`${labels()[field] ?? field}: ${message}`);
  }
  return { fields, list };
}
