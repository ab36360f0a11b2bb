import { msg } from "@lit/localize";
import { html, nothing } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import { SbElement } from "../sb-element.ts";
import { AUDIENCES } from "../../core/schema/module.ts";
import type { Session } from "../../core/schema/session.ts";
import { wholeMinutes } from "../../core/sessions/minutes.ts";
import { audienceName } from "../../app/audience-names.ts";
import { componentStyles } from "../styles/component.styles.ts";
import { controlStyles, requiredMark } from "../styles/controls.styles.ts";
import { styles } from "./sb-session-details.styles.ts";

/** The details the form edits (everything but the agenda). */
export type SessionDetails = Omit<Session, "agenda">;
export type SbSessionDetailsChangeEvent = CustomEvent<{ changes: Partial<SessionDetails> }>;

type TextField = "title" | "place" | "trainer" | "organisation";
/** The text fields after the length: field, label, placeholder (read when drawn, in the interface language). */
const textFields = (): [TextField, string, string][] => [
  ["place", msg("Place"), msg("e.g. Bishkek, MVD training centre")],
  ["trainer", msg("Trainer"), msg("Who leads the session")],
  ["organisation", msg("Organisation"), msg("Printed on the cover")],
];

/**
 * @summary The details of a session: title, audience, date, start time, planned length, place, trainer, organisation and description (every one but the description needed for printing, and marked so). Text is passed on as it is typed (trimmed when the field is left); a time or length that is not valid yet stays in its field with the reason, and is not passed on.
 *
 * @fires sb-session-details-change - A field changed; `detail.changes` holds the new values (`description: undefined` removes it).
 */
@customElement("sb-session-details")
export class SbSessionDetails extends SbElement {
  static override styles = [componentStyles, controlStyles, styles];

  /** The session whose details are shown. */
  @property({ attribute: false }) session?: Session;
  /** Problems of the details to show beside their fields (field name → message). */
  @property({ attribute: false }) problems: Partial<Record<keyof SessionDetails, string>> = {};

  /** Start time or length typed but not valid yet. */
  @state() private invalid: Partial<Record<"start" | "length", string>> = {};

  override render() {
    const s = this.session;
    if (!s) return nothing;
    return html`<form @submit=${(e: Event) => e.preventDefault()}>
      ${this.textField("title", msg("Title"), s.title, "wide title")}
      <div class="field">
        <label for="audience">${msg("Audience")}</label>
        <select id="audience" @change=${(e: Event) => this.change({ audience: (e.target as HTMLSelectElement).value as Session["audience"] })}>
          ${AUDIENCES.map((a) => html`<option value=${a} ?selected=${a === s.audience}>${audienceName(a)}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="date">${msg("Date")}${requiredMark}</label>
        <input id="date" type="date" required .value=${s.date} aria-invalid=${this.problems.date ? "true" : "false"} aria-describedby=${this.problems.date ? "date-error" : nothing}
          @input=${(e: Event) => this.change({ date: (e.target as HTMLInputElement).value })} />
        ${this.problems.date ? html`<span class="error" id="date-error">${this.problems.date}</span>` : nothing}
      </div>
      <div class="field">
        <label for="start">${msg("Start time")}${requiredMark}</label>
        <input id="start" type="time" required .value=${s.start} aria-invalid=${this.invalid.start ? "true" : "false"} aria-describedby=${this.invalid.start ? "start-error" : nothing}
          @input=${this.onStart} />
        ${this.invalid.start ? html`<span class="error" id="start-error">${this.invalid.start}</span>` : nothing}
      </div>
      <div class="field">
        <label for="length">${msg("Length (minutes)")}${requiredMark}</label>
        <input id="length" type="number" min="0" step="15" inputmode="numeric" required .value=${String(s.length)}
          aria-invalid=${this.invalid.length ? "true" : "false"} aria-describedby=${this.invalid.length ? "length-error" : "length-hint"}
          @input=${this.onLength} />
        ${this.invalid.length ? html`<span class="error" id="length-error">${this.invalid.length}</span>` : html`<span class="hint" id="length-hint">${msg("The agenda should fit in it.")}</span>`}
      </div>
      ${textFields().map(([field, label, hint]) => this.textField(field, label, s[field], "", hint))}
      <div class="field wide">
        <label for="description">${msg("Description")} <span class="hint">${msg("(optional: printed on the cover)")}</span></label>
        <textarea id="description" .value=${s.description ?? ""} @input=${(e: Event) => this.changeDescription((e.target as HTMLTextAreaElement).value, false)}
          @change=${(e: Event) => this.changeDescription((e.target as HTMLTextAreaElement).value, true)}></textarea>
      </div>
    </form>`;
  }

  private textField(field: TextField, label: string, value: string, className = "", placeholder = "") {
    const problem = this.problems[field];
    return html`<div class="field ${className}">
      <label for=${field}>${label}${requiredMark}</label>
      <input id=${field} type="text" required .value=${value} placeholder=${placeholder || nothing} aria-invalid=${problem ? "true" : "false"}
        aria-describedby=${problem ? `${field}-error` : nothing}
        @input=${(e: Event) => this.change({ [field]: (e.target as HTMLInputElement).value })}
        @change=${(e: Event) => this.change({ [field]: (e.target as HTMLInputElement).value.trim() })} />
      ${problem ? html`<span class="error" id="${field}-error">${problem}</span>` : nothing}
    </div>`;
  }

  private onStart(e: Event) {
    const value = (e.target as HTMLInputElement).value;
    const ok = /^([01]\d|2[0-3]):[0-5]\d$/.test(value);
    this.invalid = { ...this.invalid, start: ok ? undefined : msg("Enter a time as HH:MM") };
    if (ok) this.change({ start: value });
  }

  private onLength(e: Event) {
    const value = wholeMinutes((e.target as HTMLInputElement).value);
    this.invalid = { ...this.invalid, length: value ? undefined : msg("Enter whole minutes above 0") };
    if (value) this.change({ length: value });
  }

  private changeDescription(value: string, leaving: boolean) {
    const text = leaving ? value.trim() : value;
    this.change({ description: text.trim() ? text : undefined });
  }

  private change(changes: Partial<SessionDetails>) {
    this.emit("sb-session-details-change", { changes });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "sb-session-details": SbSessionDetails;
  }
  interface GlobalEventHandlersEventMap {
    "sb-session-details-change": SbSessionDetailsChangeEvent;
  }
}
