import { msg, str } from "@lit/localize";
import { html, nothing } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import { ReorderController } from "../controllers/reorder-controller.ts";
import { SbElement } from "../sb-element.ts";
import type { AgendaItem, ModuleItem } from "../../core/schema/session.ts";
import type { PlannedItem } from "../../core/sessions/agenda-plan.ts";
import { wholeMinutes } from "../../core/sessions/minutes.ts";
import { chosenObjectives, withObjective } from "../../core/sessions/objective-choice.ts";
import { componentStyles } from "../styles/component.styles.ts";
import { controlStyles } from "../styles/controls.styles.ts";
import { dropMarkerStyles } from "../styles/drop-marker.styles.ts";
import { styles } from "./sb-agenda-item.styles.ts";
import { plural } from "../../app/plural.ts";

export type SbAgendaItemChangeEvent = CustomEvent<{ item: AgendaItem }>;
export type SbAgendaItemMoveEvent = CustomEvent<{ by: -1 | 1 }>;
export type SbAgendaItemRemoveEvent = CustomEvent<Record<string, never>>;

/** The focusable parts of an item, so focus can follow it when it moves. */
export type AgendaItemPart = "handle" | "label" | "minutes" | "remove";

/**
 * @summary One item of a session's agenda: its start and end time, the module (whole or chosen sections, and the objectives it delivers, ticked) or break, its minutes, a problem when it cannot be printed, a handle to drag it or move it with Alt+↑/↓, and Remove.
 *
 * @fires sb-agenda-item-change - The minutes, the break's name or the objectives changed; `detail.item` is the new item.
 * @fires sb-agenda-item-move - Alt+↑/↓ (or ↑/↓ while grabbed); `detail.by` is -1 or 1.
 * @fires sb-agenda-item-remove - The trainer pressed Remove.
 *
 * @csspart handle - The drag handle.
 */
@customElement("sb-agenda-item")
export class SbAgendaItem extends SbElement {
  static override styles = [componentStyles, controlStyles, dropMarkerStyles, styles];

  /** The item placed in time. */
  @property({ attribute: false }) planned?: PlannedItem;
  /** Its place in the agenda, from 1. */
  @property({ type: Number }) position = 1;
  /** How many items the agenda has. */
  @property({ type: Number }) count = 1;
  /** Where a dragged item would land: before or after this one. */
  @property({ reflect: true }) drop: "" | "before" | "after" = "";
  /** Whether this item is being dragged. */
  @property({ type: Boolean, reflect: true }) dragging = false;

  @state() private minutesDraft?: string;
  /** The handle's grab and Alt+↑/↓; the session builder moves the item, and drags it. */
  private readonly reorder = new ReorderController(this, { by: (_, by) => this.emit("sb-agenda-item-move", { by }) });

  /** Puts focus on one of the item's controls (where it was before the item moved); `grab` keeps the handle grabbed. */
  focusPart(part: AgendaItemPart, grab = false): void {
    this.reorder.refocus(this.renderRoot.querySelector<HTMLElement>(`[data-part="${part}"]`), 0, grab && part === "handle");
  }

  /** The control that has focus, if any. */
  focusedPart(): AgendaItemPart | undefined {
    return ((this.shadowRoot?.activeElement as HTMLElement | null)?.dataset.part as AgendaItemPart | undefined) ?? undefined;
  }

  /** Whether the handle is grabbed for moving with the arrow keys. */
  get isGrabbed(): boolean {
    return this.reorder.grabbed !== undefined;
  }

  override render() {
    const p = this.planned;
    if (!p) return nothing;
    const item = p.item;
    const minutes = this.minutesDraft ?? String(item.minutes);
    const badMinutes = this.minutesDraft !== undefined && wholeMinutes(this.minutesDraft) === undefined;
    return html`<div class="item ${"break" in item ? "break" : "module"} ${p.problem ? "has-problem" : ""}" @keydown=${(e: KeyboardEvent) => this.reorder.itemKey(e)}>
      <button type="button" class="handle" part="handle" data-part="handle" draggable="true" aria-pressed=${this.reorder.pressed()}
        aria-label=${msg(str`Move item ${this.position} of ${this.count}: ${p.title}`)} aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
        title=${msg("Drag to move, or press Alt+↑ / Alt+↓")} @click=${() => this.reorder.toggle()}
        @keydown=${(e: KeyboardEvent) => this.reorder.handleKey(e)} @blur=${() => this.reorder.release()}>
        <span aria-hidden="true">⠿</span></button>
      <p class="time"><time>${p.start}</time>–<time>${p.end}</time></p>
      <div class="what">
        ${
          "break" in item
            ? html`<label class="break-label"><span class="sr">${msg(str`Name of the break at ${p.start}`)}</span>
              <input type="text" data-part="label" required .value=${item.break} aria-invalid=${item.break.trim() ? "false" : "true"}
                @input=${(e: Event) => this.change({ ...item, break: (e.target as HTMLInputElement).value })}
                @change=${(e: Event) => this.change({ ...item, break: (e.target as HTMLInputElement).value.trim() })} /></label>`
            : html`<p class="title">${p.title}</p>${this.renderSections(item.sections, p.allSections)}${this.renderObjectives(item, p.allObjectives)}`
        }
        ${p.problem ? html`<p class="problem"><span aria-hidden="true">⚠ </span>${p.problem}</p>` : nothing}
      </div>
      <div class="minutes">
        <!-- Required, as the input says; the words "(required)" would repeat on every row of the agenda. -->
        <label for="minutes">${msg("Minutes")}<span class="sr"> ${msg(str`for ${p.title}`, { id: "agenda-item.minutes-for", desc: "After 'Minutes', for screen readers: Minutes for <module or break>." })}</span></label>
        <input id="minutes" data-part="minutes" type="number" inputmode="numeric" min="0" step="5" required .value=${minutes}
          aria-invalid=${badMinutes ? "true" : "false"} aria-describedby=${badMinutes ? "minutes-error" : nothing}
          @input=${this.onMinutes} @blur=${() => (this.minutesDraft = undefined)} />
        ${badMinutes ? html`<span class="error" id="minutes-error">${msg("Whole minutes above 0")}</span>` : nothing}
      </div>
      <button type="button" class="remove" data-part="remove" aria-label=${msg(str`Remove ${p.title}`)} @click=${() => this.emit("sb-agenda-item-remove", {})}>${msg("Remove")}</button>
    </div>`;
  }

  private renderSections(chosen: string[] | undefined, all: string[] | undefined) {
    if (!chosen) return html`<p class="sections">${msg("Whole module")}${all ? ` · ${sectionCount(all.length)}` : ""}</p>`;
    const count = all ? sectionsOf(chosen.length, all.length) : sectionCount(chosen.length);
    return html`<p class="sections">${count}: ${chosen.join(" · ")}</p>`;
  }

  /** The module's objectives, ticked when the item delivers them: all ticked is the whole list (no `objectives` in the file). */
  private renderObjectives(item: ModuleItem, all: string[] | undefined) {
    if (!all || all.length === 0) return nothing;
    const ticked = chosenObjectives(item, all.length);
    const n = all.length;
    const summary = ticked.length === n ? msg(str`Objectives: all ${n}`) : msg(str`Objectives: ${ticked.length} of ${n}`);
    return html`<details class="objectives"><summary>${summary}</summary>
      <fieldset><legend class="sr">${msg(str`Objectives that “${item.module}” delivers in this item`)}</legend>
        <p class="hint">${msg("Tick the objectives these sections deliver: only those print. All ticked prints every one.")}</p>
        <ul>${all.map((objective, i) => {
          const on = ticked.includes(i + 1);
          return html`<li><label><input type="checkbox" .checked=${on} ?disabled=${on && ticked.length === 1}
            @change=${(e: Event) => this.change(withObjective(item, i + 1, (e.target as HTMLInputElement).checked, n))} />
            <span class="number">${i + 1}.</span> ${objective}</label></li>`;
        })}</ul>
      </fieldset></details>`;
  }

  private onMinutes(e: Event) {
    const raw = (e.target as HTMLInputElement).value;
    const value = wholeMinutes(raw);
    // What was typed stays on screen; only whole minutes above 0 reach the session.
    this.minutesDraft = raw;
    if (value !== undefined && this.planned) this.change({ ...this.planned.item, minutes: value });
  }

  private change(item: AgendaItem) {
    this.emit("sb-agenda-item-change", { item });
  }
}

const sectionCount = (n: number) =>
  plural(n, {
    one: msg(str`${n} section`),
    few: msg(str`${n} section`, { id: "agenda-item.sections.few" }),
    many: msg(str`${n} section`, { id: "agenda-item.sections.many" }),
    other: msg(str`${n} sections`),
  });

/** "2 of 8 sections": the noun agrees with the whole. */
const sectionsOf = (k: number, n: number) =>
  plural(n, {
    few: msg(str`${k} of ${n} sections`, { id: "agenda-item.sections-of.few" }),
    one: msg(str`${k} of ${n} section`),
    other: msg(str`${k} of ${n} sections`),
    many: msg(str`${k} of ${n} sections`, { id: "agenda-item.sections-of.many" }),
  });

declare global {
  interface HTMLElementTagNameMap {
    "sb-agenda-item": SbAgendaItem;
  }
  interface GlobalEventHandlersEventMap {
    "sb-agenda-item-change": SbAgendaItemChangeEvent;
    "sb-agenda-item-move": SbAgendaItemMoveEvent;
    "sb-agenda-item-remove": SbAgendaItemRemoveEvent;
  }
}
