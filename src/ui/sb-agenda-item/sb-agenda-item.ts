import { html, nothing } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import { ReorderController } from "../controllers/reorder-controller.ts";
import { SbElement } from "../sb-element.ts";
import type { AgendaItem } from "../../core/schema/session.ts";
import type { PlannedItem } from "../../core/sessions/agenda-plan.ts";
import { wholeMinutes } from "../../core/sessions/minutes.ts";
import { componentStyles } from "../styles/component.styles.ts";
import { controlStyles } from "../styles/controls.styles.ts";
import { dropMarkerStyles } from "../styles/drop-marker.styles.ts";
import { styles } from "./sb-agenda-item.styles.ts";
import { plural } from "../../core/text/plural.ts";

export type SbAgendaItemChangeEvent = CustomEvent<{ item: AgendaItem }>;
export type SbAgendaItemMoveEvent = CustomEvent<{ by: -1 | 1 }>;
export type SbAgendaItemRemoveEvent = CustomEvent<Record<string, never>>;

/** The focusable parts of an item, so focus can follow it when it moves. */
export type AgendaItemPart = "handle" | "label" | "minutes" | "remove";

/**
 * @summary One item of a session's agenda: its start and end time, the module (whole or chosen sections) or break, its minutes, a problem when it cannot be printed, a handle to drag it or move it with Alt+↑/↓, and Remove.
 *
 * @fires sb-agenda-item-change - The minutes or the break's name changed; `detail.item` is the new item.
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
        aria-label="Move item ${this.position} of ${this.count}: ${p.title}" aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
        title="Drag to move, or press Alt+↑ / Alt+↓" @click=${() => this.reorder.toggle()}
        @keydown=${(e: KeyboardEvent) => this.reorder.handleKey(e)} @blur=${() => this.reorder.release()}>
        <span aria-hidden="true">⠿</span></button>
      <p class="time"><time>${p.start}</time>–<time>${p.end}</time></p>
      <div class="what">
        ${
          "break" in item
            ? html`<label class="break-label"><span class="sr">Name of the break at ${p.start}</span>
              <input type="text" data-part="label" required .value=${item.break} aria-invalid=${item.break.trim() ? "false" : "true"}
                @input=${(e: Event) => this.change({ ...item, break: (e.target as HTMLInputElement).value })}
                @change=${(e: Event) => this.change({ ...item, break: (e.target as HTMLInputElement).value.trim() })} /></label>`
            : html`<p class="title">${p.title}</p>${this.renderSections(item.sections, p.allSections)}`
        }
        ${p.problem ? html`<p class="problem"><span aria-hidden="true">⚠ </span>${p.problem}</p>` : nothing}
      </div>
      <div class="minutes">
        <!-- Required, as the input says; the words "(required)" would repeat on every row of the agenda. -->
        <label for="minutes">Minutes<span class="sr"> for ${p.title}</span></label>
        <input id="minutes" data-part="minutes" type="number" inputmode="numeric" min="0" step="5" required .value=${minutes}
          aria-invalid=${badMinutes ? "true" : "false"} aria-describedby=${badMinutes ? "minutes-error" : nothing}
          @input=${this.onMinutes} @blur=${() => (this.minutesDraft = undefined)} />
        ${badMinutes ? html`<span class="error" id="minutes-error">Whole minutes above 0</span>` : nothing}
      </div>
      <button type="button" class="remove" data-part="remove" aria-label="Remove ${p.title}" @click=${() => this.emit("sb-agenda-item-remove", {})}>Remove</button>
    </div>`;
  }

  private renderSections(chosen: string[] | undefined, all: string[] | undefined) {
    if (!chosen) return html`<p class="sections">Whole module${all ? ` · ${plural(all.length, "section")}` : ""}</p>`;
    const count = all ? `${chosen.length} of ${plural(all.length, "section")}` : plural(chosen.length, "section");
    return html`<p class="sections">${count}: ${chosen.join(" · ")}</p>`;
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
