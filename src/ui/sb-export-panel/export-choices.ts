import type { Edition } from "../../core/handout/build-handout.ts";
import type { HandoutJob } from "../../app/handout-export-api.ts";
import { plural } from "../../core/text/plural.ts";

/** The editions as the trainer chooses them, with what each one holds. */
export const EDITION_CHOICES: { edition: Edition; name: string; hint: string }[] = [
  { edition: "participant", name: "Participant handout", hint: "Quotes with their citations, exercises and questions; no trainer notes." },
  { edition: "trainer", name: "Trainer guide", hint: "The handout with trainer notes, timings and the agenda's warnings." },
  { edition: "card", name: "Pocket card", hint: "Key points and checklists, small enough to carry." },
  { edition: "audit", name: "Citation audit", hint: "Every excerpt with its verdict and source, for the reviewer." },
  { edition: "knowledge-check", name: "Knowledge check", hint: "The modules' quiz questions, answered before and after the session." },
  {
    edition: "evaluation",
    name: "Evaluation form",
    hint: "How well participants can now meet each objective (1–5), and open questions; anonymous.",
  },
];

export const PAPER_CHOICES: { paper: HandoutJob["paper"]; name: string }[] = [
  { paper: "a4", name: "A4" },
  { paper: "letter", name: "US Letter" },
];

/** What the trainer is told once the PDF has downloaded. */
export function printedMessage(fileName: string, pages: number, draftReasons: readonly string[]): string {
  const length = plural(pages, "page");
  if (draftReasons.length === 0) return `Downloaded ${fileName}: ${length}, final.`;
  return `Downloaded ${fileName}: ${length}, printed as a DRAFT (${plural(draftReasons.length, "reason")}, listed above).`;
}
