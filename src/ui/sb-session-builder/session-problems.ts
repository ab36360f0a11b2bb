import { SessionSchema, type Session } from "../../core/schema/session.ts";
import type { SessionDetails } from "../sb-session-details/sb-session-details.ts";

const LABELS: Partial<Record<keyof Session, string>> = {
  title: "Title",
  date: "Date",
  start: "Start time",
  length: "Length",
  place: "Place",
  trainer: "Trainer",
  organisation: "Organisation",
  description: "Description",
};

/** What keeps a session from being a valid session file yet: per detail field, and as a list for the trainer. */
export function sessionProblems(session: Session): { fields: Partial<Record<keyof SessionDetails, string>>; list: string[] } {
  const result = SessionSchema.safeParse(session);
  const fields: Partial<Record<keyof SessionDetails, string>> = {};
  const list: string[] = [];
  if (result.success) return { fields, list };
  for (const issue of result.error.issues) {
    const [field, index, key] = issue.path as [keyof Session, number?, string?];
    const message = issue.message === "expected text" ? "needed for printing" : issue.message;
    if (field === "agenda") {
      if (index === undefined) list.push("Agenda: add at least one module or break");
      else list.push(`Agenda item ${index + 1}${key === "break" ? " (the break's name)" : key ? ` (${key})` : ""}: ${message}`);
      continue;
    }
    fields[field] ??= message;
    list.push(`${LABELS[field] ?? field}: ${message}`);
  }
  return { fields, list };
}
