import { msg, str } from "@lit/localize";
import { html, nothing } from "lit";
import { customElement, property, query } from "lit/decorators.js";
import { SbElement } from "../sb-element.ts";
import type { ModuleReview, ReviewGroup, ReviewItem } from "../../app/review-service.ts";
import type { Module } from "../../core/schema/module.ts";
import "../sb-review-decision/sb-review-decision.ts";
import "../sb-review-item/sb-review-item.ts";
import { componentStyles } from "../styles/component.styles.ts";
import { styles } from "./sb-review-module.styles.ts";
import { plural } from "../../app/plural.ts";

/** A module's review status in words, in the interface language. */
export const statusWords = (): Record<Module["meta"]["review"]["status"], string> => ({
  draft: msg("Draft, not reviewed yet"),
  "in-review": msg("In review"),
  approved: msg("Approved"),
  "changes-requested": msg("Changes requested"),
});

/** The groups excerpts are shown in, in order, with their headings. */
const groups = (): { group: ReviewGroup; title: string }[] => [
  { group: "changed", title: msg("Source changed since verified") },
  { group: "rejected", title: msg("Rejected") },
  { group: "cautioned", title: msg("Verified, with cautions to check") },
  { group: "verified", title: msg("Verified") },
];

/** "14 excerpts", in the interface language. */
export const excerptCount = (n: number) =>
  plural(n, {
    one: msg(str`${n} excerpt`),
    few: msg(str`${n} excerpts`, { id: "review-module.excerpts.few" }),
    many: msg(str`${n} excerpts`, { id: "review-module.excerpts.many" }),
    other: msg(str`${n} excerpts`),
  });

/** "14 verified, 0 rejected, 0 source changed, 0 with cautions". */
export function countWords({ verified, rejected, changed, cautioned }: ModuleReview["counts"]) {
  return {
    verified: msg(str`${verified} verified`),
    rejected: msg(str`${rejected} rejected`),
    changed: msg(str`${changed} source changed`),
    cautioned: msg(str`${cautioned} with cautions`),
  };
}

/** One line per rejected excerpt, for the confirmation before approving. */
export function rejectedLines(review: ModuleReview | undefined): string[] {
  return (review?.items ?? [])
    .filter((i) => i.problem || i.review?.verdict.status !== "verified")
    .map((i) => {
      const { number, sourceCite } = i;
      const { locator } = i.excerpt;
      const why = i.problem ?? i.review!.verdict.message;
      return msg(str`Excerpt ${number} (${sourceCite}, ${locator}): ${why}`);
    });
}

/**
 * @summary One module in review: its title, current review state and counts, its excerpts beside
 * their sources (source changed first, then rejected, then verified with unacknowledged cautions,
 * then verified), and the reviewer's decision.
 *
 * @fires sb-review-decide - From the decision form (see sb-review-decision).
 * @fires sb-reviewer-change - From the decision form.
 *
 * @csspart header - The title, review state and counts.
 */
@customElement("sb-review-module")
export class SbReviewModule extends SbElement {
  static override styles = [componentStyles, styles];

  /** The module as last saved. */
  @property({ attribute: false }) module?: Module;
  /** Its excerpts checked; undefined while they are being checked. */
  @property({ attribute: false }) review?: ModuleReview;
  /** Why its excerpts could not be checked at all. */
  @property() problem = "";
  /** The reviewer's name, shared by every module in the view. */
  @property() reviewer = "";
  /** The save state of a decision made here, in words; empty before one is made. */
  @property({ attribute: "save-text" }) saveText = "";
  /** Whether that save failed. */
  @property({ attribute: "save-failed", type: Boolean }) saveFailed = false;
  /** Shipped: a decision is saved in the trainer's own copy. */
  @property() origin = "";
  /** 1 when the module is what the page is about (a review of one module); 2 within a session's review. */
  @property({ type: Number }) level = 2;

  @query("#title") private heading?: HTMLElement;

  /** Brings the module into view and moves focus to its title (from a list of modules). */
  focusTitle() {
    this.heading?.scrollIntoView({ block: "start" });
    this.heading?.focus();
  }

  override render() {
    const module = this.module;
    if (!module) return nothing;
    const { meta } = module;
    return html`
      <section aria-labelledby="title">
        <header part="header">
          ${this.level === 1 ? html`<h1 id="title" tabindex="-1">${meta.title}</h1>` : html`<h2 id="title" tabindex="-1">${meta.title}</h2>`}
          <p class="state" data-status=${meta.review.status}>
            ${msg("Review state:")} <strong>${statusWords()[meta.review.status]}</strong>${meta.review.reviewer ? html` ${msg("by")} <span class="reviewer">${meta.review.reviewer}</span>` : nothing}${meta.review.date ? html` ${msg("on")} <time datetime=${meta.review.date}>${meta.review.date}</time>` : nothing}${meta.review.comment ? html`<span class="comment"> — “${meta.review.comment}”</span>` : nothing}
          </p>
          ${this.renderCounts()}
          ${this.origin === "shipped" ? html`<p class="origin">${msg("Shipped module: your decision is saved in your own copy; the shipped file stays as it is.")}</p>` : nothing}
          ${this.origin === "copy" ? html`<p class="origin">${msg("Your copy of a shipped module: decisions are saved here; the shipped file stays as it is.")}</p>` : nothing}
          ${this.review?.lockProblem ? html`<p class="lock-problem" role="alert">${this.review.lockProblem}</p>` : nothing}
        </header>
        ${this.review ? groups().map((g) => this.renderGroup(g.group, g.title, this.review!)) : nothing}
        <sb-review-decision module-id=${meta.id} module-title=${meta.title} reviewer=${this.reviewer} .rejected=${rejectedLines(this.review)}
          save-text=${this.saveText} ?save-failed=${this.saveFailed} ?checking=${!this.review && !this.problem} heading-level=${this.level + 1}></sb-review-decision>
      </section>
    `;
  }

  private renderCounts() {
    if (this.problem)
      return html`<p class="counts problem" role="alert">${msg(str`The excerpts could not be checked: ${this.problem}`)}</p>`;
    const review = this.review;
    const total = this.module!.body.filter((n) => n.kind === "excerpt").length;
    if (!review)
      return html`<p class="counts checking" role="status">${msg(str`Checking ${excerptCount(total)} against their sources…`)}</p>`;
    const { excerpts, rejected, changed, cautioned } = review.counts;
    if (excerpts === 0) return html`<p class="counts">${msg("This module has no excerpts.")}</p>`;
    const words = countWords(review.counts);
    return html`<p class="counts">
      ${excerptCount(excerpts)}:
      <span class="count verified">${words.verified}</span>,
      <span class="count rejected ${rejected ? "some" : ""}">${words.rejected}</span>,
      <span class="count changed ${changed ? "some" : ""}">${words.changed}</span>,
      <span class="count cautioned ${cautioned ? "some" : ""}">${words.cautioned}</span>
    </p>`;
  }

  private renderGroup(group: ReviewGroup, title: string, review: ModuleReview) {
    const items = review.items.filter((i) => i.group === group);
    if (items.length === 0) return nothing;
    return html`
      <div class="group ${group}" role="heading" aria-level=${this.level + 1}>${title} <span class="n">(${items.length})</span></div>
      <ol class="items" aria-label=${msg(str`${title}: ${excerptCount(items.length)}`)}>
        ${items.map((item: ReviewItem) => html`<li><sb-review-item .item=${item} of=${review.counts.excerpts} heading-level=${this.level + 2}></sb-review-item></li>`)}
      </ol>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "sb-review-module": SbReviewModule;
  }
}
