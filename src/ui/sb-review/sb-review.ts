import { consume } from "@lit/context";
import { msg, str } from "@lit/localize";
import { html, nothing, type PropertyValues } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import { SbElement } from "../sb-element.ts";
import { libraryContext, moduleStoreContext, sessionStoreContext } from "../../app/contexts.ts";
import type { LibraryStore } from "../../app/library-store.ts";
import type { ModuleStore } from "../../app/module-store-api.ts";
import { ReviewService, type ModuleReview } from "../../app/review-service.ts";
import type { SessionStore } from "../../app/session-store-api.ts";
import { citeEdition } from "../../core/modules/cite-edition.ts";
import { setMeta } from "../../core/modules/module-edits.ts";
import type { Module } from "../../core/schema/module.ts";
import type { SbReviewDecideEvent, SbReviewerChangeEvent } from "../sb-review-decision/sb-review-decision.ts";
import type { SbCiteEditionEvent } from "../sb-edition-check/sb-edition-check.ts";
import "../sb-review-module/sb-review-module.ts";
import { countWords, statusWords, type SbReviewModule } from "../sb-review-module/sb-review-module.ts";
import { decisionSaveText, rememberedReviewer, rememberReviewer, reviewOf } from "./review-decisions.ts";
import { componentStyles } from "../styles/component.styles.ts";
import { controlStyles } from "../styles/controls.styles.ts";
import { styles } from "./sb-review.styles.ts";
import { plural } from "../../app/plural.ts";

/** "3 modules" (or "No modules"), when a count of them starts a title. */
const moduleCount = (n: number) =>
  n === 0
    ? msg("No modules")
    : plural(n, {
        one: msg(str`${n} module`),
        few: msg(str`${n} modules`, { id: "review.modules.few" }),
        many: msg(str`${n} modules`, { id: "review.modules.many" }),
        other: msg(str`${n} modules`),
      });
/** The excerpts of a module (with their parallel quotes), as one string: a review is redone only when they change. */
const excerptKey = (module: Module | undefined) =>
  (module?.body ?? [])
    .flatMap((n) =>
      n.kind === "excerpt" ? [[n.sourceId, n.locator, n.quote, n.parallel?.sourceId ?? "", n.parallel?.quote ?? ""].join("\u0000")] : [],
    )
    .join("\u0001");

/**
 * @summary Review mode: every excerpt of a module, or of every module of a session, beside its
 * source context with its verdict; the reviewer approves each module or requests changes, and the
 * decision (status, reviewer, date, comment) is saved in the module's front matter through the module store.
 *
 * Give one of `module-id`, `session-id` (read from the session store) or `moduleIds`.
 * The reviewer's name is remembered in this browser.
 */
@customElement("sb-review")
export class SbReview extends SbElement {
  static override styles = [componentStyles, controlStyles, styles];

  /** Review one module. */
  @property({ attribute: "module-id" }) moduleId = "";
  /** Review every module of a session. */
  @property({ attribute: "session-id" }) sessionId = "";
  /** Review these modules (used when neither module-id nor session-id is set). */
  @property({ attribute: false }) moduleIds: string[] = [];
  /** Checks the excerpts; by default one over the library from context and the shipped anchors lock. */
  @property({ attribute: false }) service?: ReviewService;

  @consume({ context: libraryContext, subscribe: true }) @state() private library?: LibraryStore;
  @consume({ context: moduleStoreContext, subscribe: true }) @state() private store?: ModuleStore;
  @consume({ context: sessionStoreContext, subscribe: true }) @state() private sessions?: SessionStore;

  @state() private reviewer = rememberedReviewer();
  @state() private ids: string[] = [];
  @state() private modules = new Map<string, Module>();
  @state() private reviews = new Map<string, ModuleReview>();
  @state() private problems = new Map<string, string>();
  /** Modules decided on in this view (their save state is shown), and decisions the store threw on. */
  @state() private decided = new Set<string>();
  @state() private failures = new Map<string, string>();
  @state() private loaded = false;
  @state() private heading = "";
  @state() private notFound = "";

  private ownService?: { library: LibraryStore; service: ReviewService };
  private listening: EventTarget[] = [];
  private reviewedKeys = new Map<string, string>();
  private run = 0;

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.listen([]);
  }

  override connectedCallback() {
    super.connectedCallback();
    if (this.hasUpdated) this.listen([this.store, this.sessions]);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has("store" as keyof SbReview) || changed.has("sessions" as keyof SbReview)) this.listen([this.store, this.sessions]);
    const inputs = ["moduleId", "sessionId", "moduleIds", "service", "store", "sessions", "library"];
    if (inputs.some((k) => changed.has(k as keyof SbReview))) void this.load();
  }

  private listen(targets: (EventTarget | undefined)[]) {
    for (const t of this.listening) t.removeEventListener("change", this.onStoreChange);
    this.listening = targets.filter((t): t is EventTarget => t !== undefined);
    for (const t of this.listening) t.addEventListener("change", this.onStoreChange);
  }

  private get reviewService(): ReviewService | undefined {
    if (this.service) return this.service;
    if (!this.library) return undefined;
    if (this.ownService?.library !== this.library) this.ownService = { library: this.library, service: new ReviewService(this.library) };
    return this.ownService.service;
  }

  /** Which modules to review, and the view's title. */
  private async resolve(store: ModuleStore): Promise<{ ids: string[]; title: string; notFound?: string }> {
    if (this.moduleId) return { ids: [this.moduleId], title: store.get(this.moduleId)?.meta.title ?? this.moduleId };
    if (this.sessionId) {
      if (!this.sessions) return { ids: [], title: msg("Review"), notFound: msg("Sessions cannot be opened here.") };
      await this.sessions.ready;
      const session = this.sessions.get(this.sessionId);
      if (!session)
        return { ids: [], title: msg("Review"), notFound: msg(str`There is no session “${this.sessionId}”. It may have been deleted.`) };
      const ids = [...new Set(session.agenda.flatMap((item) => ("module" in item ? [item.module] : [])))];
      return { ids, title: session.title };
    }
    return { ids: [...new Set(this.moduleIds)], title: moduleCount(this.moduleIds.length) };
  }

  /** Reads the modules, then checks each one's excerpts in turn (the first module shows while the next is checked). */
  private async load() {
    const run = ++this.run;
    const store = this.store;
    const service = this.reviewService;
    if (!store || !service) return;
    await store.ready;
    const { ids, title, notFound } = await this.resolve(store);
    if (run !== this.run) return;
    this.ids = ids;
    this.heading = title;
    this.notFound = notFound ?? "";
    this.loaded = true;
    this.reviews = new Map();
    this.problems = new Map();
    this.reviewedKeys.clear();
    this.readModules();
    for (const id of ids) await this.reviewModule(id, run, service);
  }

  private async reviewModule(id: string, run: number, service: ReviewService) {
    const module = this.modules.get(id);
    if (!module) return;
    this.reviewedKeys.set(id, excerptKey(module));
    try {
      const review = await service.reviewModule(module);
      if (run === this.run) this.reviews = new Map(this.reviews).set(id, review);
    } catch (error) {
      if (run === this.run) this.problems = new Map(this.problems).set(id, error instanceof Error ? error.message : String(error));
    }
  }

  private readModules() {
    const store = this.store;
    if (!store) return;
    this.modules = new Map(
      this.ids.flatMap((id) => {
        const module = store.get(id);
        return module ? [[id, module] as const] : [];
      }),
    );
  }

  /** A module changed (here or in another tab): show its new review state; check it again if its excerpts changed. */
  private onStoreChange = (event: Event) => {
    if (event.target === this.sessions) return void this.sessionChanged();
    const id = (event as CustomEvent<{ id?: string } | undefined>).detail?.id;
    if (id !== undefined && !this.ids.includes(id)) return;
    this.readModules();
    const service = this.reviewService;
    for (const [moduleId, module] of this.modules) {
      if (service && this.reviewedKeys.has(moduleId) && this.reviewedKeys.get(moduleId) !== excerptKey(module))
        void this.reviewModule(moduleId, this.run, service);
    }
  };

  /** The session was edited: its title may have changed; its modules are checked again only if they changed. */
  private async sessionChanged() {
    if (!this.sessionId || !this.store) return;
    const { ids, title } = await this.resolve(this.store);
    if (ids.join("\u0000") !== this.ids.join("\u0000")) return this.load();
    this.heading = title;
  }

  private onReviewerChange(event: SbReviewerChangeEvent) {
    this.reviewer = event.detail.name;
    rememberReviewer(event.detail.name.trim());
  }

  private async onDecide(event: SbReviewDecideEvent) {
    const { moduleId, status, reviewer, comment } = event.detail;
    const store = this.store;
    const current = store?.get(moduleId);
    this.decided = new Set(this.decided).add(moduleId);
    const failures = new Map(this.failures);
    failures.delete(moduleId);
    this.failures = failures;
    if (!store || !current) {
      this.failures = new Map(this.failures).set(moduleId, `Not saved: there is no module “${moduleId}” any more.`);
      return;
    }
    try {
      await store.update(moduleId, setMeta(current, { review: reviewOf(status, reviewer, comment, new Date()) }));
    } catch (error) {
      this.failures = new Map(this.failures).set(moduleId, `Not saved: ${error instanceof Error ? error.message : String(error)}`);
    }
    this.readModules();
  }

  /** A reviewer accepted a new edition's words: the excerpt cites it, as an edit that can be undone. */
  private async onCiteEdition(event: SbCiteEditionEvent) {
    const { moduleId, number, from, quote, to, locator } = event.detail;
    const current = this.store?.get(moduleId);
    // The excerpt is found by its number, and must still be the one checked (the module may have changed since).
    let seen = 0;
    const index = current?.body.findIndex((n) => n.kind === "excerpt" && ++seen === number) ?? -1;
    const node = current?.body[index];
    let failure: string | undefined;
    if (!current || node?.kind !== "excerpt" || node.sourceId !== from || node.quote !== quote)
      failure = msg(str`Not saved: excerpt ${number} has changed since it was checked; check it again.`);
    else
      try {
        await this.store!.update(moduleId, citeEdition(current, to, new Map([[index, locator]])));
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        failure = msg(str`Not saved: ${why}`);
      }
    // A failure is said where the module's saves are (beside the decision).
    if (failure) {
      this.decided = new Set(this.decided).add(moduleId);
      this.failures = new Map(this.failures).set(moduleId, failure);
    }
    this.readModules();
  }

  override render() {
    if (!this.store || !this.loaded) return html`<p class="loading" role="status">${msg("Opening the review…")}</p>`;
    // One module: its own title is the page's heading; several: the session's (or a count).
    const several = this.ids.length !== 1 || Boolean(this.sessionId);
    return html`
      <div class="review" @sb-review-decide=${this.onDecide} @sb-reviewer-change=${this.onReviewerChange} @sb-cite-edition=${this.onCiteEdition}>
        <header class="head">
          <p class="eyebrow">${this.sessionId ? msg("Review of a session") : msg("Review")}</p>
          ${
            several
              ? html`<h1>${this.heading}</h1>
            <p class="lead">${msg("Check each excerpt against its source — the quoted words are marked in the passage — then approve each module or request changes.")}</p>`
              : nothing
          }
        </header>
        ${this.notFound ? html`<p class="missing" role="alert">${this.notFound}</p>` : nothing}
        ${several && this.ids.length > 0 ? this.renderContents() : nothing}
        ${this.ids.map((id) => this.renderModule(id))}
      </div>
    `;
  }

  private renderContents() {
    return html`<nav class="contents" aria-label=${msg("Modules in this review")}>
      <h2>${moduleCount(this.ids.length)}</h2>
      <ol>${this.ids.map((id) => {
        const module = this.modules.get(id);
        const counts = this.reviews.get(id)?.counts;
        return html`<li>
          <button type="button" class="link" @click=${() => this.goTo(id)}>${module?.meta.title ?? id}</button>
          <span class="meta">${module ? statusWords()[module.meta.review.status] : msg("not found")}${counts ? ` · ${Object.values(countWords(counts)).join(", ")}` : module ? ` · ${msg("checking…")}` : ""}</span>
        </li>`;
      })}</ol>
    </nav>`;
  }

  private renderModule(id: string) {
    const module = this.modules.get(id);
    if (!module) return html`<p class="missing" role="alert">${msg(str`There is no module “${id}”. It may have been deleted.`)}</p>`;
    const store = this.store!;
    const failure = this.failures.get(id);
    const state = store.saveState(id);
    const saveText = !this.decided.has(id) ? "" : (failure ?? decisionSaveText(state, module.meta.review));
    const origin = store.list().find((m) => m.id === id)?.origin ?? "";
    return html`<sb-review-module data-module=${id} .module=${module} .review=${this.reviews.get(id)} problem=${this.problems.get(id) ?? ""}
      reviewer=${this.reviewer} save-text=${saveText} ?save-failed=${this.decided.has(id) && (failure !== undefined || state.status === "error" || state.status === "conflict")}
      origin=${origin} level=${this.ids.length === 1 && !this.sessionId ? 1 : 2}></sb-review-module>`;
  }

  private goTo(id: string) {
    const target = this.renderRoot.querySelector<SbReviewModule>(`sb-review-module[data-module="${CSS.escape(id)}"]`);
    target?.focusTitle();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "sb-review": SbReview;
  }
}
