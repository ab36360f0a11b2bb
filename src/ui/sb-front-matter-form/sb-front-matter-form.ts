import { msg, str } from "@lit/localize";
import { html, nothing, type PropertyValues } from "lit";
import { customElement, property, state } from "lit/decorators.js";
import { SbElement } from "../sb-element.ts";
import { AUDIENCES, type Audience, type ModuleMeta } from "../../core/schema/module.ts";
import { audienceLabel, reviewStatusLabel } from "../../app/module-labels.ts";
import { formatList } from "../../app/plural.ts";
import { FieldDrafts } from "../controllers/field-drafts.ts";
import { checkMeta, draftStays, draftsOf, type MetaDrafts, type MetaField } from "../../core/modules/meta-fields.ts";
import { componentStyles } from "../styles/component.styles.ts";
import { controlStyles, requiredInLegend, requiredMark } from "../styles/controls.styles.ts";
import { styles } from "./sb-front-matter-form.styles.ts";

/** New front matter that keeps every rule of ModuleMetaSchema. */
export type SbMetaChangeEvent = CustomEvent<{ meta: ModuleMeta }>;

/** How a text field is shown: a text area, a hint under it, the keyboard to offer, whether it may be left empty, a placeholder. */
interface TextOptions {
  long?: boolean;
  hint?: string;
  inputmode?: string;
  required?: boolean;
  placeholder?: string;
}

/**
 * @summary The module's front matter as a form: title, summary, audiences, topics, minutes, version,
 * objectives (add, remove, reorder); the review status read-only. A field that breaks a rule says
 * why beside it and is not saved until it is right.
 *
 * @fires sb-meta-change - The trainer changed a field and the front matter is valid; `detail.meta` is the whole new front matter.
 */
@customElement("sb-front-matter-form")
export class SbFrontMatterForm extends SbElement {
  static override styles = [componentStyles, controlStyles, styles];

  /** The front matter as saved. */
  @property({ attribute: false }) meta?: ModuleMeta;
  /** Audiences that audience blocks in the body are written for; they cannot be taken off the module. */
  @property({ attribute: false }) usedAudiences: Audience[] = [];

  private readonly drafts = new FieldDrafts<MetaDrafts>(this, () => this.save());
  @state() private errors: Partial<Record<MetaField, string>> = {};
  /** The objective row to focus after the next render (one just added or moved). */
  private focusObjective?: number;

  /** Saves anything still being typed. */
  flush(): void {
    this.drafts.flush();
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has("meta") && this.meta) {
      const meta = this.meta;
      this.drafts.reconcile((field, draft) => draftStays(meta, field, draft));
      this.errors = this.meta ? this.check().errors : {};
    }
  }

  private field<K extends MetaField>(name: K): MetaDrafts[K] {
    return this.drafts.get(name, draftsOf(this.meta!)[name]);
  }

  private check() {
    const drafts: Partial<MetaDrafts> = {};
    for (const name of Object.keys(draftsOf(this.meta!)) as MetaField[])
      if (this.drafts.has(name)) (drafts as Record<string, unknown>)[name] = this.field(name);
    const dropped = this.meta!.audiences.filter((a) => this.usedAudiences.includes(a) && !this.field("audiences").includes(a));
    // An audience block for an audience the module no longer has would make the file wrong.
    if (dropped.length > 0) delete drafts.audiences;
    const checked = checkMeta(this.meta!, drafts);
    if (dropped.length > 0) {
      const audiences = formatList(dropped.map((a) => audienceLabel(a)));
      checked.errors.audiences = msg(str`An audience block in this module is written for ${audiences}; change or delete that block first.`);
    }
    return checked;
  }

  private save() {
    if (!this.meta) return;
    const { meta, errors } = this.check();
    this.errors = errors;
    if (JSON.stringify(meta) !== JSON.stringify(this.meta)) this.emit("sb-meta-change", { meta });
  }

  override render() {
    if (!this.meta) return nothing;
    const review = this.meta.review;
    return html`
      <form @submit=${(e: Event) => e.preventDefault()} @focusout=${() => this.drafts.flush()}>
        ${this.text("title", msg("Title"), { required: true })}
        ${this.text("summary", msg("Summary"), {
          long: true,
          placeholder: msg("What this module is about, in one or two sentences."),
          hint: this.meta.summary ? "" : msg("Until there is a summary, handouts with this module print as DRAFT."),
        })}
        ${this.renderAudiences()}
        ${this.text("topics", msg("Topics"), { hint: msg("Separate topics with commas, e.g. interviewing, child-victims") })}
        <div class="row">
          ${this.text("minutes", msg("Minutes"), { required: true, inputmode: "numeric" })}
          ${this.text("version", msg("Version"), { required: true, inputmode: "numeric" })}
          <div class="field readonly">
            <span class="label" id="review-label">${msg("Review")}</span>
            <span class="value" aria-labelledby="review-label" role="note">${reviewStatusLabel(review.status)}${review.reviewer ? `, ${review.reviewer}` : ""}${review.date ? `, ${review.date}` : ""}</span>
          </div>
        </div>
        ${this.renderObjectives()}
      </form>
    `;
  }

  private text(name: "title" | "summary" | "topics" | "minutes" | "version", label: string, options: TextOptions = {}) {
    const { long = false, hint = "", inputmode = "", required = false, placeholder = "" } = options;
    const error = this.errors[name];
    const describedBy = [hint ? `${name}-hint` : "", error ? `${name}-error` : ""].filter(Boolean).join(" ");
    const onInput = (e: Event) => this.drafts.set(name, (e.target as HTMLInputElement).value);
    return html`
      <div class="field ${name}">
        <label for=${name}>${label}${required ? requiredMark : nothing}</label>
        ${
          long
            ? html`<textarea id=${name} rows="3" .value=${this.field(name)} @input=${onInput} ?required=${required} placeholder=${placeholder || nothing}
              aria-invalid=${error ? "true" : "false"} aria-describedby=${describedBy || nothing}></textarea>`
            : html`<input id=${name} type="text" inputmode=${inputmode || nothing} .value=${this.field(name)} @input=${onInput} ?required=${required}
              placeholder=${placeholder || nothing} aria-invalid=${error ? "true" : "false"} aria-describedby=${describedBy || nothing} />`
        }
        ${hint ? html`<span class="hint" id="${name}-hint">${hint}</span>` : nothing}
        ${error ? html`<span class="error" id="${name}-error">${error}</span>` : nothing}
      </div>
    `;
  }

  private renderAudiences() {
    const chosen = this.field("audiences");
    const error = this.errors.audiences;
    const toggle = (audience: Audience, on: boolean) =>
      this.drafts.setNow(
        "audiences",
        AUDIENCES.filter((a) => (a === audience ? on : chosen.includes(a))),
      );
    return html`
      <fieldset class="field audiences" aria-describedby=${error ? "audiences-error" : nothing}>
        <legend>${msg("Audiences")}${requiredInLegend}</legend>
        <div class="audience-list">${AUDIENCES.map(
          (a) => html`<label class="check"><input type="checkbox" name="audiences" value=${a} .checked=${chosen.includes(a)}
          @change=${(e: Event) => toggle(a, (e.target as HTMLInputElement).checked)} />${audienceLabel(a)}</label>`,
        )}</div>
        ${error ? html`<span class="error" id="audiences-error">${error}</span>` : nothing}
      </fieldset>
    `;
  }

  private renderObjectives() {
    const list = this.field("objectives");
    const error = this.errors.objectives;
    const set = (next: string[], now: boolean, focus?: number) => {
      this.focusObjective = focus;
      if (now) this.drafts.setNow("objectives", next);
      else this.drafts.set("objectives", next);
    };
    const move = (i: number, by: number) => {
      const next = [...list];
      const [item] = next.splice(i, 1);
      next.splice(i + by, 0, item!);
      set(next, true, i + by);
    };
    return html`
      <fieldset class="field objectives" aria-describedby=${error ? "objectives-error" : nothing}>
        <legend>${msg("Objectives")}</legend>
        ${list.length === 0 ? html`<p class="hint">${msg("No objectives yet. Until there is one, handouts with this module print as DRAFT.")}</p>` : nothing}
        <ol>
          ${list.map(
            (objective, i) => html`
            <li><div class="objective">
              <textarea id="objective-${i}" rows="1" aria-label=${msg(str`Objective ${i + 1}`)} .value=${objective}
                placeholder=${msg("What participants will be able to do after this module")}
                @keydown=${(e: KeyboardEvent) => e.key === "Enter" && e.preventDefault()}
                @input=${(e: Event) =>
                  set(
                    list.map((o, j) => (j === i ? oneLine((e.target as HTMLTextAreaElement).value) : o)),
                    false,
                  )}></textarea>
              <button type="button" class="icon" aria-label=${msg(str`Move objective ${i + 1} up`)} ?disabled=${i === 0} @click=${() => move(i, -1)}>↑</button>
              <button type="button" class="icon" aria-label=${msg(str`Move objective ${i + 1} down`)} ?disabled=${i === list.length - 1} @click=${() => move(i, 1)}>↓</button>
              <button type="button" class="icon" aria-label=${msg(str`Remove objective ${i + 1}`)} @click=${() =>
                set(
                  list.filter((_, j) => j !== i),
                  true,
                  Math.min(i, list.length - 2),
                )}>✕</button>
            </div></li>`,
          )}
        </ol>
        <button type="button" class="add" @click=${() => set([...list, ""], false, list.length)}>${msg("Add objective")}</button>
        ${error ? html`<span class="error" id="objectives-error">${error}</span>` : nothing}
      </fieldset>
    `;
  }

  protected override updated() {
    if (this.focusObjective === undefined) return;
    const input = this.renderRoot.querySelector<HTMLInputElement>(`#objective-${this.focusObjective}`);
    this.focusObjective = undefined;
    input?.focus();
  }
}

/** An objective is one line: a pasted line break becomes a space. */
function oneLine(text: string): string {
  return text.replace(/[ \t]*\r?\n[ \t]*/g, " ");
}

declare global {
  interface HTMLElementTagNameMap {
    "sb-front-matter-form": SbFrontMatterForm;
  }
  interface GlobalEventHandlersEventMap {
    "sb-meta-change": SbMetaChangeEvent;
  }
}
