import { consume } from "@lit/context";
import { msg, str } from "@lit/localize";
import { html, nothing, type PropertyValues } from "lit";
import { customElement, property, query, state } from "lit/decorators.js";
import { html as staticHtml, literal } from "lit/static-html.js";
import { SbElement } from "../sb-element.ts";
import { languageName } from "../../app/citation-labels.ts";
import { libraryContext } from "../../app/contexts.ts";
import { summaryOf, type LibraryStore } from "../../app/library-store.ts";
import { routeHref } from "../../app/routes.ts";
import { languageVersions } from "../../core/library/language-versions.ts";
import type { CatalogEntry } from "../../core/schema/catalog.ts";
import { readingBlocks, type ReadingBlock } from "../../core/sources/reading-blocks.ts";
import type { Heading, Passage, ReadingText } from "../../core/sources/model.ts";
import { pageOfLocator } from "../../core/citations/locator.ts";
import { passagesOnPage } from "../../core/sources/pages.ts";
import type { Source } from "../../core/sources/source.ts";
import "../sb-note-panel/sb-note-panel.ts";
import "../sb-passage/sb-passage.ts";
import type { SbNoteOpenEvent, SbPassage, SbPassageSelectEvent } from "../sb-passage/sb-passage.ts";
import "../sb-source-header/sb-source-header.ts";
import type { SbSourceHeader } from "../sb-source-header/sb-source-header.ts";
import { componentStyles } from "../styles/component.styles.ts";
import { addButtonPlace, type ScreenBox } from "./add-button-place.ts";
import { rememberVersionShown, versionShown } from "./language-version-choice.ts";
import { styles } from "./sb-source-reader.styles.ts";

/**
 * @summary Reads one source: its citation header, then its headings and passages with locators in the margin, notes one click away.
 *
 * Each passage element carries `id="p-<index>"` and `data-locator="<locator>"`; setting `target` scrolls to it.
 *
 * When the library holds another language version of the source (`translationOf`, either way), a
 * toggle shows beside each passage the other version's passage at the same locator (UN documents
 * number their paragraphs alike in every language), in a `.version` column with its own `lang`.
 * Words selected there make an excerpt citing that version.
 *
 * @fires sb-library-open - (from the header) The reader asked to go back to the library.
 * @fires sb-excerpt-request - The trainer asked to add the selected words (or a passage) to a module.
 *
 * @csspart text - The reading text column.
 */
@customElement("sb-source-reader")
export class SbSourceReader extends SbElement {
  static override styles = [componentStyles, styles];

  /** The loaded source to read. */
  @property({ attribute: false }) source?: Source;
  /** Locator of the passage to scroll to and mark ("para. 75"); empty for the top. */
  @property() target = "";
  /** Builds the permalink of a passage from its locator. */
  @property({ attribute: false }) passageHref: (locator: string) => string = () => "";
  /** Where the back link leads. */
  @property({ attribute: "library-href" }) libraryHref = "#/";

  @consume({ context: libraryContext, subscribe: true }) @state() private library?: LibraryStore;
  @state() private openNotes: Passage[] = [];
  /** The reading text the open notes belong to: this source's, or its other language version's. */
  @state() private notesFrom?: { reading: ReadingText; href: (locator: string) => string; language: string };
  /** Whether the other language version is shown beside each passage (remembered for the visit). */
  @state() private showVersion = false;
  /** The other language version, once opened; why it cannot be, else. */
  @state() private version?: Source;
  @state() private versionProblem = "";
  /** The words selected in a passage (of this source or of the version beside it), and where they are on the screen. */
  @state() private selection?: { passage: SbPassage; start: number; end: number; box: ScreenBox };
  /** The "Add to module…" button's size, measured once it shows (its first place uses this guess). */
  @state() private addButtonSize = { width: 140, height: 34 };
  @query("sb-source-header") private header?: SbSourceHeader;
  @query(".add-selection") private addButton?: HTMLButtonElement;
  @query(".text") private textColumn?: HTMLElement;
  private blocks: ReadingBlock[] = [];
  private notesById = new Map<string, Passage>();
  private noteTrigger?: HTMLElement;
  /** The other language version of the source in the library, if there is one. */
  private versionEntry?: CatalogEntry;
  private versionPassages = new Map<string, Passage>();
  private versionNotes = new Map<string, Passage>();

  protected override willUpdate(changed: PropertyValues) {
    if (changed.has("source")) {
      const reading = this.source?.reading;
      this.blocks = reading ? readingBlocks(reading) : [];
      this.notesById = notesOf(reading);
    }
    if (changed.has("source") || changed.has("library")) {
      const entry = this.source?.entry;
      this.versionEntry = entry && this.library ? languageVersions(this.library.entries, entry)[0] : undefined;
      this.showVersion = entry !== undefined && this.versionEntry !== undefined && versionShown(entry);
    }
    if (this.showVersion && this.versionEntry && this.version?.entry.id !== this.versionEntry.id) void this.openVersion(this.versionEntry);
    if (changed.has("source") || changed.has("target")) this.openNotes = [];
  }

  private async openVersion(entry: CatalogEntry) {
    this.versionProblem = "";
    try {
      const version = await this.library!.open(entry.id);
      if (this.versionEntry?.id !== entry.id) return;
      this.versionPassages = new Map(version.reading.passages.map((p) => [p.locator, p]));
      this.versionNotes = notesOf(version.reading);
      this.version = version;
    } catch (error) {
      this.versionProblem = error instanceof Error ? error.message : String(error);
    }
  }

  override render() {
    const { source } = this;
    if (!source) return nothing;
    const missing = this.target && !source.reading.passages.some((p) => p.locator === this.targetLocator);
    const paired = this.showVersion && this.versionEntry !== undefined;
    const notes = this.notesFrom ?? { reading: source.reading, href: this.passageHref, language: source.entry.language };
    return html`
      <sb-source-header .entry=${source.entry} fingerprint=${source.fingerprint} .summary=${summaryOf(source)}
        library-href=${this.libraryHref}></sb-source-header>
      ${this.versionEntry ? this.renderVersionToggle(this.versionEntry) : nothing}
      ${missing ? html`<p class="missing" role="status">${msg(str`This source has no passage “${this.target}”.`)}</p>` : nothing}
      <div class="text ${paired ? "paired" : ""}" part="text" lang=${source.entry.language} @sb-note-open=${this.onNoteOpen}
        @sb-passage-select=${this.onPassageSelect}>
        ${this.blocks.map((block) => this.renderBlock(block))}
      </div>
      ${
        this.selection
          ? html`<button class="add-selection" type="button" style=${this.addButtonStyle(this.selection.box)}
            @mousedown=${(e: Event) => e.preventDefault()} @click=${this.requestSelection}>${msg("Add to module…")}</button>`
          : nothing
      }
      <sb-note-panel .notes=${this.openNotes} .reading=${notes.reading} .noteHref=${notes.href} lang=${notes.language}
        @sb-note-close=${this.closeNotes}></sb-note-panel>
    `;
  }

  private renderVersionToggle(entry: CatalogEntry) {
    const language = languageName(entry.language);
    return html`<div class="versions">
      <label><input type="checkbox" .checked=${this.showVersion} @change=${this.onVersionToggle} />
        ${msg(str`Show the ${language} version`)}</label>
      ${this.versionProblem ? html`<p class="version-problem" role="status">${this.versionProblem}</p>` : nothing}
    </div>`;
  }

  private onVersionToggle(event: Event) {
    this.showVersion = (event.target as HTMLInputElement).checked;
    if (this.source) rememberVersionShown(this.source.entry, this.showVersion);
  }
  private renderBlock(block: ReadingBlock) {
    if (block.kind === "heading") return renderHeading(block.heading, block.passage, this.targetLocator);
    if (block.kind === "passage") return this.renderPassage(block.passage);
    return html`<ul>${block.items.map((item) => html`<li>${this.renderPassage(item)}</li>`)}</ul>`;
  }

  private renderPassage(passage: Passage) {
    const own = html`<sb-passage id="p-${passage.index}" data-locator=${passage.locator} tabindex="-1"
      .passage=${passage} .reading=${this.source!.reading} href=${this.passageHref(passage.locator)}
      source-id=${this.source!.entry.id}
      ?highlighted=${passage.locator === this.targetLocator}></sb-passage>`;
    const entry = this.versionEntry;
    if (!this.showVersion || !entry) return own;
    return html`<div class="pair">${own}<div class="version" lang=${entry.language}>${this.renderCounterpart(passage, entry)}</div></div>`;
  }

  /** The other version's passage at the same locator, or a quiet word that it has none. */
  private renderCounterpart(passage: Passage, entry: CatalogEntry) {
    const { version } = this;
    if (!version) return this.versionProblem ? nothing : html`<p class="no-counterpart">${msg("Opening…")}</p>`;
    const other = this.versionPassages.get(passage.locator);
    if (!other)
      return html`<p class="no-counterpart" lang=${this.source!.entry.language}>${msg(str`Nothing at ${passage.locator} in the ${languageName(entry.language)} version.`)}</p>`;
    return html`<sb-passage class="counterpart" .passage=${other} .reading=${version.reading} source-id=${entry.id}
      href=${routeHref({ view: "source", sourceId: entry.id, locator: other.locator })}></sb-passage>`;
  }

  protected override updated(changed: PropertyValues<this>) {
    if (changed.has("source") || changed.has("target")) void this.reveal(changed.has("source"));
    if (this.addButton) {
      const { width, height } = this.addButton.getBoundingClientRect();
      const size = this.addButtonSize;
      if (Math.round(width) !== Math.round(size.width) || Math.round(height) !== Math.round(size.height))
        this.addButtonSize = { width, height };
    }
  }

  private addButtonStyle(box: ScreenBox): string {
    const columnRight = this.textColumn?.getBoundingClientRect().right ?? window.innerWidth;
    const screen = { width: document.documentElement.clientWidth, height: window.innerHeight };
    const { top, left } = addButtonPlace(box, columnRight, this.addButtonSize, screen);
    return `top:${Math.round(top)}px;left:${Math.round(left)}px`;
  }

  /** The passage the target names: a page locator of a PDF ("p. 12") names the first passage with text on that page. */
  private get targetLocator(): string {
    if (!this.source || !this.target) return this.target;
    const page = pageOfLocator(this.source, this.target);
    return page === undefined ? this.target : (passagesOnPage(this.source.reading, page)[0]?.locator ?? this.target);
  }

  /** Scrolls to the target passage (once it and the passages before it have laid out), or to the top of a new source. */
  private async reveal(newSource: boolean) {
    const passage = this.target
      ? this.renderRoot.querySelector<SbPassage | HTMLElement>(`[data-locator="${CSS.escape(this.targetLocator)}"]`)
      : null;
    if (passage) {
      if ("updateComplete" in passage) await passage.updateComplete;
      passage.scrollIntoView({ block: "start" });
      passage.focus({ preventScroll: true });
    } else if (newSource) {
      window.scrollTo(0, 0);
      await this.header?.updateComplete;
      this.header?.focusTitle();
    }
  }

  private onPassageSelect(event: SbPassageSelectEvent) {
    const { start, end, rect } = event.detail;
    if (end <= start || !rect) {
      this.selection = undefined;
      return;
    }
    // Fixed position: the place is worked out from where the selection is on the screen now.
    this.selection = {
      passage: event.target as SbPassage,
      start,
      end,
      box: { top: rect.top, left: rect.left, bottom: rect.bottom, right: rect.right },
    };
  }

  private requestSelection() {
    const { selection, source } = this;
    if (!selection || !source) return;
    this.selection = undefined;
    // Asked from the passage (which knows its source: this one, or the version beside it), so that
    // whoever opens a dialog for it can give the focus back there.
    if (selection.passage.isConnected) selection.passage.requestExcerptOf(selection.start, selection.end);
    else this.emit("sb-excerpt-request", { sourceId: source.entry.id, start: selection.start, end: selection.end });
  }

  private onNoteOpen(event: SbNoteOpenEvent) {
    this.noteTrigger = event.composedPath()[0] as HTMLElement;
    const fromVersion = (event.target as Element).classList.contains("counterpart") && this.version;
    const notes = fromVersion ? this.versionNotes : this.notesById;
    this.notesFrom = fromVersion
      ? {
          reading: fromVersion.reading,
          href: (locator) => routeHref({ view: "source", sourceId: fromVersion.entry.id, locator }),
          language: fromVersion.entry.language,
        }
      : undefined;
    this.openNotes = event.detail.noteIds.flatMap((id) => notes.get(id) ?? []);
  }

  private closeNotes() {
    this.openNotes = [];
    this.noteTrigger?.focus();
  }
}

/** A reading text's notes by their id. */
function notesOf(reading: ReadingText | undefined): Map<string, Passage> {
  return new Map(reading?.passages.filter((p) => p.noteId !== undefined).map((p) => [p.noteId!, p]));
}

/** Heading tags by level; level 0 is a title or byline line. */
const HEADING_TAGS = [literal`p`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** A heading, or a title or byline; one the source prints carries its passage's id and locator, so a link can lead to it. */
function renderHeading(heading: Heading, passage: Passage | undefined, target: string) {
  const tag = HEADING_TAGS[Math.min(heading.level, HEADING_TAGS.length - 1)]!;
  const classes = [heading.level === 0 ? "display-line" : "", passage && passage.locator === target ? "highlighted" : ""];
  return staticHtml`<${tag} class=${classes.join(" ").trim() || nothing} id=${passage ? `p-${passage.index}` : nothing}
    data-locator=${passage?.locator ?? nothing} tabindex=${passage ? "-1" : nothing}>${heading.title}</${tag}>`;
}

declare global {
  interface HTMLElementTagNameMap {
    "sb-source-reader": SbSourceReader;
  }
}
