import type { Session } from "../core/schema/session.ts";
import type { SaveState } from "./persistence/save-messages.ts";

/**
 * The trainer's sessions as the UI sees them: the starters of `templates/sessions/` (read-only;
 * editing one makes the trainer's own copy) and the trainer's own, kept in IndexedDB and saved
 * at once on every change. `change` events tell the UI to re-read.
 */
export interface SessionStore extends EventTarget {
  readonly ready: Promise<void>;
  list(): SessionSummary[];
  get(id: string): Session | undefined;
  /** The session file (YAML, the format `sourcebook export` reads). */
  text(id: string): string | undefined;
  /** A new own session: blank (one audience, today, no agenda) or a copy of a starter/own session. */
  create(from?: string): Promise<string>;
  update(id: string, session: Session): Promise<void>;
  remove(id: string): Promise<string>;
  undoRemove(token: string): Promise<void>;
  saveState(id: string): SaveState;
  /** Imports a session file; a bad one is refused with `file:line: field: problem` and changes nothing. */
  importSession(fileName: string, text: string): Promise<{ id: string } | { error: string }>;
  exportSession(id: string): { fileName: string; text: string };
  flush(): Promise<void>;
}

export interface SessionSummary {
  id: string;
  title: string;
  audience: Session["audience"];
  date: string;
  items: number;
  minutes: number;
  origin: "starter" | "own" | "copy";
}
