import type { SaveState } from "../app/module-store-api.ts";
import { routeHref } from "../app/routes.ts";

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
  return routeHref({ view: "session", sessionId: id });
}

/** The href of the session list. */
export const SESSIONS_HREF = routeHref({ view: "sessions" });
