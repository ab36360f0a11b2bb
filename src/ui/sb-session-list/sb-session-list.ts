import { consume } from "@lit/context";
import { msg, str } from "@lit/localize";
import { html, nothing, type PropertyValues } from "lit";
import { customElement, state } from "lit/decorators.js";
import { SbElement } from "../sb-element.ts";
import { sessionStoreContext } from "../../app/contexts.ts";
import { downloadText, withPickedFile } from "../../app/download.ts";
import type { SessionStore, SessionSummary } from "../../app/session-store-api.ts";
import { audienceName } from "../../app/audience-names.ts";
import { durationText, sessionDate } from "../../app/session-times.ts";
import { routeHref } from "../../app/routes.ts";
import { catalogStyles } from "../styles/catalog.styles.ts";
import { componentStyles } from "../styles/component.styles.ts";
import { controlStyles } from "../styles/controls.styles.ts";
import { styles } from "./sb-session-list.styles.ts";
import { plural } from "../../app/plural.ts";

const originLabel = (origin: SessionSummary["origin"]): string =>
  origin === "starter" ? msg("Starter") : origin === "own" ? msg("Yours") : msg("Your copy of a starter");

const itemCount = (n: number) =>
  plural(n, {
    few: msg(str`${n} items`, { id: "session-list.items.few" }),
    many: msg(str`${n} items`, { id: "session-list.items.many" }),
    one: msg(str`${n} item`),
    other: msg(str`${n} items`),
  });

/**
 * @summary The trainer's sessions and the starter sessions: a new blank session, a session started from a starter (an own copy), open, export and import the session file, delete with undo.
 */
@customElement("sb-session-list")
export class SbSessionList extends SbElement {
  static override styles = [componentStyles, controlStyles, catalogStyles, styles];

  @consume({ context: sessionStoreContext, subscribe: true }) @state() private store?: SessionStore;
  @state() private sessions: SessionSummary[] = [];
  @state() private message = "";
  @state() private undoToken = "";
  private listening?: SessionStore;

  override connectedCallback() {
    super.connectedCallback();
    this.listen();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.listening?.removeEventListener("change", this.refresh);
    this.listening = undefined;
  }

  protected override willUpdate(changed: PropertyValues) {
    if (changed.has("store")) this.listen();
  }

  /** Follows the store's changes (again, after being moved in the page). */
  private listen() {
    if (!this.isConnected || this.store === this.listening) return;
    this.listening?.removeEventListener("change", this.refresh);
    this.listening = this.store;
    this.store?.addEventListener("change", this.refresh);
    void this.store?.ready.then(this.refresh);
  }

  private refresh = () => {
    this.sessions = this.store?.list() ?? [];
  };

  override render() {
    const own = this.sessions.filter((s) => s.origin !== "starter");
    const starters = this.sessions.filter((s) => s.origin === "starter");
    return html`
      <header class="head">
        <h1>${msg("Sessions")}</h1>
        <p class="lead">${msg("A session is one day's agenda for one audience. Start from a starter or a blank page; everything you change is saved in this browser at once.")}</p>
      </header>
      <div class="tools">
        <button type="button" class="primary" @click=${() => this.create()}>${msg("New blank session")}</button>
        <label class="file">${msg("Import session file (.yaml)")}<input type="file" accept=".yaml,.yml,application/yaml,text/yaml" @change=${this.importFile} /></label>
      </div>
      <p class="status" role="status" aria-live="polite">
        ${this.message}${this.undoToken ? html` <button type="button" class="link" @click=${this.undo}>${msg("Undo")}</button>` : nothing}
      </p>
      <section aria-labelledby="own-title">
        <h2 id="own-title">${msg("Your sessions")}</h2>
        ${own.length ? html`<ul class="sessions entries">${own.map((s) => this.renderSession(s))}</ul>` : html`<p class="empty">${msg("None yet. Start one from a starter below, or make a blank one.")}</p>`}
      </section>
      <section aria-labelledby="starters-title">
        <h2 id="starters-title">${msg("Starter sessions")}</h2>
        <ul class="sessions entries">${starters.map((s) => this.renderSession(s))}</ul>
      </section>
    `;
  }

  private renderSession(s: SessionSummary) {
    const starter = s.origin === "starter";
    return html`<li class="session entry">
      <div class="meta"><span class="origin ${s.origin}">${originLabel(s.origin)}</span>
        <span>${audienceName(s.audience)}</span><span>${s.date ? sessionDate(s.date) : msg("no date")}</span>
        <span>${itemCount(s.items)}</span><span>${durationText(s.minutes)}</span></div>
      <h3><a href=${routeHref({ view: "session", sessionId: s.id })}>${s.title.trim() || msg("Untitled session")}</a></h3>
      <div class="actions">
        ${starter ? html`<button type="button" class="primary" @click=${() => this.create(s)} aria-label=${msg(str`Start from this: ${s.title}`)}>${msg("Start from this")}</button>` : nothing}
        <button type="button" @click=${() => this.exportFile(s)} aria-label=${msg(str`Export .yaml: ${s.title}`)}>${msg("Export .yaml")}</button>
        ${
          starter
            ? nothing
            : html`<button type="button" class="danger" @click=${() => this.removeSession(s)}
          aria-label=${s.origin === "copy" ? msg(str`Discard my copy: ${s.title}`) : msg(str`Delete: ${s.title}`)}>${s.origin === "copy" ? msg("Discard my copy") : msg("Delete")}</button>`
        }
      </div>
    </li>`;
  }

  private async create(from?: SessionSummary) {
    if (!this.store) return;
    try {
      window.location.hash = routeHref({ view: "session", sessionId: await this.store.create(from?.id) });
    } catch (error) {
      this.say(msg(str`Could not make the session: ${error instanceof Error ? error.message : String(error)}`));
    }
  }

  private exportFile(s: SessionSummary) {
    const file = this.store!.exportSession(s.id);
    downloadText(file.fileName, file.text, "application/yaml");
    this.say(msg(str`Exported ${file.fileName}.`));
  }

  private async removeSession(s: SessionSummary) {
    try {
      const token = await this.store!.remove(s.id);
      this.say(
        s.origin === "copy" ? msg(str`Discarded your copy of “${s.title}”; the starter is back.`) : msg(str`Deleted “${s.title}”.`),
        token,
      );
    } catch (error) {
      this.say(error instanceof Error ? error.message : String(error));
    }
  }

  private async undo() {
    try {
      await this.store!.undoRemove(this.undoToken);
      this.say(msg("Brought it back."));
    } catch (error) {
      this.say(error instanceof Error ? error.message : String(error));
    }
  }

  private async importFile(e: Event) {
    const store = this.store;
    if (!store) return;
    const said = await withPickedFile(e, msg("Not imported"), async (name, text) => {
      const result = await store.importSession(name, text);
      return "error" in result
        ? msg(str`Not imported: ${result.error}`)
        : msg(str`Imported ${name} as “${store.get(result.id)?.title ?? result.id}”.`);
    });
    if (said) this.say(said);
  }

  private say(message: string, undoToken = "") {
    this.message = message;
    this.undoToken = undoToken;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "sb-session-list": SbSessionList;
  }
}
