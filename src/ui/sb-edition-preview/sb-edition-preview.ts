import { html, nothing } from "lit";
import { customElement, property } from "lit/decorators.js";
import { SbElement } from "../sb-element.ts";
import type { Reader } from "../../core/modules/editions.ts";
import { AUDIENCE_LABELS, type Audience, type Module } from "../../core/schema/module.ts";
import { editionContents, type BlockCount, type EditionContents } from "../../core/modules/edition-contents.ts";
import { plural } from "../../core/text/plural.ts";
import { componentStyles } from "../styles/component.styles.ts";
import { styles } from "./sb-edition-preview.styles.ts";

/** A module of the agenda, cut to its chosen sections. */
export interface PreviewModule {
  title: string;
  module: Module;
}

const EDITIONS: [Reader, string][] = [
  ["participant", "Participant handout"],
  ["trainer", "Trainer guide"],
];

/**
 * @summary What each edition of a session will print for its audience: for the participant handout and the trainer guide, per module, the sections and which blocks appear (excerpts, trainer notes, this audience's blocks, exercises with or without their answers …), and what is left out.
 */
@customElement("sb-edition-preview")
export class SbEditionPreview extends SbElement {
  static override styles = [componentStyles, styles];

  /** The session's audience. */
  @property() audience: Audience = "police";
  /** The agenda's modules in order (items that cannot be placed are left out). */
  @property({ attribute: false }) modules: PreviewModule[] = [];

  override render() {
    if (this.modules.length === 0) return html`<p class="empty">Add a module to the agenda to see what each edition will contain.</p>`;
    return html`<div class="editions">${EDITIONS.map(([reader, name]) => this.renderEdition(reader, name))}</div>`;
  }

  private renderEdition(reader: Reader, name: string) {
    const contents = this.modules.map((m) => ({ title: m.title, edition: editionContents(m.module, this.audience, reader) }));
    const total = (key: keyof EditionContents["leftOut"]) => contents.reduce((sum, c) => sum + c.edition.leftOut[key], 0);
    const leftOut = (
      [
        [total("trainer"), "trainer note"],
        [total("answers"), "exercise answer"],
        [total("otherAudiences"), { one: "block for another audience", other: "blocks for other audiences" }],
      ] as const
    ).flatMap(([count, noun]) => (count > 0 ? [plural(count, noun)] : []));
    return html`<section class="edition" data-reader=${reader} aria-labelledby="${reader}-title">
      <h3 id="${reader}-title">${name} <span class="for">for ${AUDIENCE_LABELS[this.audience].toLowerCase()}</span></h3>
      <p class="left-out">${leftOut.length ? `Left out: ${leftOut.join(", ")}.` : "Nothing is left out."}</p>
      ${contents.map(
        ({ title, edition }) => html`<details class="module">
        <summary><span class="title">${title}</span>
          <span class="count">${plural(edition.sections.filter((s) => s.title).length, "section")} · ${plural(edition.excerpts, "excerpt")}</span></summary>
        <ul class="sections">${edition.sections.map(
          (s) => html`<li>
          <span class="section">${s.title || "Opening"}</span>
          <span class="blocks">${s.blocks.map((b) => html`<span class="block ${b.kind}" data-block=${b.kind} data-audience=${b.audiences?.join(" ") ?? nothing}>${label(b)}</span>`)}</span>
        </li>`,
        )}</ul>
      </details>`,
      )}
    </section>`;
  }
}

/** A block as the preview names it: "Trainer note" for one, "2 trainer notes" for more. */
function label(b: BlockCount): string {
  const named = (one: string, other: string) => (b.count === 1 ? one : plural(b.count, { one, other }));
  switch (b.kind) {
    case "excerpt":
      return plural(b.count, "excerpt");
    case "markdown":
      return "Text";
    case "trainer":
      return named("Trainer note", "trainer notes");
    case "audience": {
      const whom = (b.audiences ?? []).map((a) => AUDIENCE_LABELS[a].toLowerCase()).join(" and ");
      return named(`For ${whom}`, `blocks for ${whom}`);
    }
    case "exercise":
      return b.withAnswer ? named("Exercise with answer", "exercises with answers") : named("Exercise, no answer", "exercises, no answers");
    case "checklist":
      return named("Checklist", "checklists");
    case "discussion":
      return "Discussion questions";
    case "keypoints":
      return "Key points";
    case "check":
      return "Check before teaching";
    case "quiz":
      return b.withAnswer ? "Quiz with answers" : "Quiz, questions only";
    case "section":
      return "";
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "sb-edition-preview": SbEditionPreview;
  }
}
