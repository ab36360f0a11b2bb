import { consume } from "@lit/context";
import { msg, str } from "@lit/localize";
import { html, nothing, type PropertyValues } from "lit";
import { customElement, property, query, state } from "lit/decorators.js";
import { SbElement } from "../sb-element.ts";
import { handoutExporterContext, moduleStoreContext, sessionStoreContext } from "../../app/contexts.ts";
import type { HandoutExporter, HandoutJob, HandoutStage } from "../../app/handout-export-api.ts";
import type { ModuleStore } from "../../app/module-store-api.ts";
import type { SessionStore } from "../../app/session-store-api.ts";
import type { Edition } from "../../core/handout/build-handout.ts";
import type { Session } from "../../core/schema/session.ts";
import { downloadBlob } from "../../app/download.ts";
import { editionChoices, paperChoices, printedMessage, printLabel, stageText } from "./export-choices.ts";
import { currentLanguage } from "../../app/locale.ts";
import { languageNames, uiLanguages, type UiLanguage } from "../../core/i18n/languages.ts";
import { componentStyles } from "../styles/component.styles.ts";
import { controlStyles } from "../styles/controls.styles.ts";
import { styles } from "./sb-export-panel.styles.ts";

/** A handout was printed and downloaded. */
export type SbHandoutExportedEvent = CustomEvent<{ fileName: string; edition: Edition; pages: number; draftReasons: string[] }>;

/**
 * @summary Prints a session's handouts: choose the edition, the paper and the handout's language, see beforehand why the
 * handout would print as a DRAFT, print it in a worker with a progress bar and a Cancel button,
 * and download the PDF.
 *
 * @fires sb-handout-exported - A PDF was printed and downloaded; `detail` says its file name, pages and DRAFT reasons.
 *
 * @csspart draft - The box saying whether the handout prints as a DRAFT, and why.
 * @csspart print - The Print button.
 */
@customElement("sb-export-panel")
export class SbExportPanel extends SbElement {
  static override styles = [componentStyles, controlStyles, styles];

  /** The session to print, by its id in the session store; also names the downloaded file. */
  @property({ attribute: "session-id" }) sessionId = "";
  /** The session itself, when it does not come from the session store. */
  @property({ attribute: false }) session?: Session;

  @consume({ context: sessionStoreContext, subscribe: true }) @state() private sessions?: SessionStore;
  @consume({ context: moduleStoreContext, subscribe: true }) @state() private modules?: ModuleStore;
  @consume({ context: handoutExporterContext, subscribe: true }) @state() private exporter?: HandoutExporter;

  @state() private edition: Edition = "participant";
  @state() private paper?: HandoutJob["paper"];
  /** The handout's language as chosen; until then the interface language. */
  @state() private language?: UiLanguage;
  /** Why the handout would be a DRAFT; undefined while they are being worked out. */
  @state() private reasons?: string[];
  @state() private reasonsProblem = "";
  @state() private progress?: { fraction: number; stage: HandoutStage | { step: "starting" } };
  @state() private message = "";
  @state() private problem = "";
  @query("button.print") private printButton?: HTMLButtonElement;
  @query("button.cancel") private cancelButton?: HTMLButtonElement;

  private running?: AbortController;
  private listening: EventTarget[] = [];
  private reasonsRun = 0;
  private reasonsQueued = false;

  override connectedCallback() {
    super.connectedCallback();
    // Back in the page after a move: listen again, and the stores may have changed meanwhile.
    if (this.hasUpdated) {
      this.listen(this.stores);
      this.queueReasons();
    }
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.listen([]);
    this.running?.abort();
  }

  protected override willUpdate(changed: PropertyValues) {
    if (changed.has("sessions") || changed.has("modules")) this.listen(this.stores);
    // Another session: the last one's reasons must not show as this one's.
    if ((changed.has("session") || changed.has("sessionId")) && this.hasUpdated) this.reasons = undefined;
    if (["sessions", "modules", "exporter", "session", "sessionId", "edition", "language"].some((k) => changed.has(k))) this.queueReasons();
  }

  private get stores(): EventTarget[] {
    return [this.sessions, this.modules].filter((s): s is NonNullable<typeof s> => !!s);
  }

  private listen(targets: EventTarget[]) {
    for (const t of this.listening) t.removeEventListener("change", this.queueReasons);
    for (const t of targets) t.addEventListener("change", this.queueReasons);
    this.listening = targets;
  }

  /** The session on screen: the property, else the store's. */
  private get shownSession(): Session | undefined {
    return this.session ?? (this.sessionId ? this.sessions?.get(this.sessionId) : undefined);
  }

  /** Several store changes in one task (saving, then saved) ask the worker once. */
  private queueReasons = () => {
    if (this.reasonsQueued) return;
    this.reasonsQueued = true;
    setTimeout(() => {
      this.reasonsQueued = false;
      void this.refreshReasons();
    }, 0);
  };

  private async refreshReasons() {
    const run = ++this.reasonsRun;
    await Promise.all([this.modules?.ready, this.sessions?.ready]);
    const job = this.baseJob();
    if (!job || !this.exporter) return;
    try {
      const reasons = await this.exporter.draftReasons({ ...job, edition: this.edition, language: this.chosenLanguage });
      if (run !== this.reasonsRun) return;
      this.reasons = reasons;
      this.reasonsProblem = "";
    } catch (error) {
      if (run !== this.reasonsRun || (error as Error).name === "AbortError") return;
      this.reasons = undefined;
      this.reasonsProblem = (error as Error).message;
    }
  }

  /** The session and the texts of the modules its agenda names, as the module store has them now. */
  private baseJob(): Omit<HandoutJob, "edition" | "paper"> | undefined {
    const session = this.shownSession;
    if (!session || !this.modules) return undefined;
    const modules: Record<string, string> = {};
    for (const item of session.agenda) {
      if (!("module" in item)) continue;
      const text = this.modules.text(item.module);
      if (text !== undefined) modules[item.module] = text;
    }
    return { session, modules, ...(session.handout ? { template: session.handout } : {}) };
  }

  /** The DRAFT reasons are in the handout's language, so the trainer reads what the cover will print. */
  private get chosenLanguage(): UiLanguage {
    return this.language ?? currentLanguage();
  }

  private get chosenPaper(): HandoutJob["paper"] {
    return this.paper ?? (this.shownSession?.handout === "us-letter" ? "letter" : "a4");
  }

  override render() {
    const session = this.shownSession;
    const busy = this.progress !== undefined;
    return html`
      <h2>${msg("Print handouts")}</h2>
      ${session ? html`<p class="lead">${session.title}</p>` : html`<p class="lead">${msg("Choose a session to print.")}</p>`}
      <div class="choices">
        <fieldset class="editions" ?disabled=${busy}>
          <legend>${msg("Edition")}</legend>
          ${editionChoices().map(
            (c) => html`<label class="choice"><input type="radio" name="edition" value=${c.edition} .checked=${this.edition === c.edition}
                @change=${() => (this.edition = c.edition)} aria-describedby="hint-${c.edition}" />
              <span class="name">${c.name}</span><span class="hint" id="hint-${c.edition}">${c.hint}</span></label>`,
          )}
        </fieldset>
        <fieldset class="papers" ?disabled=${busy}>
          <legend>${msg("Paper")}</legend>
          ${paperChoices().map(
            (c) => html`<label class="choice"><input type="radio" name="paper" value=${c.paper} .checked=${this.chosenPaper === c.paper}
                @change=${() => (this.paper = c.paper)} /><span class="name">${c.name}</span></label>`,
          )}
        </fieldset>
        <fieldset class="languages" ?disabled=${busy}>
          <legend>${msg("Handout language")}</legend>
          ${uiLanguages.map(
            (code) => html`<label class="choice"><input type="radio" name="language" value=${code} .checked=${this.chosenLanguage === code}
                @change=${() => (this.language = code)} /><span class="name" lang=${code}>${languageNames[code]}</span></label>`,
          )}
        </fieldset>
      </div>
      <div class="draft-state" aria-live="polite">${this.renderDraftState()}</div>
      <div class="actions">
        <button type="button" class="print" part="print" ?disabled=${busy || !session || !this.exporter} @click=${this.print}>${printLabel(this.edition)}</button>
        ${busy ? html`<button type="button" class="cancel" @click=${this.cancel}>${msg("Cancel")}</button>` : nothing}
      </div>
      ${
        busy
          ? html`<div class="progress">
            <progress max="1" .value=${this.progress!.fraction} aria-label=${msg("Printing progress")}></progress>
            <p class="stage" role="status">${stageText(this.progress!.stage)}…</p>
          </div>`
          : nothing
      }
      <p class="outcome" role="status">${this.message}</p>
      ${this.problem ? html`<p class="problem" role="alert">${this.problem}</p>` : nothing}
    `;
  }

  private renderDraftState() {
    if (this.reasonsProblem)
      return html`<div class="draft problem-box" part="draft"><p><strong>${msg("This session cannot be printed yet.")}</strong> ${this.reasonsProblem}</p></div>`;
    if (!this.shownSession) return nothing;
    if (!this.reasons) return html`<p class="checking">${msg("Checking whether this handout is final…")}</p>`;
    if (this.reasons.length === 0)
      return html`<div class="final" part="draft"><p>${msg("This handout will print as final: every module is approved and every excerpt is verified.")}</p></div>`;
    return html`<div class="draft" part="draft">
      <p>${msg(html`<strong>This handout will print as a DRAFT</strong> because:`)}</p>
      <ul>${this.reasons.map((r) => html`<li>${r}</li>`)}</ul>
    </div>`;
  }

  private async print() {
    const base = this.baseJob();
    if (!base || !this.exporter) return;
    const edition = this.edition;
    const controller = new AbortController();
    this.running = controller;
    this.message = "";
    this.problem = "";
    this.progress = { fraction: 0, stage: { step: "starting" } };
    await this.updateComplete;
    this.cancelButton?.focus();
    try {
      const result = await this.exporter.export(
        { ...base, edition, paper: this.chosenPaper, language: this.chosenLanguage },
        (p) => (this.progress = p),
        controller.signal,
      );
      const fileName = this.sessionId ? `${this.sessionId}-${edition}.pdf` : result.fileName;
      downloadBlob(fileName, result.pdf);
      this.reasons = result.draftReasons;
      this.reasonsProblem = "";
      this.message = printedMessage(fileName, result.pages, result.draftReasons);
      this.emit("sb-handout-exported", { fileName, edition, pages: result.pages, draftReasons: result.draftReasons });
    } catch (error) {
      if ((error as Error).name === "AbortError") this.message = msg("Printing cancelled; nothing was downloaded.");
      else {
        const message = (error as Error).message;
        // The problem box above already says why: the alert need not say it twice.
        this.problem =
          message === this.reasonsProblem
            ? msg("Nothing was printed: correct the problem above and print again.")
            : msg(str`The handout could not be printed: ${message}`);
      }
    } finally {
      if (this.running === controller) this.running = undefined;
      this.progress = undefined;
    }
    await this.updateComplete;
    this.printButton?.focus();
  }

  private cancel() {
    this.running?.abort();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "sb-export-panel": SbExportPanel;
  }
  interface GlobalEventHandlersEventMap {
    "sb-handout-exported": SbHandoutExportedEvent;
  }
}
