import { consume } from "@lit/context";
import { msg, str } from "@lit/localize";
import { html, nothing, type PropertyValues } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import { ReorderController } from "../controllers/reorder-controller.ts";
import { SbElement } from "../sb-element.ts";
import { repeat } from "lit/directives/repeat.js";
import { moduleStoreContext, sessionStoreContext } from "../../app/contexts.ts";
import { downloadText } from "../../app/download.ts";
import type { ModuleStore, ModuleSummary, SaveState } from "../../app/module-store-api.ts";
import { saveStateText } from "../../app/persistence/save-messages.ts";
import type { SessionStore, SessionSummary } from "../../app/session-store-api.ts";
import type { Module } from "../../core/schema/module.ts";
import type { AgendaItem, Session } from "../../core/schema/session.ts";
import "../sb-agenda-add/sb-agenda-add.ts";
import type { SbAgendaAddEvent } from "../sb-agenda-add/sb-agenda-add.ts";
import "../sb-agenda-item/sb-agenda-item.ts";
import type { AgendaItemPart, SbAgendaItem, SbAgendaItemChangeEvent } from "../sb-agenda-item/sb-agenda-item.ts";
import "../sb-edition-preview/sb-edition-preview.ts";
import "../sb-session-details/sb-session-details.ts";
import type { SbSessionDetailsChangeEvent } from "../sb-session-details/sb-session-details.ts";
import { planAgenda, type AgendaPlan } from "../../core/sessions/agenda-plan.ts";
import { plural } from "../../app/plural.ts";
import { sessionProblems } from "./session-problems.ts";
import { durationText } from "../../app/session-times.ts";
import { sessionHref, SESSIONS_HREF } from "./session-labels.ts";
import { componentStyles } from "../styles/component.styles.ts";
import { controlStyles } from "../styles/controls.styles.ts";
import { editorPageStyles } from "../styles/editor-page.styles.ts";
import { styles } from "./sb-session-builder.styles.ts";

/**
 * @summary Where a trainer builds a session: its details, the agenda (modules whole or by section, breaks, minutes per item, reordered by drag or Alt+↑/↓) with each item's times, the total and end time from `assembleSession`, a warning when it overruns, what each edition will print, and the session file to export. Every change goes to the session store at once.
 *
 * @slot export - The handout export panel (PDF) for this session.
 * @csspart header - The bar with the title, the save state and Export.
 */
@customElement("sb-session-builder")
export class SbSessionBuilder extends SbElement {
  static override styles = [componentStyles, controlStyles, editorPageStyles, styles];

  /** The id of the session to build. */
  @property({ attribute: "session-id" }) sessionId = "";

  @consume({ context: sessionStoreContext, subscribe: true }) @state() private store?: SessionStore;
  @consume({ context: moduleStoreContext, subscribe: true }) @state() private moduleStore?: ModuleStore;

  @state() private session?: Session;
  @state() private saveState: SaveState = { status: "saved" };
  @state() private origin?: SessionSummary["origin"];
  @state() private loaded = false;
  @state() private modules: ReadonlyMap<string, Module> = new Map();
  @state() private summaries: ModuleSummary[] = [];
  /** Said to screen readers after a move or a change of the agenda. */
  @state() private announcement = "";
  @state() private message = "";

  private plan?: AgendaPlan;
  /** Agenda items dragged by their handles (an item moves itself by keyboard, through sb-agenda-item-move). */
  private readonly reorder = new ReorderController(this, { move: (from, to) => this.moveItem(from, to) });
  /** Each agenda item's key, so an item's element (and what has focus in it) follows it when it moves. */
  private readonly keys = new WeakMap<AgendaItem, number>();
  private nextKey = 1;
  private focusAfter?: { key: number; part: AgendaItemPart; grab: boolean };
  private listening?: SessionStore;
  private storeReady = false;
  private listeningModules?: ModuleStore;

  override connectedCallback() {
    super.connectedCallback();
    this.listen();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.listening?.removeEventListener("change", this.onStoreChange);
    this.listeningModules?.removeEventListener("change", this.readModules);
    this.listening = this.listeningModules = undefined;
  }

  protected override willUpdate(changed: PropertyValues) {
    if (changed.has("store") || changed.has("moduleStore")) this.listen();
    if (changed.has("sessionId")) this.read();
    if (changed.has("session") || changed.has("modules")) this.plan = this.session ? planAgenda(this.session, this.modules) : undefined;
  }

  /** Follows both stores' changes (again, after being moved in the page). */
  private listen() {
    if (!this.isConnected) return;
    if (this.store !== this.listening) {
      this.listening?.removeEventListener("change", this.onStoreChange);
      this.listening = this.store;
      this.store?.addEventListener("change", this.onStoreChange);
      this.storeReady = false;
      const store = this.store;
      void store?.ready.then(() => {
        if (store !== this.store) return;
        this.storeReady = true;
        this.read();
      });
    }
    if (this.moduleStore !== this.listeningModules) {
      this.listeningModules?.removeEventListener("change", this.readModules);
      this.listeningModules = this.moduleStore;
      this.moduleStore?.addEventListener("change", this.readModules);
      void this.moduleStore?.ready.then(() => this.readModules());
    }
  }

  private onStoreChange = (event: Event) => {
    const id = (event as CustomEvent<{ id?: string } | undefined>).detail?.id;
    if (id === undefined || id === this.sessionId) this.read();
  };

  private read() {
    if (!this.store || !this.storeReady) return;
    this.loaded = true;
    this.session = this.store.get(this.sessionId);
    this.saveState = this.store.saveState(this.sessionId);
    this.origin = this.store.list().find((s) => s.id === this.sessionId)?.origin;
  }

  private readModules = () => {
    const store = this.moduleStore;
    if (!store) return;
    this.summaries = store.list();
    this.modules = new Map(this.summaries.flatMap((s) => store.get(s.id) ?? []).map((m) => [m.meta.id, m]));
  };

  /** Shows the changed session at once and hands it to the store, which saves it. */
  private apply(next: Session) {
    if (!this.store || !this.session) return;
    this.session = next;
    this.saveState = { status: "saving" };
    this.message = "";
    this.store.update(this.sessionId, next).then(
      () => this.read(),
      (error: unknown) => {
        this.read();
        this.saveState = { status: "error", message: msg(str`Not saved: ${error instanceof Error ? error.message : String(error)}`) };
      },
    );
  }

  private keyOf(item: AgendaItem): number {
    let key = this.keys.get(item);
    if (key === undefined) this.keys.set(item, (key = this.nextKey++));
    return key;
  }

  override render() {
    if (!this.store || !this.loaded) return html`<p class="loading" role="status">${msg("Opening the session…")}</p>`;
    const session = this.session;
    if (!session)
      return html`<p class="missing" role="alert">${msg(str`There is no session “${this.sessionId}”. It may have been deleted.`)} <a href=${SESSIONS_HREF}>${msg("All sessions")}</a></p>`;
    const problems = sessionProblems(session);
    const unfinished = this.unfinished(session);
    return html`<div class="builder">
      <header class="bar" part="header">
        <p class="back"><a href=${SESSIONS_HREF}>← ${msg("All sessions")}</a></p>
        <h1>${session.title.trim() || msg("Untitled session")}</h1>
        <p class="save ${this.saveState.status}" role="status" aria-live="polite" aria-atomic="true">${saveStateText(this.saveState)}</p>
        <div class="actions"><button type="button" class="primary" @click=${this.exportFile}>${msg("Export session file")}</button></div>
      </header>
      ${this.message ? html`<p class="notice" role="status">${this.message}</p>` : nothing}
      ${
        this.origin === "starter"
          ? html`<p class="origin">${msg("A starter session: your first change makes it your own copy; the starter stays as it is.")}
        <button type="button" class="link" @click=${this.copyStarter}>${msg("Start a separate copy instead")}</button></p>`
          : nothing
      }
      <section class="card" aria-labelledby="details-title">
        <h2 id="details-title">${msg("Details")}</h2>
        <sb-session-details .session=${session} .problems=${problems.fields} @sb-session-details-change=${this.onDetails}></sb-session-details>
      </section>
      ${this.renderAgenda(session)}
      ${
        unfinished.length
          ? html`<section class="unfinished" aria-labelledby="unfinished-title"><h2 id="unfinished-title">${msg("Before it can be printed")}</h2>
        <ul>${unfinished.map((p) => html`<li>${p}</li>`)}</ul></section>`
          : nothing
      }
      <section class="preview" aria-labelledby="preview-title">
        <h2 id="preview-title">${msg("What each edition will contain")}</h2>
        <sb-edition-preview audience=${session.audience}
          .modules=${this.plan?.items.flatMap((p) => (p.module ? [{ title: p.title, module: p.module }] : [])) ?? []}></sb-edition-preview>
      </section>
      <section class="print">
        <!-- The PDF export panel goes here (slot="export"), under its own heading; without it, this heading and hint stand in. -->
        <slot name="export"><h2>${msg("Print handouts")}</h2><p class="hint">${msg(html`Export the session file and print it with <code>sourcebook export</code>.`)}</p></slot>
      </section>
      <p class="sr" role="status" aria-live="polite">${this.announcement}</p>
    </div>`;
  }

  private renderAgenda(session: Session) {
    const plan = this.plan!;
    const forAudience = this.summaries.filter((m) => m.audiences.includes(session.audience));
    const count = session.agenda.length;
    return html`<section class="card agenda" aria-labelledby="agenda-title">
      <h2 id="agenda-title">${msg("Agenda")}</h2>
      <div class="totals">
        <p>${msg("Total")} <strong class="total">${durationText(plan.totalMinutes)}</strong></p>
        <p>${session.start}–<strong class="end">${plan.end}</strong></p>
        <p>${msg("Planned length")} <strong class="length">${durationText(session.length)}</strong></p>
      </div>
      ${plan.overrun ? html`<p class="warning overrun" role="alert"><span aria-hidden="true">⚠ </span>${plan.overrun} ${msg("Shorten an item or lengthen the session.")}</p>` : nothing}
      ${plan.repeats.map((r) => html`<p class="warning repeat" role="alert"><span aria-hidden="true">⚠ </span>${r} ${msg("Remove one, or choose other sections.")}</p>`)}
      ${plan.notes.length ? html`<ul class="notes">${plan.notes.map((n) => html`<li>${n}</li>`)}</ul>` : nothing}
      ${count === 0 ? html`<p class="empty">${msg("Nothing on the agenda yet. Add a module or a break below.")}</p>` : nothing}
      <ol class="items" aria-label=${msg("Agenda items")}>${repeat(
        plan.items,
        (p) => this.keyOf(p.item),
        (p, i) => html`<li
          @dragstart=${(e: DragEvent) => this.reorder.start(e, i)} @dragend=${() => this.reorder.end()}
          @dragover=${(e: DragEvent) => this.reorder.over(e, i)} @drop=${(e: DragEvent) => this.reorder.drop(e)}>
        <sb-agenda-item data-key=${this.keyOf(p.item)} .planned=${p} position=${i + 1} count=${count} drop=${this.reorder.lineAt(i)} ?dragging=${this.reorder.dragging === i}
          @sb-agenda-item-change=${(e: SbAgendaItemChangeEvent) => this.changeItem(i, e.detail.item)}
          @sb-agenda-item-move=${(e: CustomEvent<{ by: -1 | 1 }>) => this.stepItem(i, e.detail.by, e.target as SbAgendaItem)}
          @sb-agenda-item-remove=${() => this.removeItem(i)}></sb-agenda-item></li>`,
      )}</ol>
      <sb-agenda-add .modules=${forAudience} .sectionsOf=${this.sectionsOf} .listed=${session.agenda.flatMap((i) => ("module" in i ? [i.module] : []))}
        audience=${session.audience} @sb-agenda-add=${this.addItem}></sb-agenda-add>
    </section>`;
  }

  protected override async updated() {
    const focus = this.focusAfter;
    if (!focus) return;
    this.focusAfter = undefined;
    const item = this.renderRoot.querySelector<SbAgendaItem>(`sb-agenda-item[data-key="${focus.key}"]`);
    await item?.updateComplete;
    item?.focusPart(focus.part, focus.grab);
  }

  /** What keeps the session from printing: missing details, and items assembleSession refuses. */
  private unfinished(session: Session): string[] {
    const items = this.plan?.items.flatMap((p, i) => (p.problem ? [msg(str`Agenda item ${i + 1}: ${p.problem}`)] : [])) ?? [];
    return [...sessionProblems(session).list, ...items];
  }

  private sectionsOf = (id: string) => this.modules.get(id)?.body.flatMap((n) => (n.kind === "section" ? [n.title] : [])) ?? [];

  private onDetails(e: SbSessionDetailsChangeEvent) {
    if (!this.session) return;
    const { description, ...rest } = { ...this.session, ...e.detail.changes };
    this.apply(description === undefined ? rest : { ...rest, description });
  }

  private withAgenda(agenda: AgendaItem[]): Session {
    return { ...this.session!, agenda };
  }

  private changeItem(index: number, item: AgendaItem) {
    const agenda = [...this.session!.agenda];
    this.keys.set(item, this.keyOf(agenda[index]!));
    agenda[index] = item;
    this.apply(this.withAgenda(agenda));
  }

  private addItem(e: SbAgendaAddEvent) {
    const { item } = e.detail;
    const next = this.withAgenda([...this.session!.agenda, item]);
    const placed = planAgenda(next, this.modules).items.at(-1)!;
    this.announcement = msg(str`Added “${placed.title}” at ${placed.start}–${placed.end}.`);
    this.apply(next);
  }

  private removeItem(index: number) {
    const agenda = [...this.session!.agenda];
    const [gone] = agenda.splice(index, 1);
    const title = this.plan?.items[index]?.title ?? "";
    const neighbour = agenda[Math.min(index, agenda.length - 1)];
    if (neighbour) this.focusAfter = { key: this.keyOf(neighbour), part: "remove", grab: false };
    this.announcement = msg(str`Removed “${title}”.`);
    if (gone) this.apply(this.withAgenda(agenda));
  }

  private stepItem(index: number, by: -1 | 1, element: SbAgendaItem) {
    const to = index + by;
    if (to < 0 || to >= this.session!.agenda.length) return;
    this.moveItem(index, to, element.focusedPart() ?? "handle", element.isGrabbed);
  }

  /** Moves an item to index `to`; focus stays on the control it was on, and the new place and times are said. */
  private moveItem(from: number, to: number, part: AgendaItemPart = "handle", grab = false) {
    const agenda = [...this.session!.agenda];
    const [item] = agenda.splice(from, 1);
    agenda.splice(to, 0, item!);
    const next = this.withAgenda(agenda);
    const placed = planAgenda(next, this.modules);
    const p = placed.items[to]!;
    this.focusAfter = { key: this.keyOf(item!), part, grab };
    this.announcement = msg(
      str`Moved “${p.title}” to ${to + 1} of ${agenda.length}, ${p.start}–${p.end}. The agenda ends at ${placed.end}.`,
    );
    this.apply(next);
  }

  private exportFile() {
    if (!this.store) return;
    const file = this.store.exportSession(this.sessionId);
    downloadText(file.fileName, file.text, "application/yaml");
    const problems = this.session ? this.unfinished(this.session) : [];
    const n = problems.length;
    this.message = n
      ? plural(n, {
          one: msg(
            str`Exported ${file.fileName}. It is not finished yet (${n} thing to fill in, listed below), so sourcebook export will refuse it until it is.`,
          ),
          few: msg(
            str`Exported ${file.fileName}. It is not finished yet (${n} things to fill in, listed below), so sourcebook export will refuse it until it is.`,
            { id: "session-builder.unfinished.few" },
          ),
          many: msg(
            str`Exported ${file.fileName}. It is not finished yet (${n} things to fill in, listed below), so sourcebook export will refuse it until it is.`,
            { id: "session-builder.unfinished.many" },
          ),
          other: msg(
            str`Exported ${file.fileName}. It is not finished yet (${n} things to fill in, listed below), so sourcebook export will refuse it until it is.`,
          ),
        })
      : msg(str`Exported ${file.fileName}. Print it with: sourcebook export ${file.fileName} --edition participant --out handout.pdf`);
  }

  private async copyStarter() {
    if (!this.store) return;
    window.location.hash = sessionHref(await this.store.create(this.sessionId));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "sb-session-builder": SbSessionBuilder;
  }
}
