import { msg, str } from "@lit/localize";
import { html, nothing } from "lit";
import { customElement, property } from "lit/decorators.js";
import { SbElement } from "../sb-element.ts";
import type { ReviewItem } from "../../app/review-service.ts";
import { routeHref } from "../../app/routes.ts";
import { shortFingerprint } from "../../app/citation-labels.ts";
import type { PassageContext, PassageRun } from "../../core/citations/review-context.ts";
import { CAUTION_NAMES } from "../../core/citations/caution-types.ts";
import "../sb-edition-check/sb-edition-check.ts";
import "../sb-verdict-badge/sb-verdict-badge.ts";
import { componentStyles } from "../styles/component.styles.ts";
import { styles } from "./sb-review-item.styles.ts";

/** What became of an excerpt whose source changed, as a heading word. */
const changeWords = () => ({
  verified: msg("still in place"),
  relocated: msg("relocated"),
  altered: msg("altered"),
  "not-found": msg("no longer found"),
});

/** The reader at a passage: `#/source/<id>/<locator>`. */
export const readerHref = (sourceId: string, locator: string) => routeHref({ view: "source", sourceId, locator });

/**
 * @summary One excerpt under review, beside its source context: the quote as the module has it, the
 * passage with the quoted words marked (or, for a rejected quote, the closest passage and the word
 * diff), the verdict, the cautions on verified words (the source words that raised each marked in the
 * passage, apart from the quoted words), what changed in the source since it was verified, the check
 * against a later edition of the source, and a link to the reader.
 *
 * @fires sb-cite-edition - From the check against a later edition (see sb-edition-check).
 *
 * @csspart excerpt - The whole excerpt card.
 * @csspart passage - The source passage with the words marked.
 */
@customElement("sb-review-item")
export class SbReviewItem extends SbElement {
  static override styles = [componentStyles, styles];

  /** The excerpt, its verdict and its context. */
  @property({ attribute: false }) item?: ReviewItem;
  /** How many excerpts the module has (said as "Excerpt 3 of 14"). */
  @property({ type: Number }) of = 0;
  /** The level of the excerpt's heading (its module's title is two levels up). */
  @property({ attribute: "heading-level", type: Number }) headingLevel = 4;
  /** Reflects the item's group for styling: changed, rejected, cautioned or verified. */
  @property({ reflect: true }) group = "";

  override willUpdate() {
    this.group = this.item?.group ?? "";
  }

  override render() {
    const item = this.item;
    if (!item) return nothing;
    const { excerpt, review, change } = item;
    const headingId = `excerpt-${item.number}`;
    return html`
      <article part="excerpt" aria-labelledby=${headingId}>
        <header>
          <div class="heading" role="heading" aria-level=${this.headingLevel} id=${headingId}>${msg(str`Excerpt ${item.number}`)}${this.of ? html`<span class="of"> ${msg(str`of ${this.of}`)}</span>` : nothing}<span class="at"> · ${item.sourceCite}, ${excerpt.locator}</span></div>
          ${item.section ? html`<p class="section">${msg(str`Section “${item.section}”`)}</p>` : nothing}
        </header>
        ${change ? this.renderChange(item) : nothing}
        ${item.edition ? html`<sb-edition-check .item=${item}></sb-edition-check>` : nothing}
        <div class="pair">
          <figure class="quote">
            <figcaption>${msg(str`The module quotes, citing ${excerpt.locator}:`)}</figcaption>
            <blockquote>${excerpt.quote}</blockquote>
            ${
              excerpt.parallel
                ? html`<p class="parallel-caption">${msg(str`With its parallel quote from ${excerpt.parallel.sourceId}, at the same locator:`)}</p>
                  <blockquote class="parallel">${excerpt.parallel.quote}</blockquote>`
                : nothing
            }
          </figure>
          ${review?.context ? this.renderContext(review.context) : html`<p class="no-context">${msg("No passage of the source is near these words.")}</p>`}
        </div>
        <sb-verdict-badge .verdict=${review?.verdict} problem=${item.problem ?? ""}></sb-verdict-badge>
        ${item.cautions.length > 0 ? this.renderCautions(item) : nothing}
        ${
          item.problem
            ? nothing
            : html`<p class="open"><a href=${readerHref(excerpt.sourceId, item.readerLocator)} aria-label=${msg(str`Open in reader: ${item.sourceCite}, ${item.readerLocator}`)}>${msg("Open in reader")}</a>
          <span class="where" aria-hidden="true">${item.readerLocator}</span></p>`
        }
      </article>
    `;
  }

  private renderChange(item: ReviewItem) {
    const change = item.change!;
    const now = change.excerpt?.locator;
    const what = changeWords()[change.status];
    const [was, is] = [shortFingerprint(change.was), shortFingerprint(change.now)];
    return html`<div class="change" role="note">
      <p class="change-head"><strong>${msg(str`Source changed since this excerpt was verified: ${what}`)}${now && now !== change.previousLocator ? html` — ${msg("now at")} <span class="new-locator">${now}</span>` : nothing}.</strong></p>
      <p>${change.message} ${msg(str`The file's fingerprint was ${was}, it is now ${is}.`)}</p>
    </div>`;
  }

  private renderCautions(item: ReviewItem) {
    const context = item.review?.context;
    const shown = (t: { start: number; end: number }) => context !== undefined && t.start >= context.start && t.end <= context.end;
    return html`<ul class="cautions" aria-label=${msg("Cautions: where the verified words may still mislead")}>
      ${item.cautions.map(
        (c) => html`<li class="caution" data-kind=${c.kind} ?data-acknowledged=${c.acknowledged}>
          <p class="caution-head"><span aria-hidden="true">⚠ </span><strong>${CAUTION_NAMES[c.kind]}</strong> <span class="kind">(${c.kind})</span> —
            ${c.acknowledged ? html`<span class="acknowledged">${msg("acknowledged in the module")}</span>` : html`<span class="unacknowledged">${msg("not acknowledged: its handouts print as DRAFT")}</span>`}</p>
          <p class="message">${c.message}</p>
          <p class="where">${shown(c.trigger) ? msg("The words that raised it are marked in the passage, with a dashed underline.") : msg("The words that raised it are in a note, outside this passage.")}</p>
        </li>`,
      )}
    </ul>`;
  }

  private renderContext(context: PassageContext) {
    const what = context.marks === "quote" ? msg("quoted words") : msg("closest words");
    const runs = context.runs;
    const cautioned = runs.some((r) => r.caution);
    return html`<figure class="context">
      <figcaption>${context.marks === "quote" ? msg(str`In the source: ${context.citation}`) : msg(str`Closest passage in the source: ${context.citation}`)}</figcaption>
      <blockquote part="passage" class="passage">${runs.map((run, i) => this.renderRun(run, runs[i - 1], runs[i + 1], context.marks, what))}</blockquote>
      ${
        cautioned
          ? html`<p class="legend"><span class="swatch quote">${what}</span> <span class="swatch caution">${msg("words that raised a caution")}</span></p>`
          : nothing
      }
    </figure>`;
  }

  /** One run; a screen reader hears where marked words start and end (a caution may lie inside quoted words). */
  private renderRun(run: PassageRun, previous: PassageRun | undefined, next: PassageRun | undefined, marks: string, what: string) {
    const inner = run.caution
      ? html`<mark class="caution">${previous?.caution ? nothing : html`<span class="sr">${msg("words that raised a caution:")} </span>`}${run.text}${next?.caution ? nothing : html`<span class="sr"> ${msg("(end of caution words)")}</span>`}</mark>`
      : run.text;
    if (!run.marked) return inner;
    return html`<mark class=${marks}>${previous?.marked ? nothing : html`<span class="sr">${what}: </span>`}${inner}${next?.marked ? nothing : html`<span class="sr"> ${msg("(end)")}</span>`}</mark>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "sb-review-item": SbReviewItem;
  }
}
