import type { Audience } from "../schema/module.ts";
import type { CardNode } from "./block-fields.ts";

/** The kinds of card a trainer can add, in the order the menu offers them. */
export const NEW_KINDS = ["markdown", "excerpt", "trainer", "audience", "exercise", "checklist", "discussion", "keypoints", "check", "quiz"] as const;
export type NewKind = (typeof NEW_KINDS)[number];

/**
 * A new card of a kind, already valid in the file format (so the module is never unsaveable),
 * with text that says what to write; the card opens with that text selected, so typing replaces it.
 */
export function newCard(kind: NewKind, audiences: readonly Audience[], sourceId: string): CardNode {
  switch (kind) {
    case "markdown":
      return { kind, text: "\nWrite your note here.\n\n" };
    case "excerpt":
      return { kind, sourceId, locator: "para. 1", quote: "Paste the exact words from the source here." };
    case "trainer":
      return { kind, body: "Write what only the trainer should see." };
    case "audience":
      return { kind, audiences: [audiences[0] ?? "police"], body: "Write what only this audience should see." };
    case "exercise":
      return {
        kind,
        title: "New exercise",
        minutes: 15,
        body: "Scenario:\nDescribe the situation (say that it is fictional).\n\nSteps:\n1. The first step.\n\nGood answer:\n- What a good answer includes.",
      };
    case "checklist":
      return { kind, title: "New checklist", body: "- The first thing to check." };
    case "discussion":
      return { kind, body: "- A question for the group?" };
    case "keypoints":
      return { kind, body: "- A point to remember." };
    case "check":
      return { kind, body: "- What to confirm against current law and practice before teaching." };
    case "quiz":
      return { kind, body: "1. A question on this module?\n   Answer: The answer, in the module's words." };
  }
}

/** The field a new card of each kind opens on. */
export const FIRST_FIELD: Record<NewKind, string> = {
  markdown: "text",
  excerpt: "quote",
  trainer: "body",
  audience: "body",
  exercise: "title",
  checklist: "title",
  discussion: "body",
  keypoints: "body",
  check: "body",
  quiz: "body",
};
