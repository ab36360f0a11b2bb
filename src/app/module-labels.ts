import { msg } from "@lit/localize";
import type { CardNode } from "../core/modules/block-fields.ts";
import type { ModuleSummary } from "./module-store-api.ts";
import type { Audience, REVIEW_STATUSES } from "../core/schema/module.ts";

// The names of a module's audiences, review states and kinds of block, in the interface language. The English
// names in src/core (AUDIENCE_LABELS, CARD_NAMES) stay for the command line and the English handouts.
// Each table is made at the call, so that it is in the language shown now.

/** "Police", "Judges and prosecutors", "Social workers". */
export const audienceLabel = (audience: Audience): string =>
  ({
    police: msg("Police", { id: "audience.police" }),
    judicial: msg("Judges and prosecutors", { id: "audience.judicial" }),
    "social-work": msg("Social workers", { id: "audience.social-work" }),
  })[audience];

/** A module's review state: "draft", "in review", "approved", "changes requested"; an unknown one as it is. */
export function reviewStatusLabel(status: (typeof REVIEW_STATUSES)[number] | (string & {})): string {
  const labels: Record<string, string> = {
    draft: msg("draft", { id: "review-status.draft", desc: "A module's review state, shown in lower case in a list." }),
    "in-review": msg("in review", { id: "review-status.in-review" }),
    approved: msg("approved", { id: "review-status.approved" }),
    "changes-requested": msg("changes requested", { id: "review-status.changes-requested" }),
  };
  return labels[status] ?? status;
}

/** Where a module in the library comes from. */
export const originLabel = (origin: ModuleSummary["origin"]): string =>
  ({
    shipped: msg("Shipped", { id: "origin.shipped", desc: "A module that comes with Sourcebook (not written by the trainer)." }),
    own: msg("Yours", { id: "origin.own" }),
    copy: msg("Your copy", { id: "origin.copy" }),
  })[origin];

/** What each kind of block is called on screen, as a card's heading. */
export const cardName = (kind: CardNode["kind"]): string =>
  ({
    markdown: msg("Note", { id: "card.markdown" }),
    excerpt: msg("Excerpt", { id: "card.excerpt" }),
    trainer: msg("Trainer only", { id: "card.trainer" }),
    audience: msg("For some audiences", { id: "card.audience" }),
    exercise: msg("Exercise", { id: "card.exercise" }),
    checklist: msg("Checklist", { id: "card.checklist" }),
    discussion: msg("Discussion questions", { id: "card.discussion" }),
    keypoints: msg("Key points", { id: "card.keypoints" }),
    check: msg("Check before teaching", { id: "card.check" }),
    quiz: msg("Quiz", { id: "card.quiz" }),
  })[kind];
