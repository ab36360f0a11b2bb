import { msg, str } from "@lit/localize";
import { html, nothing, type PropertyValues } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import { SbElement } from "../sb-element.ts";
import type { ModuleSummary } from "../../app/module-store-api.ts";
import type { Audience } from "../../core/schema/module.ts";
import type { AgendaItem } from "../../core/schema/session.ts";
import { forAudience } from "../../app/audience-names.ts";
import { wholeMinutes } from "../../core/sessions/minutes.ts";
import { componentStyles } from "../styles/component.styles.ts";
import { controlStyles, requiredMark } from "../styles/controls.styles.ts";
import { styles } from "./sb-agenda-add.styles.ts";

export type SbAgendaAddEvent = CustomEvent<{ item: AgendaItem }>;

/**
 * @summary Adds to a session's agenda: a module written for the session's audience (the whole module, or chosen sections by checkbox) for so many minutes, or a break. After a module is added, the picker moves on to the next module not on the agenda.
 *
 * @fires sb-agenda-add - The trainer pressed Add; `detail.item` is the new agenda item.
 */
@customElement("sb-agenda-add")
export class SbAgendaAdd extends SbElement {
  static override styles = [componentStyles, controlStyles, styles];

  /** The modules that may be added: those written for `audience`. */
  @property({ attribute: false }) modules: ModuleSummary[] = [];
  /** The section titles of a module. */
  @property({ attribute: false }) sectionsOf: (moduleId: string) => string[] = () => [];
  /** The session's audience, to say whom the modules are for. */
  @property() audience: Audience = "police";
  /** The ids of the modules already on the agenda: the picker marks them and offers the others first. */
  @property({ attribute: false }) listed: string[] = [];

  @state() private moduleId = "";
  @state() private wholeModule = true;
  @state() private chosen: string[] = [];
  @state() private minutes = "";
  /** Undefined until the trainer types: the default name follows the interface language. */
  @state() private typedBreakName?: string;
  @state() private breakMinutes = "15";

  private get breakName(): string {
    return (
      this.typedBreakName ??
      msg("Break", { id: "agenda-add.break-name", desc: "The name a new break is given until the trainer types another." })
    );
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has("modules") && !this.modules.some((m) => m.id === this.moduleId)) this.choose(this.nextModule(this.listed));
  }

  override render() {
    return html`<div class="forms">
      <form class="add-module" novalidate aria-labelledby="module-legend" @submit=${this.addModule}>
        <h3 id="module-legend">${msg("Add a module")}</h3>
        ${this.modules.length === 0 ? html`<p class="empty">${msg(str`No module in the library is written ${forAudience(this.audience)}.`)}</p>` : this.renderModuleFields()}
      </form>
      <form class="add-break" novalidate aria-labelledby="break-legend" @submit=${this.addBreak}>
        <h3 id="break-legend">${msg("Add a break")}</h3>
        <label><span>${msg("Name")}${requiredMark}</span> <input type="text" name="break" required .value=${this.breakName} @input=${(e: Event) => (this.typedBreakName = (e.target as HTMLInputElement).value)} /></label>
        <label><span>${msg("Minutes")}${requiredMark}</span> <input type="number" name="break-minutes" min="0" step="5" inputmode="numeric" required .value=${this.breakMinutes}
          @input=${(e: Event) => (this.breakMinutes = (e.target as HTMLInputElement).value)} /></label>
        <button type="submit" ?disabled=${!this.breakName.trim() || !wholeMinutes(this.breakMinutes)}>${msg("Add break")}</button>
      </form>
    </div>`;
  }

  private renderModuleFields() {
    const module = this.modules.find((m) => m.id === this.moduleId);
    const sections = this.moduleId ? this.sectionsOf(this.moduleId) : [];
    const ready = wholeMinutes(this.minutes) && (this.wholeModule || this.chosen.length > 0);
    return html`
      <label class="wide">${msg(str`Module ${forAudience(this.audience)}`, { id: "agenda-add.module-for", desc: "The module picker's label; the placeholder is 'for police', 'for judges and prosecutors' or 'for social workers' (their own messages)." })}
        <select name="module" @change=${(e: Event) => this.choose((e.target as HTMLSelectElement).value)}>
          ${this.modules.map(
            (m) =>
              html`<option value=${m.id} ?selected=${m.id === this.moduleId}>${m.title} (${msg(str`${m.minutes} min`, { id: "agenda-add.module-minutes" })})${this.listed.includes(m.id) ? ` · ${msg("on the agenda")}` : ""}</option>`,
          )}
        </select></label>
      ${module?.summary ? html`<p class="summary">${module.summary}</p>` : nothing}
      <fieldset class="scope">
        <legend>${msg("What to include")}</legend>
        <label class="check"><input type="radio" name="scope" value="whole" .checked=${this.wholeModule} @change=${() => this.setWhole(true)} /> ${msg("The whole module")}</label>
        <label class="check"><input type="radio" name="scope" value="sections" .checked=${!this.wholeModule} @change=${() => this.setWhole(false)} /> ${msg("Chosen sections")}</label>
      </fieldset>
      ${
        this.wholeModule
          ? nothing
          : html`<fieldset class="sections"><legend>${msg(str`Sections of “${module?.title ?? this.moduleId}”`)}</legend>
            ${sections.map(
              (
                title,
              ) => html`<label class="check"><input type="checkbox" name="section" value=${title} .checked=${this.chosen.includes(title)}
              @change=${(e: Event) => this.toggle(title, (e.target as HTMLInputElement).checked, sections)} /> ${title}</label>`,
            )}
          </fieldset>`
      }
      <div class="row">
        <label><span>${msg("Minutes")}${requiredMark}</span> <input type="number" name="module-minutes" min="0" step="5" inputmode="numeric" required .value=${this.minutes}
          @input=${(e: Event) => (this.minutes = (e.target as HTMLInputElement).value)} /></label>
        <button type="submit" class="primary" ?disabled=${!ready}>${msg("Add to agenda")}</button>
      </div>
    `;
  }

  private choose(id: string) {
    this.moduleId = id;
    this.wholeModule = true;
    this.chosen = [];
    this.minutes = String(this.modules.find((m) => m.id === id)?.minutes ?? "");
  }

  private setWhole(whole: boolean) {
    this.wholeModule = whole;
    this.suggestMinutes();
  }

  /** Keeps the sections in the module's order, whatever order they were ticked in. */
  private toggle(title: string, on: boolean, all: string[]) {
    const next = new Set(this.chosen);
    if (on) next.add(title);
    else next.delete(title);
    this.chosen = all.filter((t) => next.has(t));
    this.suggestMinutes();
  }

  /** The module's planned time, shared out over its sections and rounded to 5 minutes. */
  private suggestMinutes() {
    const planned = this.modules.find((m) => m.id === this.moduleId)?.minutes ?? 0;
    const all = this.sectionsOf(this.moduleId).length || 1;
    const share = this.wholeModule ? planned : Math.max(5, Math.round((planned * this.chosen.length) / all / 5) * 5);
    this.minutes = String(share);
  }

  private addModule(e: Event) {
    e.preventDefault();
    const minutes = wholeMinutes(this.minutes);
    if (!this.moduleId || !minutes || (!this.wholeModule && this.chosen.length === 0)) return;
    const item = this.wholeModule ? { module: this.moduleId, minutes } : { module: this.moduleId, sections: [...this.chosen], minutes };
    // Moving on makes adding the same module twice by a second press unlikely (the builder warns when it happens).
    if (this.emit("sb-agenda-add", { item })) this.choose(this.nextModule([...this.listed, this.moduleId]));
  }

  /** The first module after the one chosen (in the list's order, round to the start) that is not in `listed`; else the one chosen, or the first. */
  private nextModule(listed: readonly string[]): string {
    const at = this.modules.findIndex((m) => m.id === this.moduleId);
    const order = [...this.modules.slice(at + 1), ...this.modules.slice(0, at + 1)];
    return order.find((m) => !listed.includes(m.id))?.id ?? (at >= 0 ? this.moduleId : (this.modules[0]?.id ?? ""));
  }

  private addBreak(e: Event) {
    e.preventDefault();
    const minutes = wholeMinutes(this.breakMinutes);
    if (!this.breakName.trim() || !minutes) return;
    this.emit("sb-agenda-add", { item: { break: this.breakName.trim(), minutes } });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "sb-agenda-add": SbAgendaAdd;
  }
  interface GlobalEventHandlersEventMap {
    "sb-agenda-add": SbAgendaAddEvent;
  }
}
