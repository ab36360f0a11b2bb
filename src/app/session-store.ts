import { msg, str } from "@lit/localize";
import { ContentError, parseYamlFile } from "../core/files/yaml-file.ts";
import { SessionSchema, type Session } from "../core/schema/session.ts";
import { serializeSession } from "../core/sessions/serialize-session.ts";
import { freeId } from "./persistence/record-ids.ts";
import { RevisionStore, type BundledFiles } from "./persistence/revision-store.ts";
import { messageOf } from "./persistence/save-messages.ts";
import { SessionDb, type SessionRecord } from "./persistence/session-db.ts";
import { sessionKind, type SessionEntry } from "./persistence/session-entry.ts";
import type { SessionStore, SessionSummary } from "./session-store-api.ts";

/**
 * The sessions in `templates/sessions/`, each a lazily loaded chunk of the build. A session in another language
 * (`<name>.ru.yaml`) prints from the modules' translations, which the workbench cannot print yet: `sourcebook export` does.
 */
export function bundledStarterSessions(): BundledFiles {
  return import.meta.glob<string>(["../../templates/sessions/*.yaml", "!../../templates/sessions/*.*.yaml"], {
    query: "?raw",
    import: "default",
  });
}

/** The store the app uses: the bundled starters and the `sourcebook-sessions` IndexedDB database. Call `connect()` once the page is up. */
export function bundledSessionStore(): IdbSessionStore {
  return new IdbSessionStore(bundledStarterSessions(), SessionDb.open());
}

/**
 * The trainer's sessions, kept in IndexedDB (database `sourcebook-sessions`) beside the read-only
 * starters. Every change is saved at once (changes made in the same task share one write). A tab
 * only overwrites the stored revision it last read through `get`; otherwise its version is kept as
 * a new session "<title> (conflicting copy)". Sessions are kept as given: treat them as immutable.
 * Dispatches `change` (a CustomEvent, `detail.id` when one session changed).
 */
export class IdbSessionStore extends RevisionStore<SessionRecord, SessionEntry, SessionDb> implements SessionStore {
  private readonly starters = new Map<string, Session>();

  /**
   * @param starterFiles the starter session files (see `bundledStarterSessions`); the id of each is its file name without `.yaml`.
   * @param db the database (`SessionDb.open()`); when it cannot be opened, the starters still show and saving says why it cannot.
   * @param now the clock, for tests.
   */
  constructor(starterFiles: BundledFiles, db: SessionDb | Promise<SessionDb>, now: () => Date = () => new Date()) {
    super(sessionKind, starterFiles, db, now);
  }

  list(): SessionSummary[] {
    const own = [...this.saver.own]
      .sort(([, a], [, b]) => b.updatedAt.localeCompare(a.updatedAt))
      .map(([id, e]) => summaryOf(id, e.session, e.origin));
    const starters = [...this.starters].filter(([id]) => !this.saver.own.has(id)).map(([id, s]) => summaryOf(id, s, "starter"));
    return [...own, ...starters];
  }

  /** The session; reading it is what lets this tab's next `update` overwrite the stored revision. */
  get(id: string): Session | undefined {
    return this.saver.read(id)?.session ?? this.starters.get(id);
  }

  text(id: string): string | undefined {
    const session = this.current(id);
    return session && serializeSession(session);
  }

  async create(from?: string): Promise<string> {
    await this.ready;
    if (from === undefined) return this.addOwn(freeId("new-session", this.saver.taken), blankSession(this.now()));
    const source = this.current(from);
    if (!source) throw new Error(msg(str`There is no session "${from}".`));
    const fromStarter = !this.saver.own.has(from);
    const copy = structuredClone(source);
    return this.addOwn(
      freeId(fromStarter ? from : `${from}-copy`, this.saver.taken),
      fromStarter ? copy : { ...copy, title: `${copy.title} (copy)` },
    );
  }

  update(id: string, session: Session): Promise<void> {
    return this.whenReady(() => {
      let entry = this.saver.own.get(id);
      if (!entry) {
        if (!this.starters.has(id)) throw new Error(msg(str`There is no session "${id}".`));
        // The first edit of a starter: the trainer's copy, under the same id.
        entry = { session, origin: "copy", updatedAt: "" };
        this.saver.own.set(id, entry);
      }
      entry.session = session;
      entry.updatedAt = this.now().toISOString();
      return this.saver.save(id);
    });
  }

  async importSession(fileName: string, text: string): Promise<{ id: string } | { error: string }> {
    await this.ready;
    let session: Session;
    try {
      session = parseYamlFile<Session>(SessionSchema, text, fileName).value;
    } catch (error) {
      return { error: error instanceof ContentError ? error.message : `${fileName}: ${messageOf(error)}` };
    }
    const name = slug(fileName.replace(/^.*[\\/]/, "").replace(/\.ya?ml$/i, ""));
    const same = [...this.saver.own.keys()].find((id) => id.startsWith(name) && this.text(id) === serializeSession(session));
    if (same) return { id: same };
    const id = freeId(name, this.saver.taken);
    return this.insertImported(fileName, { id, session, origin: "own", revision: 1, updatedAt: this.now().toISOString() });
  }

  exportSession(id: string): { fileName: string; text: string } {
    const text = this.text(id);
    if (text === undefined) throw new Error(msg(str`There is no session "${id}".`));
    return { fileName: `${id}.yaml`, text };
  }

  private current(id: string): Session | undefined {
    return this.saver.own.get(id)?.session ?? this.starters.get(id);
  }

  protected isBundled(id: string): boolean {
    return this.starters.has(id);
  }

  protected readBundled(files: readonly (readonly [string, string])[]): void {
    for (const [file, text] of files) {
      try {
        this.starters.set(file.replace(/\.yaml$/, ""), parseYamlFile<Session>(SessionSchema, text, `templates/sessions/${file}`).value);
      } catch (error) {
        this.problemList.push(messageOf(error));
      }
    }
  }

  protected cannotRemove(id: string): string {
    return this.starters.has(id)
      ? msg("A starter session cannot be deleted; only your own sessions can.")
      : msg(str`There is no session "${id}".`);
  }

  private async addOwn(id: string, session: Session): Promise<string> {
    this.saver.own.set(id, { session, origin: "own", updatedAt: this.now().toISOString() });
    await this.saver.save(id);
    return id;
  }
}

/** A new session: one audience, today, the usual morning, nothing on the agenda yet. */
function blankSession(now: Date): Session {
  const pad = (n: number) => String(n).padStart(2, "0");
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return {
    title: msg("New session"),
    audience: "police",
    date,
    start: "09:00",
    length: 240,
    place: "",
    trainer: "",
    organisation: "",
    agenda: [],
  };
}

function summaryOf(id: string, session: Session, origin: SessionSummary["origin"]): SessionSummary {
  const minutes = session.agenda.reduce((sum, item) => sum + item.minutes, 0);
  return { id, title: session.title, audience: session.audience, date: session.date, items: session.agenda.length, minutes, origin };
}

/** A file name as an id: "Police Day 1.yaml" → "police-day-1". */
function slug(name: string): string {
  return (
    name
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || "session"
  );
}
