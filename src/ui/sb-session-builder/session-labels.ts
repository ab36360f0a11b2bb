import type { SaveState } from "../../app/module-store-api.ts";
import type { Audience } from "../../core/schema/module.ts";

/** Who each audience is, in the trainer's words. */
export const AUDIENCE_LABEL: Record<Audience, string> = { police: "Police", judicial: "Judges and prosecutors", "social-work": "Social workers" };

/** The save state of a session in words. */
export function sessionSaveText(state: SaveState): string {
  switch (state.status) {
    case "saved":
      return "All changes saved";
    case "saving":
      return "Saving…";
    case "error":
    case "conflict":
      return state.message;
  }
}

/** The href of a session in the app (`#/session/<id>`). */
export function sessionHref(id: string): string {
  return `#/session/${encodeURIComponent(id)}`;
}

/** The href of the session list. */
export const SESSIONS_HREF = "#/sessions";
