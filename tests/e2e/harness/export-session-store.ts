import type { SaveState } from "../../../src/app/module-store-api.ts";
import type { SessionStore, SessionSummary } from "../../../src/app/session-store-api.ts";
import { parseYamlFile } from "../../../src/core/library/yaml-file.ts";
import { SessionSchema, type Session } from "../../../src/core/schema/session.ts";

const starterFiles = import.meta.glob<string>("../../../templates/sessions/*.yaml", { query: "?raw", import: "default", eager: true });

/** The starter sessions of templates/sessions/, read-only: enough SessionStore for the export panel's harness. */
export class StarterSessionStore extends EventTarget implements SessionStore {
  readonly ready = Promise.resolve();
  private readonly sessions = new Map<string, { session: Session; text: string }>();

  constructor() {
    super();
    for (const [path, text] of Object.entries(starterFiles)) {
      const id = path.slice(path.lastIndexOf("/") + 1, -".yaml".length);
      this.sessions.set(id, { session: parseYamlFile(SessionSchema, text, `templates/sessions/${id}.yaml`).value, text });
    }
  }

  list(): SessionSummary[] {
    return [...this.sessions].map(([id, { session }]) => ({
      id,
      title: session.title,
      audience: session.audience,
      date: session.date,
      items: session.agenda.length,
      minutes: session.agenda.reduce((n, item) => n + item.minutes, 0),
      origin: "starter",
    }));
  }
  get(id: string): Session | undefined {
    return this.sessions.get(id)?.session;
  }
  text(id: string): string | undefined {
    return this.sessions.get(id)?.text;
  }
  /** Replaces a session in memory (no saving), and says so like the real store. */
  async update(id: string, session: Session): Promise<void> {
    this.sessions.set(id, { session, text: this.sessions.get(id)?.text ?? "" });
    this.dispatchEvent(new CustomEvent("change", { detail: { id } }));
  }
  saveState(): SaveState {
    return { status: "saved" };
  }
  exportSession(id: string): { fileName: string; text: string } {
    return { fileName: `${id}.yaml`, text: this.text(id) ?? "" };
  }
  create(): Promise<string> {
    return Promise.reject(new Error("not in this harness"));
  }
  remove(): Promise<string> {
    return Promise.reject(new Error("not in this harness"));
  }
  undoRemove(): Promise<void> {
    return Promise.reject(new Error("not in this harness"));
  }
  importSession(): Promise<{ error: string }> {
    return Promise.resolve({ error: "not in this harness" });
  }
  async flush(): Promise<void> {}
}
