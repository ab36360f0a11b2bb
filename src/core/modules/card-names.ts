import type { CardNode } from "./block-fields.ts";

/** What each kind of card is called on screen. */
export const CARD_NAMES: Record<CardNode["kind"], string> = {
  markdown: "Note",
  excerpt: "Excerpt",
  trainer: "Trainer only",
  audience: "For some audiences",
  exercise: "Exercise",
  checklist: "Checklist",
  discussion: "Discussion questions",
  keypoints: "Key points",
  check: "Check before teaching",
  quiz: "Quiz",
};
