import { ContentError, parseYamlFile } from "../core/library/yaml-file.ts";
import { SessionSchema, type Session } from "../core/schema/session.ts";
import { serializeSession } from "../core/sessions/serialize-session.ts";
import type { SaveState } from "./module-store-api.ts";
import { messageOf } from "./persistence/save-messages.ts";
import { SessionDb, type SessionRecord } from "./persistence/session-db.ts";
import { TabChannel, type ModulesChanged } from "./persistence/tab-channel.ts";
import type { SessionStore, SessionSummary } from "./session-store-api.ts";

/** The starter session files: path → a loader of its text (loaded when the store starts, not bundled up front). */
export type StarterSessionFiles = Record<string, () => Promise<string>>;

/** The sessions in `templates/sessions/`, each a lazily loaded chunk of the build. */
export function bundledStarterSessions(): StarterSessionFiles {
  return import.meta.glob<string>("../../templates/sessions/*.yaml", { query: "?raw", import: "default" });
}

/** The store the app uses: the bundled starters and the `sourcebook-sessions` IndexedDB database. Call `connect()` once the page is up. */
export function bundledSessionStore(): IdbSessionStore {
  return new IdbSessionStore(bundledStarterSessions(), SessionDb.open());
}

/** The channel on which tabs tell each other which session they wrote. */
export const SESSION_CHANNEL = "sourcebook-sessions";

/** One of the trainer's sessions as this tab holds it. */
interface OwnSession {
  session: Session;
  origin: "own" | "copy";
  updatedAt: string;
  /** The revision last read from or written to the database. */
  stored?: number;
  /** The stored revision the version on screen is based on (undefined: none stored yet). */
  base?: number;
}

/**
 * The trainer's sessions, kept in IndexedDB (database `sourcebook-sessions`) beside the read-only
 * starters. Every change is saved at once (changes made in the same task share one write). A tab
 * only overwrites the stored revision it last read through `get`; otherwise its version is kept as
 * a new session "<title> (conflicting copy)". Sessions are kept as given: treat them as immutable.
 * Dispatches `change` (a CustomEvent, `detail.id` when one session changed).
 */
export class IdbSessionStore extends EventTarget implements SessionStore {
  readonly ready: Promise<void>;
  private readonly starters = new Map<string, Session>();
  private readonly own = new Map<string, OwnSession>();
  private readonly states = new Map<string, SaveState>();
  private readonly problemList: string[] = [];
  /** Ids whose version on screen is not stored yet. */
  private readonly unsaved = new Set<string>();
  private db?: SessionDb;
  private dbProblem = "";
  private queue: Promise<unknown> = Promise.resolve();
  private pendingRun?: Promise<void>;
  private channel?: TabChannel;
  private disconnect?: () => void;

  /**
   * @param starterFiles the starter session files (see `bundledStarterSessions`); the id of each is its file name without `.yaml`.
   * @param db the database (`SessionDb.open()`); when it cannot be opened, the starters still show and saving says why it cannot.
   * @param now the clock, for tests.
   */
  constructor(
    starterFiles: StarterSessionFiles,
    db: SessionDb | Promise<SessionDb>,
    private readonly now: () => Date = () => new Date(),
  ) {
    super();
    this.ready = this.load(starterFiles, db);
  }

  /** Starter files and stored sessions that could not be read, said as `file:line: field: problem`. */
  get problems(): readonly string[] {
    return this.problemList;
  }

  /** Starts what the page needs: saving on `pagehide` and when hidden, news from other tabs. Returns the way to stop. */
  connect(target: Window = window): () => void {
    this.disconnect?.();
    const hide = () => void this.flush();
    const hidden = () => target.document.visibilityState === "hidden" && void this.flush();
    target.addEventListener("pagehide", hide);
    target.document.addEventListener("visibilitychange", hidden);
    this.channel = new TabChannel((message) => void this.otherTabChanged(message).catch(() => undefined), SESSION_CHANNEL);
    this.disconnect = () => {
      target.removeEventListener("pagehide", hide);
      target.document.removeEventListener("visibilitychange", hidden);
      this.channel?.close();
      this.channel = undefined;
      this.disconnect = undefined;
    };
    return this.disconnect;
  }

  list(): SessionSummary[] {
    const own = [...this.own]
      .sort(([, a], [, b]) => b.updatedAt.localeCompare(a.updatedAt))
      .map(([id, e]) => summaryOf(id, e.session, e.origin));
    const starters = [...this.starters].filter(([id]) => !this.own.has(id)).map(([id, s]) => summaryOf(id, s, "starter"));
    return [...own, ...starters];
  }

  /** The session; reading it is what lets this tab's next `update` overwrite the stored revision. */
  get(id: string): Session | undefined {
    const entry = this.own.get(id);
    if (entry && !this.unsaved.has(id)) entry.base = entry.stored;
    return this.current(id);
  }

  text(id: string): string | undefined {
    const session = this.current(id);
    return session && serializeSession(session);
  }

  async create(from?: string): Promise<string> {
    await this.ready;
    if (from === undefined) return this.addOwn(freeId("new-session", this.taken), blankSession(this.now()));
    const source = this.current(from);
    if (!source) throw new Error(`There is no session "${from}".`);
    const fromStarter = !this.own.has(from);
    const copy = structuredClone(source);
    return this.addOwn(
      freeId(fromStarter ? from : `${from}-copy`, this.taken),
      fromStarter ? copy : { ...copy, title: `${copy.title} (copy)` },
    );
  }

  async update(id: string, session: Session): Promise<void> {
    await this.ready;
    let entry = this.own.get(id);
    if (!entry) {
      if (!this.starters.has(id)) throw new Error(`There is no session "${id}".`);
      // The first edit of a starter: the trainer's copy, under the same id.
      entry = { session, origin: "copy", updatedAt: "" };
      this.own.set(id, entry);
    }
    entry.session = session;
    entry.updatedAt = this.now().toISOString();
    return this.save(id);
  }

  async remove(id: string): Promise<string> {
    await this.ready;
    const entry = this.own.get(id);
    if (!entry)
      throw new Error(
        this.starters.has(id) ? "A starter session cannot be deleted; only your own sessions can." : `There is no session "${id}".`,
      );
    await this.flush();
    const token = crypto.randomUUID();
    await this.enqueue(async () => {
      try {
        await this.storage().trash(id, token, this.now().toISOString(), recordOf(id, entry, entry.stored ?? 0));
      } catch (error) {
        throw new Error(`Could not delete “${entry.session.title}”: ${messageOf(error)}. Nothing was changed.`, { cause: error });
      }
      this.forget(id);
      this.channel?.post({ id });
    });
    this.changed(id);
    return token;
  }

  async undoRemove(token: string): Promise<void> {
    await this.ready;
    const place = (record: SessionRecord, taken: SessionRecord | undefined): SessionRecord =>
      taken || this.own.has(record.id)
        ? { ...record, id: freeId(record.id, this.taken), origin: "own", revision: 1 }
        : { ...record, revision: record.revision + 1 };
    const record = await this.enqueue(() => this.storage().untrash(token, place));
    if (!record) throw new Error("There is nothing to undo: that session is no longer in the trash.");
    this.adopt(record, record.revision);
    this.channel?.post({ id: record.id });
    this.changed(record.id);
  }

  saveState(id: string): SaveState {
    return this.states.get(id) ?? { status: "saved" };
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
    const same = [...this.own.keys()].find((id) => id.startsWith(name) && this.text(id) === serializeSession(session));
    if (same) return { id: same };
    try {
      return { id: await this.addOwn(freeId(name, this.taken), session, true) };
    } catch (error) {
      return { error: `${fileName}: could not be stored in this browser: ${messageOf(error)}. Nothing was imported.` };
    }
  }

  exportSession(id: string): { fileName: string; text: string } {
    const text = this.text(id);
    if (text === undefined) throw new Error(`There is no session "${id}".`);
    return { fileName: `${id}.yaml`, text };
  }

  /** Writes whatever is not stored yet (failed writes are tried again); resolves when the database is idle. */
  flush(): Promise<void> {
    for (const id of [...this.unsaved]) void this.save(id);
    return this.queue.then(() => undefined);
  }

  // ── reading ───────────────────────────────────────────────────────────────

  private current(id: string): Session | undefined {
    return this.own.get(id)?.session ?? this.starters.get(id);
  }

  private readonly taken = (id: string) => this.own.has(id) || this.starters.has(id);

  private async load(files: StarterSessionFiles, db: SessionDb | Promise<SessionDb>): Promise<void> {
    const [texts, opened] = await Promise.all([
      Promise.all(Object.entries(files).map(async ([path, read]) => [path.slice(path.lastIndexOf("/") + 1), await read()] as const)),
      Promise.resolve(db).catch((error: unknown) => {
        this.dbProblem = messageOf(error);
        return undefined;
      }),
    ]);
    for (const [file, text] of texts.sort(([a], [b]) => a.localeCompare(b))) {
      try {
        this.starters.set(file.replace(/\.yaml$/, ""), parseYamlFile<Session>(SessionSchema, text, `templates/sessions/${file}`).value);
      } catch (error) {
        this.problemList.push(messageOf(error));
      }
    }
    if (!opened) return;
    this.db = opened;
    for (const record of await opened.all()) this.adopt(record, record.revision);
  }

  private adopt(record: SessionRecord, base: number | undefined): void {
    if (typeof record.session !== "object" || !Array.isArray(record.session?.agenda)) {
      this.problemList.push(`The stored session "${record.id}" cannot be read; it is left as it is.`);
      return;
    }
    this.own.set(record.id, { session: record.session, origin: record.origin, updatedAt: record.updatedAt, stored: record.revision, base });
  }

  /** Another tab wrote: read its version, unless this tab has unsaved work on it (its write will find out). */
  private otherTabChanged({ id }: ModulesChanged): Promise<void> {
    return this.enqueue(async () => {
      const db = this.storage();
      const records = id ? [await db.get(id)].filter((r) => r !== undefined) : await db.all();
      const ids = id ? [id] : [...new Set([...this.own.keys(), ...records.map((r) => r.id)])];
      for (const each of ids) {
        if (this.unsaved.has(each)) continue;
        const record = records.find((r) => r.id === each);
        const entry = this.own.get(each);
        if (!record) this.forget(each);
        // The tab's `base` stays: its builder may still hold the old version until it calls `get`.
        else if (entry?.stored !== record.revision) this.adopt(record, entry?.base);
      }
      this.changed(id);
    });
  }

  // ── writing ───────────────────────────────────────────────────────────────

  private async addOwn(id: string, session: Session, strict = false): Promise<string> {
    this.own.set(id, { session, origin: "own", updatedAt: this.now().toISOString() });
    await this.save(id);
    if (strict && this.states.get(id)?.status === "error") {
      const { message } = this.states.get(id) as { message: string };
      this.forget(id);
      this.changed(id);
      throw new Error(message);
    }
    return id;
  }

  /** Shows "Saving…" and saves the session with every other change made in the same task. */
  private save(id: string): Promise<void> {
    this.unsaved.add(id);
    this.states.set(id, { status: "saving" });
    this.changed(id);
    this.pendingRun ??= this.enqueue(async () => {
      this.pendingRun = undefined;
      const ids = [...this.unsaved];
      this.unsaved.clear();
      for (const each of ids) await this.write(each);
    });
    return this.pendingRun;
  }

  private async write(id: string): Promise<void> {
    const entry = this.own.get(id);
    if (!entry) return;
    const fail = (message: string) => {
      this.unsaved.add(id);
      this.states.set(id, { status: "error", message });
      this.changed(id);
    };
    if (!this.db)
      return fail(
        `Not saved: this browser does not let Sourcebook store sessions (${this.dbProblem || "storage is not available"}). Export the session file to keep it.`,
      );
    let record = recordOf(id, entry, (entry.base ?? 0) + 1);
    let result;
    try {
      result = await this.db.putIfRevision(record, entry.base);
      if (!result.ok && !result.current) {
        // Deleted in another tab meanwhile: nothing of theirs to overwrite, so this tab's version is stored again.
        record = { ...record, revision: 1 };
        result = await this.db.putIfRevision(record, undefined);
      }
    } catch (error) {
      return fail(
        `Not saved: the browser's storage refused the change (${messageOf(error)}). Your changes are still here; edit again to retry, or export the session file to keep it.`,
      );
    }
    if (!result.ok) return this.keepConflictingCopy(id, entry, result.current!);
    entry.stored = entry.base = record.revision;
    // A newer change made during the write is still to be saved.
    this.states.set(id, this.unsaved.has(id) ? { status: "saving" } : { status: "saved", at: record.updatedAt });
    this.channel?.post({ id });
    this.changed(id);
  }

  /** Another tab stored a newer revision: this tab's version becomes a new session, and theirs is shown. */
  private async keepConflictingCopy(id: string, mine: OwnSession, theirs: SessionRecord): Promise<void> {
    const same = serializeSession(theirs.session) === serializeSession(mine.session);
    if (!same) {
      const copyId = freeId(`${id}-conflict`, this.taken);
      const copy: SessionRecord = {
        id: copyId,
        session: { ...mine.session, title: `${mine.session.title} (conflicting copy)` },
        origin: "own",
        revision: 1,
        updatedAt: this.now().toISOString(),
      };
      try {
        if (!(await this.storage().putIfRevision(copy, undefined)).ok) throw new Error(`the id ${copyId} was taken meanwhile`);
      } catch (error) {
        this.unsaved.add(id);
        this.states.set(id, {
          status: "error",
          message: `Another tab saved this session meanwhile, and your version could not be kept as a copy: ${messageOf(error)}. Export the session file to keep it.`,
        });
        this.changed(id);
        return;
      }
      this.adopt(copy, copy.revision);
      this.channel?.post({ id: copyId });
      this.states.set(id, {
        status: "conflict",
        message: `Another tab saved this session while you were editing it here. Nothing was overwritten: your version is kept as a new session, “${copy.session.title}”, and this is now the other tab's version.`,
      });
    }
    this.adopt(theirs, same ? theirs.revision : mine.base);
    if (same) this.states.set(id, { status: "saved", at: theirs.updatedAt });
    this.changed(id);
  }

  private storage(): SessionDb {
    if (!this.db) throw new Error(`this browser does not let Sourcebook store sessions (${this.dbProblem || "storage is not available"})`);
    return this.db;
  }

  /** Runs a database step after every step before it. */
  private enqueue<T>(step: () => Promise<T>): Promise<T> {
    const run = this.queue.then(step);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private forget(id: string): void {
    this.own.delete(id);
    this.unsaved.delete(id);
    this.states.delete(id);
  }

  private changed(id?: string): void {
    this.dispatchEvent(new CustomEvent("change", { detail: { id } }));
  }
}

/** A new session: one audience, today, the usual morning, nothing on the agenda yet. */
function blankSession(now: Date): Session {
  const pad = (n: number) => String(n).padStart(2, "0");
  const date = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return {
    title: "New session",
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

function recordOf(id: string, entry: OwnSession, revision: number): SessionRecord {
  return { id, session: entry.session, origin: entry.origin, revision, updatedAt: entry.updatedAt };
}

function summaryOf(id: string, session: Session, origin: SessionSummary["origin"]): SessionSummary {
  const minutes = session.agenda.reduce((sum, item) => sum + item.minutes, 0);
  return { id, title: session.title, audience: session.audience, date: session.date, items: session.agenda.length, minutes, origin };
}

/** An id not used by any session: `base`, else `base-2`, `base-3` … */
function freeId(base: string, taken: (id: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n++) if (!taken(`${base}-${n}`)) return `${base}-${n}`;
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
