import { routeHref } from "../../app/routes.ts";

/** The href of a session in the app (`#/session/<id>`). */
export function sessionHref(id: string): string {
  return routeHref({ view: "session", sessionId: id });
}

/** The href of the session list. */
export const SESSIONS_HREF = routeHref({ view: "sessions" });
