import { consume } from "@lit/context";
import { msg, str } from "@lit/localize";
import { html, nothing } from "lit";
import { customElement, state } from "lit/decorators.js";
import { SbElement } from "../sb-element.ts";
import { addedSourcesContext, libraryContext } from "../../app/contexts.ts";
import type { AddedSources } from "../../app/added-sources.ts";
import type { ExtractedFile } from "../../app/extract-worker.ts";
import type { LibraryStore } from "../../app/library-store.ts";
import { entryFromForm, type SourceForm, type SourceFormField } from "../../core/library/added-source-entry.ts";
import { locatorScheme } from "../../core/sources/pages.ts";
import { passageCounts } from "../../core/sources/reading-text.ts";
import { countOf } from "../../app/source-counts.ts";
import type { DocumentKind } from "../../core/sources/document-kind.ts";
import { previewPassages } from "./source-preview.ts";
import { componentStyles } from "../styles/component.styles.ts";
import { controlStyles } from "../styles/controls.styles.ts";
import { styles } from "./sb-add-source.styles.ts";

/** A source was added to the library. */
export type SbSourceAddedEvent = CustomEvent<{ sourceId: string }>;

/** The file being added: its bytes, and (once read) what the reader made of it. */
interface Picked {
  name: string;
  bytes: Uint8Array;
  read?: ExtractedFile;
}

/** What kind of file the reader found, as the preview names it (in the language shown). */
const kindName = (kind: DocumentKind): string =>
  ({ pdf: msg("PDF"), docx: msg("Word document"), html: msg("web page"), markdown: msg("Markdown"), "plain-text": msg("plain text") })[
    kind
  ];

type TextField = Exclude<SourceFormField, "permissionRequired">;
/** The form's text fields in order, each with its label and a hint of what it takes (in the language shown). */
const textFields = (): Record<TextField, { label: string; hint?: string }> => ({
  title: { label: msg("Title") },
  publisher: { label: msg("Publisher") },
  date: { label: msg("Date"), hint: msg("YYYY, YYYY-MM or YYYY-MM-DD") },
  language: { label: msg("Language"), hint: msg("a code such as en or ru") },
  url: { label: msg("URL"), hint: msg("optional; http:// or https://") },
  rights: { label: msg("Rights notice"), hint: msg("what a printed handout must carry") },
});

/**
 * @summary Adds a source: drop or pick a PDF, web page, Word, Markdown or text file, read it in a
 * worker (progress, Cancel), see its first passages with their locators, fill in the catalog
 * entry and save it to the browser's library.
 *
 * @fires sb-source-added - The source was stored; `detail.sourceId` names it.
 */
@customElement("sb-add-source")
export class SbAddSource extends SbElement {
  static override styles = [componentStyles, controlStyles, styles];

  @consume({ context: addedSourcesContext, subscribe: true }) private added?: AddedSources;
  @consume({ context: libraryContext, subscribe: true }) private library?: LibraryStore;

  @state() private form: SourceForm = {
    title: "",
    publisher: "",
    date: "",
    language: "en",
    url: "",
    rights: "",
    permissionRequired: false,
  };
  @state() private errors: Partial<Record<SourceFormField, string>> = {};
  @state() private picked?: Picked;
  @state() private progress?: { done: number; total: number };
  @state() private problem = "";
  @state() private message = "";
  @state() private dragging = false;
  /** Closed at first, so the library's list comes first; it stays open while a file is read or shown. */
  @state() private opened = false;
  private reading?: AbortController;

  override render() {
    const busy = this.reading !== undefined;
    return html`
      <details ?open=${this.opened}
        @toggle=${(e: Event) => (this.opened = (e.target as HTMLDetailsElement).open)}>
      <summary><h2>${msg("Add a source")}</h2></summary>
      <p class="lead">${msg("A PDF, saved web page (.html), Word file (.docx), text or Markdown file. It stays in this browser until you export it for the library.")}</p>
      <label
        class="drop ${this.dragging ? "over" : ""}"
        @dragover=${this.onDragOver}
        @dragleave=${() => (this.dragging = false)}
        @drop=${this.onDrop}
      >
        <span>${this.picked ? this.picked.name : msg("Drop a file here, or choose one")}</span>
        <input type="file" name="file" accept=".pdf,.html,.htm,.docx,.txt,.md" ?disabled=${busy} @change=${this.onPick} />
      </label>
      ${
        busy
          ? html`<div class="progress">
            <progress max=${this.progress?.total ?? 1} .value=${this.progress?.done ?? 0} aria-label=${msg("Reading progress")}></progress>
            <p role="status">${this.progress ? this.pageProgress(this.progress) : msg("Reading the file…")}</p>
            <button type="button" class="cancel" @click=${this.cancel}>${msg("Cancel")}</button>
          </div>`
          : nothing
      }
      ${this.problem ? html`<p class="problem" role="alert">${this.problem}</p>` : nothing}
      ${this.picked?.read ? this.renderPreview(this.picked.read) : nothing}
      <form @submit=${this.onSave} novalidate>
        ${Object.entries(textFields()).map(([field, { label, hint }]) => this.renderField(field as TextField, label, hint))}
        <label class="check"
          ><input type="checkbox" name="permissionRequired" .checked=${this.form.permissionRequired} @change=${(e: Event) =>
            this.set("permissionRequired", (e.target as HTMLInputElement).checked)} />
          ${msg("Permission required to reproduce")}</label
        >
        <div class="actions">
          <button type="submit" class="save" ?disabled=${!this.picked?.read}>${msg("Save to the library")}</button>
          ${this.picked?.read ? html`<button type="button" class="discard" @click=${this.discard}>${msg("Discard this file")}</button>` : nothing}
        </div>
      </form>
      ${this.message ? html`<p class="message" role="status">${this.message}</p>` : nothing}
      </details>
    `;
  }

  private pageProgress({ done, total }: { done: number; total: number }): string {
    return msg(str`Reading page ${done} of ${total}…`);
  }

  private renderField(field: TextField, label: string, hint?: string) {
    const error = this.errors[field];
    return html`<label class="field"
      ><span>${label}${hint ? html` <small>(${hint})</small>` : nothing}</span>
      <input
        name=${field}
        type=${field === "url" ? "url" : "text"}
        .value=${this.form[field]}
        aria-invalid=${error ? "true" : "false"}
        aria-describedby=${error ? `${field}-error` : nothing}
        @input=${(e: Event) => this.set(field, (e.target as HTMLInputElement).value)}
      />
      ${error ? html`<span class="error" id="${field}-error">${error}</span>` : nothing}</label
    >`;
  }

  private renderPreview(read: ExtractedFile) {
    const { passages, notes } = passageCounts(read.reading);
    const pages = read.reading.pages?.length;
    const kind = kindName(read.kind);
    const counts = [...(pages !== undefined ? [countOf("pages", pages)] : []), countOf("passages", passages), countOf("notes", notes)].join(
      ", ",
    );
    const scheme = locatorScheme(read.reading);
    return html`<section class="preview" aria-label=${msg("Preview")}>
      <h3>${msg("What the reader found")}</h3>
      <p class="counts">${msg(str`${kind}: ${counts}; cited as ${scheme}.`)}</p>
      ${
        read.removed.length > 0
          ? html`<p class="removed">
            ${msg("Running headers and footers removed:")}
            ${read.removed.map((r) => html`<q>${r.text}</q>${r.last !== undefined ? html` … <q>${r.last}</q>` : nothing} (${countOf("pages", r.pages)}) `)}
          </p>`
          : nothing
      }
      <ol class="passages">
        ${previewPassages(read.reading).map(
          (p) =>
            html`<li><span class="locator">${p.locator}${p.page !== undefined && !p.locator.startsWith("p. ") ? msg(str`, p. ${p.page}`, { desc: "A page locator after a passage locator; keep 'p.' as the citation writes it." }) : nothing}</span> ${p.text}</li>`,
        )}
      </ol>
    </section>`;
  }

  private set<K extends SourceFormField>(field: K, value: SourceForm[K]) {
    this.form = { ...this.form, [field]: value };
    if (this.errors[field]) this.errors = { ...this.errors, [field]: undefined };
  }

  private onDragOver(e: DragEvent) {
    e.preventDefault();
    this.dragging = true;
  }

  private onDrop(e: DragEvent) {
    e.preventDefault();
    this.dragging = false;
    const file = e.dataTransfer?.files[0];
    if (file) void this.read(file);
  }

  private onPick(e: Event) {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = "";
    if (file) void this.read(file);
  }

  /** Reads the file in the worker; a newer pick or Cancel ends the read under way. */
  private async read(file: File) {
    this.reading?.abort();
    const reading = (this.reading = new AbortController());
    this.problem = this.message = "";
    this.progress = undefined;
    const picked: Picked = { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
    this.picked = picked;
    try {
      picked.read = await this.added!.extract(picked.bytes, file.name, (done, total) => (this.progress = { done, total }), reading.signal);
      if (!this.form.title) this.form = { ...this.form, title: titleOf(file.name) };
    } catch (error) {
      if (reading.signal.aborted) return;
      this.problem = error instanceof Error ? error.message : String(error);
      this.picked = undefined;
    } finally {
      if (this.reading === reading) {
        this.reading = undefined;
        this.progress = undefined;
      }
    }
  }

  private cancel() {
    this.reading?.abort();
    this.reading = undefined;
    this.progress = undefined;
    this.picked = undefined;
    this.message = msg("Cancelled; nothing was added.");
  }

  private discard() {
    this.picked = undefined;
    this.errors = {};
    this.message = msg("Discarded; nothing was added.");
  }

  private async onSave(e: Event) {
    e.preventDefault();
    const picked = this.picked;
    if (!picked?.read || !this.added || !this.library) return;
    const result = entryFromForm(this.form, {
      name: picked.name,
      kind: picked.read.kind,
      takenIds: new Set(this.library.entries.map((entry) => entry.id)),
    });
    if (!result.ok) {
      this.errors = result.errors;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>("input[aria-invalid=true]")?.focus();
      return;
    }
    try {
      await this.added.save(result.entry, picked.bytes, picked.read);
    } catch (error) {
      this.problem = error instanceof Error ? error.message : String(error);
      return;
    }
    this.picked = undefined;
    this.form = { ...this.form, title: "", url: "" };
    const title = result.entry.title;
    this.message = msg(str`Added “${title}” to the library.`);
    this.emit("sb-source-added", { sourceId: result.entry.id });
  }
}

/** A first guess at a title from a file name: "tip-report_2024.pdf" → "tip report 2024". */
function titleOf(name: string): string {
  return name
    .replace(/\.[^.]*$/, "")
    .replace(/[-_]+/g, " ")
    .trim();
}

declare global {
  interface HTMLElementTagNameMap {
    "sb-add-source": SbAddSource;
  }
  interface GlobalEventHandlersEventMap {
    "sb-source-added": SbSourceAddedEvent;
  }
}
