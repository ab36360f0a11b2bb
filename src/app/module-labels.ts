import { msg } from "@lit/localize";
import type { CardNode } from "../core/modules/block-fields.ts";
import type { ModuleSummary } from "./module-store-api.ts";
import type { Audience, REVIEW_STATUSES } from "../core/schema/module.ts";

// The names of a module's audiences, review states and kinds of block, in the interface language. The English
// names in src/core (AUDIENCE_LABELS, CARD_NAMES) stay for the command line and the English handouts.

/** "Police", "Judges and prosecutors", "Social workers". */
export function audienceLabel(audience: Audience): string {
  switch (audience) {
    case "police":
      return msg("Police", { id: "audience.police" });
    case "judicial":
      return msg("Judges and prosecutors", { id: "audience.judicial" });
    case "social-work":
      return msg("Social workers", { id: "audience.social-work" });
  }
}

/** A module's review state: "draft", "in review", "approved", "changes requested". */
export function reviewStatusLabel(status: (typeof REVIEW_STATUSES)[number] | (string & {})): string {
  switch (status) {
    case "draft":
      return msg("draft", { id: "review-status.draft", desc: "A module's review state, shown in lower case in a list." });
    case "in-review":
      return msg("in review", { id: "review-status.in-review" });
    case "approved":
      return msg("approved", { id: "review-status.approved" });
    case "changes-requested":
      return msg("changes requested", { id: "review-status.changes-requested" });
    default:
      return status;
  }
}

/** Where a module in the library comes from. */
export function originLabel(origin: ModuleSummary["origin"]): string {
  switch (origin) {
    case "shipped":
      return msg("Shipped", { id: "origin.shipped", desc: "A module that comes with Sourcebook (not written by the trainer)." });
    case "own":
      return msg("Yours", { id: "origin.own" });
    case "copy":
      return msg("Your copy", { id: "origin.copy" });
  }
}

/** What each kind of block is called on screen, as a card's heading. */
export function cardName(kind: CardNode["kind"]): string {
  switch (kind) {
    case "markdown":
      return msg("Note", { id: "card.markdown" });
    case "excerpt":
      return msg("Excerpt", { id: "card.excerpt" });
    case "trainer":
      return msg("Trainer only", { id: "card.trainer" });
    case "audience":
      return msg("For some audiences", { id: "card.audience" });
    case "exercise":
      return msg("Exercise", { id: "card.exercise" });
    case "checklist":
      return msg("Checklist", { id: "card.checklist" });
    case "discussion":
      return msg("Discussion questions", { id: "card.discussion" });
    case "keypoints":
      return msg("Key points", { id: "card.keypoints" });
    case "check":
      return msg("Check before teaching", { id: "card.check" });
    case "quiz":
      return msg("Quiz", { id: "card.quiz" });
  }
}
