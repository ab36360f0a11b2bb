import { msg, str } from "@lit/localize";
import { saveStateText, type SaveState } from "../../app/persistence/save-messages.ts";
import type { ModuleMeta } from "../../core/schema/module.ts";

const REVIEWER_KEY = "sourcebook.reviewer";

/** The reviewer's name as last typed in this browser ("" when none, or when storage is off). */
export function rememberedReviewer(storage: Pick<Storage, "getItem"> | undefined = globalThis.localStorage): string {
  try {
    return storage?.getItem(REVIEWER_KEY) ?? "";
  } catch {
    return ""; // storage blocked by the browser: the name is simply asked for again
  }
}

export function rememberReviewer(name: string, storage: Pick<Storage, "setItem"> | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(REVIEWER_KEY, name);
  } catch {
    // Not remembered; the decision itself still records the name.
  }
}

/** A date as YYYY-MM-DD in the reviewer's own time zone (the day they signed). */
export function isoDay(when: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${when.getFullYear()}-${pad(when.getMonth() + 1)}-${pad(when.getDate())}`;
}

/** The front matter `review` a decision writes; an empty comment is left out. */
export function reviewOf(status: "approved" | "changes-requested", reviewer: string, comment: string, today: Date): ModuleMeta["review"] {
  return { status, reviewer: reviewer.trim(), date: isoDay(today), ...(comment.trim() ? { comment: comment.trim() } : {}) };
}

/** The save state of a decision in words: "Saved: approved by Ana Petrova on 2025-11-23." */
export function decisionSaveText(state: SaveState, review: ModuleMeta["review"] | undefined): string {
  if (state.status !== "saved" || !review?.reviewer) return saveStateText(state);
  const { reviewer, date } = review;
  if (review.status === "approved") return msg(str`Saved: approved by ${reviewer} on ${date}.`);
  if (review.status === "changes-requested") return msg(str`Saved: changes requested by ${reviewer} on ${date}.`);
  const status = review.status;
  return msg(str`Saved: ${status} by ${reviewer} on ${date}.`);
}
