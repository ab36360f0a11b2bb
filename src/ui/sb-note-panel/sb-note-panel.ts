import { msg, str } from "@lit/localize";
import { html, nothing, type PropertyValues } from "lit";
import { customElement, property, query } from "lit/decorators.js";
import { SbElement } from "../sb-element.ts";
import { passageRuns } from "../../core/sources/reading-blocks.ts";
import type { Passage, ReadingText } from "../../core/sources/model.ts";
import { componentStyles } from "../styles/component.styles.ts";
import { styles } from "./sb-note-panel.styles.ts";

/** The reader dismissed the note panel. */
export type SbNoteCloseEvent = CustomEvent<Record<string, never>>;

/**
 * @summary The text of one or more notes, one click away from their marker; closes with its button or Escape.
 *
 * @fires sb-note-close - The reader closed the panel.
 *
 * @csspart panel - The panel box.
 * @csspart note - Each note shown.
 */
@customElement("sb-note-panel")
export class SbNotePanel extends SbElement {
  static override styles = [componentStyles, styles];

  /** The notes to show (note passages); the panel is hidden when empty. */
  @property({ attribute: false }) notes: readonly Passage[] = [];
  /** The reading text the notes' offsets point into. */
  @property({ attribute: false }) reading?: ReadingText;
  /** Builds the link to a note in the list of notes, from its locator. */
  @property({ attribute: false }) noteHref: (locator: string) => string = () => "";

  @query(".panel") private panel?: HTMLElement;

  override render() {
    const { reading, notes } = this;
    if (!reading || notes.length === 0) return nothing;
    const ids = notes.map((n) => n.noteId).join(", ");
    const title = notes.length > 1 ? msg(str`Notes ${ids}`) : msg(str`Note ${ids}`);
    return html`
      <section class="panel" part="panel" role="dialog" aria-modal="false" aria-labelledby="title" tabindex="-1"
        @keydown=${this.onKeydown}>
        <header>
          <h2 id="title">${title}</h2>
          <button class="close" type="button" aria-label=${msg("Close note")} @click=${this.close}>×</button>
        </header>
        ${notes.map(
          (note) => html`
            <div class="note" part="note">
              <p class="text">${passageRuns(reading, note).map((run) =>
                run.kind === "text" ? run.text : run.kind === "break" ? html`<br />` : `[${run.noteIds.join(", ")}]`,
              )}</p>
              <a class="locator" href=${this.noteHref(note.locator)}>${msg(str`${note.locator}, in the list of notes`)}</a>
            </div>
          `,
        )}
      </section>
    `;
  }

  protected override updated(changed: PropertyValues<this>) {
    if (changed.has("notes") && this.notes.length > 0) this.panel?.focus();
  }

  private onKeydown(event: KeyboardEvent) {
    if (event.key === "Escape") {
      event.stopPropagation();
      this.close();
    }
  }

  private close() {
    this.emit("sb-note-close", {});
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "sb-note-panel": SbNotePanel;
  }
  interface GlobalEventHandlersEventMap {
    "sb-note-close": SbNoteCloseEvent;
  }
}
