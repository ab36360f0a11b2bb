import { msg, str } from "@lit/localize";
import { html, nothing } from "lit";
import { customElement, property } from "lit/decorators.js";
import { SbElement } from "../sb-element.ts";
import type { Reader } from "../../core/modules/editions.ts";
import type { Audience, Module } from "../../core/schema/module.ts";
import { editionContents, type BlockCount, type EditionContents } from "../../core/modules/edition-contents.ts";
import { plural } from "../../app/plural.ts";
import { componentStyles } from "../styles/component.styles.ts";
import { styles } from "./sb-edition-preview.styles.ts";

/** A module of the agenda, cut to its chosen sections. */
export interface PreviewModule {
  title: string;
  module: Module;
}

const editions = (): [Reader, string][] => [
  ["participant", msg("Participant handout")],
  ["trainer", msg("Trainer guide")],
];

/** "for police", "for judges and prosecutors and social workers": whom an edition or a block is for. */
function forAudiences(audiences: readonly Audience[]): string {
  const names: Record<Audience, string> = {
    police: msg("police", { id: "preview.audience.police", desc: "After 'for': for police" }),
    judicial: msg("judges and prosecutors", { id: "preview.audience.judicial", desc: "After 'for': for judges and prosecutors" }),
    "social-work": msg("social workers", { id: "preview.audience.social-work", desc: "After 'for': for social workers" }),
  };
  const whom = audiences.map((a) => names[a]).join(msg(" and ", { id: "preview.audience.and" }));
  return msg(str`for ${whom}`, { id: "preview.for-audience" });
}

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
    if (this.modules.length === 0)
      return html`<p class="empty">${msg("Add a module to the agenda to see what each edition will contain.")}</p>`;
    return html`<div class="editions">${editions().map(([reader, name]) => this.renderEdition(reader, name))}</div>`;
  }

  private renderEdition(reader: Reader, name: string) {
    const contents = this.modules.map((m) => ({ title: m.title, edition: editionContents(m.module, this.audience, reader) }));
    const total = (key: keyof EditionContents["leftOut"]) => contents.reduce((sum, c) => sum + c.edition.leftOut[key], 0);
    const [notes, answers, others] = [total("trainer"), total("answers"), total("otherAudiences")];
    const leftOut = [
      notes > 0
        ? plural(notes, {
            one: msg(str`${notes} trainer note`),
            few: msg(str`${notes} trainer notes`, { id: "preview.trainer-notes.few" }),
            many: msg(str`${notes} trainer notes`, { id: "preview.trainer-notes.many" }),
            other: msg(str`${notes} trainer notes`),
          })
        : "",
      answers > 0
        ? plural(answers, {
            one: msg(str`${answers} exercise answer`),
            few: msg(str`${answers} exercise answers`, { id: "preview.answers.few" }),
            many: msg(str`${answers} exercise answers`, { id: "preview.answers.many" }),
            other: msg(str`${answers} exercise answers`),
          })
        : "",
      others > 0
        ? plural(others, {
            one: msg(str`${others} block for another audience`),
            few: msg(str`${others} blocks for other audiences`, { id: "preview.other-audiences.few" }),
            many: msg(str`${others} blocks for other audiences`, { id: "preview.other-audiences.many" }),
            other: msg(str`${others} blocks for other audiences`),
          })
        : "",
    ].filter(Boolean);
    const list = leftOut.join(", ");
    return html`<section class="edition" data-reader=${reader} aria-labelledby="${reader}-title">
      <h3 id="${reader}-title">${name} <span class="for">${forAudiences([this.audience])}</span></h3>
      <p class="left-out">${leftOut.length ? msg(str`Left out: ${list}.`) : msg("Nothing is left out.")}</p>
      ${contents.map(
        ({ title, edition }) => html`<details class="module">
        <summary><span class="title">${title}</span>
          <span class="count">${countOf("section", edition.sections.filter((s) => s.title).length)} · ${countOf("excerpt", edition.excerpts)}</span></summary>
        <ul class="sections">${edition.sections.map(
          (s) => html`<li>
          <span class="section">${s.title || msg("Opening")}</span>
          <span class="blocks">${s.blocks.map((b) => html`<span class="block ${b.kind}" data-block=${b.kind} data-audience=${b.audiences?.join(" ") ?? nothing}>${label(b)}</span>`)}</span>
        </li>`,
        )}</ul>
      </details>`,
      )}
    </section>`;
  }
}

/** "no sections", "1 section", "3 sections"; the same for excerpts. */
function countOf(noun: "section" | "excerpt", n: number): string {
  const sections = noun === "section";
  if (n === 0) return sections ? msg("no sections") : msg("no excerpts");
  return plural(n, {
    one: sections ? msg(str`${n} section`) : msg(str`${n} excerpt`),
    few: sections ? msg(str`${n} sections`, { id: "preview.sections.few" }) : msg(str`${n} excerpts`, { id: "preview.excerpts.few" }),
    many: sections ? msg(str`${n} sections`, { id: "preview.sections.many" }) : msg(str`${n} excerpts`, { id: "preview.excerpts.many" }),
    other: sections ? msg(str`${n} sections`) : msg(str`${n} excerpts`),
  });
}

/** A block as the preview names it: "Trainer note" for one, "2 trainer notes" for more. */
function label(b: BlockCount): string {
  const n = b.count;
  // One block is named; more are counted, each language with its own plural forms.
  const named = (one: string, forms: { few: string; many: string; other: string }) =>
    n === 1 ? one : plural(n, { one: forms.other, ...forms });
  switch (b.kind) {
    case "excerpt":
      return countOf("excerpt", n);
    case "markdown":
    case "discussion":
    case "keypoints":
    case "check":
      return {
        markdown: msg("Text"),
        discussion: msg("Discussion questions"),
        keypoints: msg("Key points"),
        check: msg("Check before teaching"),
      }[b.kind];
    case "trainer":
      return named(msg("Trainer note"), {
        few: msg(str`${n} trainer notes`, { id: "preview.trainer-notes.few" }),
        many: msg(str`${n} trainer notes`, { id: "preview.trainer-notes.many" }),
        other: msg(str`${n} trainer notes`),
      });
    case "audience": {
      const whom = forAudiences(b.audiences ?? []);
      return named(`${whom.charAt(0).toLocaleUpperCase()}${whom.slice(1)}`, {
        few: msg(str`${n} blocks ${whom}`, { id: "preview.audience-blocks.few" }),
        many: msg(str`${n} blocks ${whom}`, { id: "preview.audience-blocks.many" }),
        other: msg(str`${n} blocks ${whom}`),
      });
    }
    case "exercise":
      return b.withAnswer
        ? named(msg("Exercise with answer"), {
            few: msg(str`${n} exercises with answers`, { id: "preview.exercises-answers.few" }),
            many: msg(str`${n} exercises with answers`, { id: "preview.exercises-answers.many" }),
            other: msg(str`${n} exercises with answers`),
          })
        : named(msg("Exercise, no answer"), {
            few: msg(str`${n} exercises, no answers`, { id: "preview.exercises.few" }),
            many: msg(str`${n} exercises, no answers`, { id: "preview.exercises.many" }),
            other: msg(str`${n} exercises, no answers`),
          });
    case "checklist":
      return named(msg("Checklist"), {
        few: msg(str`${n} checklists`, { id: "preview.checklists.few" }),
        many: msg(str`${n} checklists`, { id: "preview.checklists.many" }),
        other: msg(str`${n} checklists`),
      });
    case "quiz":
      return b.withAnswer ? msg("Quiz with answers") : msg("Quiz, questions only");
    case "section":
      return "";
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "sb-edition-preview": SbEditionPreview;
  }
}
