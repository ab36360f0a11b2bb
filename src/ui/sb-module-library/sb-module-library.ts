import { consume } from "@lit/context";
import { msg, str } from "@lit/localize";
import { html, nothing } from "lit";
import { customElement, state } from "lit/decorators.js";
import { SbElement } from "../sb-element.ts";
import { addedSourcesContext, moduleStoreContext } from "../../app/contexts.ts";
import type { AddedSources } from "../../app/added-sources.ts";
import { downloadText, withPickedFile } from "../../app/download.ts";
import type { ModuleStore, ModuleSummary } from "../../app/module-store-api.ts";
import { routeHref } from "../../app/routes.ts";
import { AUDIENCES, REVIEW_STATUSES } from "../../core/schema/module.ts";
import { audienceLabel, originLabel, reviewStatusLabel } from "../../app/module-labels.ts";
import { catalogStyles } from "../styles/catalog.styles.ts";
import { componentStyles } from "../styles/component.styles.ts";
import { controlStyles, requiredMark } from "../styles/controls.styles.ts";
import { styles } from "./sb-module-library.styles.ts";
import { plural } from "../../app/plural.ts";
import { moduleCount, sourceCount, excerptCount } from "../../app/counted-nouns.ts";
import type { TranslationState } from "../../core/modules/translated-module.ts";

/**
 * @summary The module library: shipped modules and the trainer's own, filtered by audience, topic and review status; create, open, duplicate, delete with undo, import, export, back up and restore.
 */
@customElement("sb-module-library")
export class SbModuleLibrary extends SbElement {
  static override styles = [componentStyles, controlStyles, catalogStyles, styles];

  @consume({ context: moduleStoreContext, subscribe: true }) private store?: ModuleStore;
  @consume({ context: addedSourcesContext, subscribe: true }) private added?: AddedSources;
  @state() private modules: ModuleSummary[] = [];
  @state() private audience = "";
  @state() private topic = "";
  @state() private status = "";
  @state() private message = "";
  @state() private undoToken = "";
  @state() private newTitle = "";
  /** Each shipped module's translations (modules/<id>.<language>.md), current or outdated. */
  @state() private translations = new Map<string, TranslationState[]>();

  override connectedCallback() {
    super.connectedCallback();
    void this.store?.ready.then(() => this.refresh());
    // The translations' checks load after the list is shown: the first screen does not wait for them.
    void import("../../app/module-translations.ts")
      .then(({ shippedTranslations }) => shippedTranslations())
      .then((translations) => (this.translations = translations));
    this.store?.addEventListener("change", this.refresh);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.store?.removeEventListener("change", this.refresh);
  }

  private refresh = () => {
    this.modules = this.store?.list() ?? [];
  };

  private get shown(): ModuleSummary[] {
    return this.modules.filter(
      (m) =>
        (!this.audience || m.audiences.includes(this.audience as never)) &&
        (!this.topic || m.topics.includes(this.topic)) &&
        (!this.status || m.reviewStatus === this.status),
    );
  }

  override render() {
    const topics = [...new Set(this.modules.flatMap((m) => m.topics))].sort();
    const shown = this.shown;
    return html`
      <header class="head">
        <h1>${msg("Modules")}</h1>
        <p class="lead">${msg("Training units built from verified excerpts. Shipped modules stay as they are; editing one makes your own copy.")}</p>
      </header>
      <form class="create" @submit=${this.create}>
        <label><span>${msg("New module")}${requiredMark}</span> <input required .value=${this.newTitle} placeholder=${msg("Title")} @input=${(e: Event) => (this.newTitle = (e.target as HTMLInputElement).value)} /></label>
        <button type="submit" class="primary" ?disabled=${!this.newTitle.trim()}>${msg("Create")}</button>
      </form>
      <div class="tools">
        <label class="file">${msg("Import module (.md)")}<input type="file" accept=".md,text/markdown" @change=${this.importModule} /></label>
        <button type="button" @click=${this.backup}>${msg("Back up my modules and added sources")}</button>
        <label class="file">${msg("Restore a backup")}<input type="file" accept=".json,application/json" @change=${this.restore} /></label>
      </div>
      <fieldset class="filters"><legend>${msg("Filter")}</legend>
        ${select(
          msg("Audience"),
          this.audience,
          (v) => (this.audience = v),
          AUDIENCES.map((a) => [a, audienceLabel(a)]),
        )}
        ${select(
          msg("Topic"),
          this.topic,
          (v) => (this.topic = v),
          topics.map((t) => [t, t.replaceAll("-", " ")]),
        )}
        ${select(
          msg("Review"),
          this.status,
          (v) => (this.status = v),
          REVIEW_STATUSES.map((s) => [s, reviewStatusLabel(s)]),
        )}
      </fieldset>
      <p class="status" role="status" aria-live="polite">
        ${this.message}${this.undoToken ? html` <button type="button" class="link" @click=${this.undo}>${msg("Undo")}</button>` : nothing}
      </p>
      <p class="count">${this.countText(shown.length)}</p>
      <ul class="modules entries">${shown.map((m) => this.renderModule(m))}</ul>
    `;
  }

  private renderModule(m: ModuleSummary) {
    return html`<li class="module entry">
      <div class="meta"><span class="origin ${m.origin}">${originLabel(m.origin)}</span>
        <span>${m.audiences.map((a) => audienceLabel(a)).join(" · ")}</span>
        <span>${msg(str`${m.minutes} min`)}</span><span>${excerptCount(m.excerpts)}</span><span class="review ${m.reviewStatus}">${reviewStatusLabel(m.reviewStatus)}</span>
        ${m.origin === "shipped" ? (this.translations.get(m.id) ?? []).map((t) => html`<span class="translation ${t.current ? "current" : "outdated"}">${translationLabel(t)}</span>`) : nothing}</div>
      <h2><a href=${routeHref({ view: "module", moduleId: m.id })}>${m.title}</a></h2>
      ${m.summary ? html`<p class="summary">${m.summary}</p>` : nothing}
      <div class="actions">
        <a class="review-link" href=${routeHref({ view: "review", moduleId: m.id })} aria-label=${msg(str`Review: ${m.title}`)}>${msg("Review")}</a>
        <button type="button" @click=${() => this.duplicate(m)} aria-label=${msg(str`Duplicate: ${m.title}`)}>${msg("Duplicate")}</button>
        <button type="button" @click=${() => this.exportModule(m)} aria-label=${msg(str`Export .md: ${m.title}`)}>${msg("Export .md")}</button>
        ${
          m.origin === "shipped"
            ? nothing
            : html`<button type="button" class="danger" @click=${() => this.removeModule(m)}
          aria-label=${m.origin === "copy" ? msg(str`Discard my copy: ${m.title}`) : msg(str`Delete: ${m.title}`)}>${m.origin === "copy" ? msg("Discard my copy") : msg("Delete")}</button>`
        }
      </div>
    </li>`;
  }

  private async create(e: Event) {
    e.preventDefault();
    const id = await this.store!.create(this.newTitle.trim());
    this.newTitle = "";
    window.location.hash = routeHref({ view: "module", moduleId: id });
  }

  private async duplicate(m: ModuleSummary) {
    const id = await this.store!.duplicate(m.id);
    const title = this.store!.get(id)?.meta.title ?? id;
    this.say(msg(str`Made “${title}”.`));
  }

  private exportModule(m: ModuleSummary) {
    const file = this.store!.exportModule(m.id);
    downloadText(file.fileName, file.text);
  }

  private async removeModule(m: ModuleSummary) {
    const token = await this.store!.remove(m.id);
    this.say(
      m.origin === "copy" ? msg(str`Discarded your copy of “${m.title}”; the shipped module is back.`) : msg(str`Deleted “${m.title}”.`),
      token,
    );
  }

  private async undo() {
    await this.store!.undoRemove(this.undoToken);
    this.say(msg("Brought it back."));
  }

  private async backup() {
    // The sources added in this browser go in too, once read from storage.
    await this.added?.ready.catch(() => undefined);
    const file = this.store!.backup(this.added?.backupSources());
    downloadText(file.fileName, file.text, "application/json");
    this.say(msg(str`Saved ${file.fileName}. Keep it somewhere safe; Restore brings everything back exactly.`));
  }

  private async importModule(e: Event) {
    const said = await withPickedFile(e, msg("Not imported"), async (name, text) => {
      const result = await this.store!.importModule(name, text);
      return "error" in result ? msg(str`Not imported: ${result.error}`) : msg(str`Imported ${name}.`);
    });
    if (said) this.say(said);
  }

  private async restore(e: Event) {
    const said = await withPickedFile(e, msg("Not restored"), async (name, text) => {
      const result = await this.store!.restore(name, text);
      if ("error" in result) return msg(str`Not restored: ${result.error}`);
      const modules = moduleCount(result.restored);
      if (!result.sources?.length || !this.added) return msg(str`Restored ${modules} from ${name}.`);
      try {
        const sources = sourceCount(await this.added.restore(result.sources));
        return msg(str`Restored ${modules} and ${sources} from ${name}.`);
      } catch (error) {
        const why = error instanceof Error ? error.message : String(error);
        return msg(str`Restored ${modules} from ${name}; its sources were not: ${why}`);
      }
    });
    if (said) this.say(said);
  }

  /** "3 of 12 modules", or "12 modules" when no filter hides any. */
  private countText(shown: number): string {
    const all = this.modules.length;
    return plural(all, {
      one: msg(str`${shown} of ${all} module`, { id: "library.count.one" }),
      few: msg(str`${shown} of ${all} modules`, { id: "library.count.few" }),
      many: msg(str`${shown} of ${all} modules`, { id: "library.count.many" }),
      other: msg(str`${shown} of ${all} modules`, { id: "library.count.other" }),
    });
  }

  private say(message: string, undoToken = "") {
    this.message = message;
    this.undoToken = undoToken;
  }
}

/** "Russian translation — outdated": a shipped module's translation, as the library shows it on the module. */
function translationLabel(t: TranslationState): string {
  const name =
    t.language === "ru"
      ? msg("Russian translation")
      : t.language === "ky"
        ? msg("Kyrgyz translation")
        : msg(str`Translation (${t.language})`);
  return t.current ? msg(str`${name} — current`) : msg(str`${name} — outdated`);
}

function select(label: string, value: string, set: (v: string) => void, options: [string, string][]) {
  return html`<label>${label}
    <select @change=${(e: Event) => set((e.target as HTMLSelectElement).value)}>
      <option value="" ?selected=${!value}>${msg("All")}</option>
      ${options.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
    </select></label>`;
}

declare global {
  interface HTMLElementTagNameMap {
    "sb-module-library": SbModuleLibrary;
  }
}
