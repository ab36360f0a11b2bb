import { html, nothing } from "lit";
import { customElement, property } from "lit/decorators.js";
import { SbElement } from "../sb-element.ts";
import type { ReviewItem } from "../../app/review-service.ts";
import { routeHref } from "../../app/routes.ts";
import { shortFingerprint } from "../../app/citation-labels.ts";
import type { PassageContext } from "../../core/citations/review-context.ts";
import "../sb-verdict-badge/sb-verdict-badge.ts";
import { componentStyles } from "../styles/component.styles.ts";
import { styles } from "./sb-review-item.styles.ts";

/** What became of an excerpt whose source changed, as a heading word. */
const CHANGE_WORDS = { verified: "still in place", relocated: "relocated", altered: "altered", "not-found": "no longer found" } as const;

/** The reader at a passage: `#/source/<id>/<locator>`. */
export const readerHref = (sourceId: string, locator: string) => routeHref({ view: "source", sourceId, locator });

/**
 * @summary One excerpt under review, beside its source context: the quote as the module has it, the
 * passage with the quoted words marked (or, for a rejected quote, the closest passage and the word
 * diff), the verdict, what changed in the source since it was verified, and a link to the reader.
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
  /** Reflects the item's group for styling: changed, rejected or verified. */
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
          <div class="heading" role="heading" aria-level=${this.headingLevel} id=${headingId}>Excerpt ${item.number}${this.of ? html`<span class="of"> of ${this.of}</span>` : nothing}<span class="at"> · ${item.sourceCite}, ${excerpt.locator}</span></div>
          ${item.section ? html`<p class="section">Section “${item.section}”</p>` : nothing}
        </header>
        ${change ? this.renderChange(item) : nothing}
        <div class="pair">
          <figure class="quote">
            <figcaption>The module quotes, citing ${excerpt.locator}:</figcaption>
            <blockquote>${excerpt.quote}</blockquote>
          </figure>
          ${review?.context ? this.renderContext(review.context) : html`<p class="no-context">No passage of the source is near these words.</p>`}
        </div>
        <sb-verdict-badge .verdict=${review?.verdict} problem=${item.problem ?? ""}></sb-verdict-badge>
        ${
          item.problem
            ? nothing
            : html`<p class="open"><a href=${readerHref(excerpt.sourceId, item.readerLocator)} aria-label="Open in reader: ${item.sourceCite}, ${item.readerLocator}">Open in reader</a>
          <span class="where" aria-hidden="true">${item.readerLocator}</span></p>`
        }
      </article>
    `;
  }

  private renderChange(item: ReviewItem) {
    const change = item.change!;
    const now = change.excerpt?.locator;
    return html`<div class="change" role="note">
      <p class="change-head"><strong>Source changed since this excerpt was verified: ${CHANGE_WORDS[change.status]}${now && now !== change.previousLocator ? html` — now at <span class="new-locator">${now}</span>` : nothing}.</strong></p>
      <p>${change.message} The file's fingerprint was ${shortFingerprint(change.was)}, it is now ${shortFingerprint(change.now)}.</p>
    </div>`;
  }

  private renderContext(context: PassageContext) {
    const what = context.marks === "quote" ? "quoted words" : "closest words";
    return html`<figure class="context">
      <figcaption>${context.marks === "quote" ? "In the source" : "Closest passage in the source"}: ${context.citation}</figcaption>
      <blockquote part="passage" class="passage">${context.runs.map((run) =>
        run.marked
          ? html`<mark class=${context.marks}><span class="sr">${what}: </span>${run.text}<span class="sr"> (end)</span></mark>`
          : run.text,
      )}</blockquote>
    </figure>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "sb-review-item": SbReviewItem;
  }
}
