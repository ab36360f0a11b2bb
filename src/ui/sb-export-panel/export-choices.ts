import { msg, str } from "@lit/localize";
import type { Edition } from "../../core/handout/build-handout.ts";
import type { HandoutJob, HandoutStage } from "../../app/handout-export-api.ts";
import { plural } from "../../app/plural.ts";

/** The editions as the trainer chooses them, with what each one holds, in the interface language. */
export const editionChoices = (): { edition: Edition; name: string; hint: string }[] => [
  {
    edition: "participant",
    name: msg("Participant handout"),
    hint: msg("Quotes with their citations, exercises and questions; no trainer notes."),
  },
  { edition: "trainer", name: msg("Trainer guide"), hint: msg("The handout with trainer notes, timings and the agenda's warnings.") },
  { edition: "card", name: msg("Pocket card"), hint: msg("Key points and checklists, small enough to carry.") },
  { edition: "audit", name: msg("Citation audit"), hint: msg("Every excerpt with its verdict and source, for the reviewer.") },
  {
    edition: "knowledge-check",
    name: msg("Knowledge check"),
    hint: msg("The modules' quiz questions, answered before and after the session."),
  },
  {
    edition: "evaluation",
    name: msg("Evaluation form"),
    hint: msg("How well participants can now meet each objective (1–5), and open questions; anonymous."),
  },
];

/** The Print button's words for each edition ("Print participant handout"). */
export const printLabel = (edition: Edition): string =>
  ({
    participant: msg("Print participant handout"),
    trainer: msg("Print trainer guide"),
    card: msg("Print pocket card"),
    audit: msg("Print citation audit"),
    "knowledge-check": msg("Print knowledge check"),
    evaluation: msg("Print evaluation form"),
  })[edition];

export const paperChoices = (): { paper: HandoutJob["paper"]; name: string }[] => [
  { paper: "a4", name: "A4" },
  { paper: "letter", name: msg("US Letter") },
];

/** What the trainer is told once the PDF has downloaded. */
export function printedMessage(fileName: string, pages: number, draftReasons: readonly string[]): string {
  const length = plural(pages, {
    one: msg(str`${pages} page`),
    few: msg(str`${pages} pages`, { id: "printed.pages.few" }),
    many: msg(str`${pages} pages`, { id: "printed.pages.many" }),
    other: msg(str`${pages} pages`),
  });
  if (draftReasons.length === 0) return msg(str`Downloaded ${fileName}: ${length}, final.`);
  const n = draftReasons.length;
  const reasons = plural(n, {
    one: msg(str`${n} reason`),
    few: msg(str`${n} reasons`, { id: "printed.reasons.few" }),
    many: msg(str`${n} reasons`, { id: "printed.reasons.many" }),
    other: msg(str`${n} reasons`),
  });
  return msg(str`Downloaded ${fileName}: ${length}, printed as a DRAFT (${reasons}, listed above).`);
}

/** The print worker's stage in words, in the interface language (the worker itself sends only data). */
export function stageText(stage: HandoutStage | { step: "starting" }): string {
  switch (stage.step) {
    case "starting":
      return msg("Starting");
    case "reading":
      return msg("Reading the modules");
    case "sources":
      return msg(str`Loading sources (${stage.done} of ${stage.total})`);
    case "checking": {
      const n = stage.excerpts;
      return plural(n, {
        one: msg(str`Checking ${n} excerpt`),
        few: msg(str`Checking ${n} excerpts`, { id: "print-stage.checking.few" }),
        many: msg(str`Checking ${n} excerpts`, { id: "print-stage.checking.many" }),
        other: msg(str`Checking ${n} excerpts`),
      });
    }
    case "fonts":
      return msg("Loading the PDF maker and its fonts");
    case "layout":
      return stage.page === undefined ? msg("Laying out pages") : msg(str`Laying out page ${stage.page} of ${stage.pages}`);
    case "writing":
      return msg(str`Writing page ${stage.page} of ${stage.pages}`);
    case "done":
      return msg("Done");
  }
}
