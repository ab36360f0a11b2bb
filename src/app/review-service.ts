import { msg, str } from "@lit/localize";
import { acknowledgements, type CheckedCaution } from "../core/citations/acknowledgements.ts";
import { changedSince, reviewExcerpt, type ExcerptReview, type SourceChange } from "../core/citations/review-context.ts";
import { AnchorLockSchema, emptyLock, findLocked, type AnchorLock } from "../core/citations/anchor-lock.ts";
import { checkAgainstEdition, type EditionCheck } from "../core/citations/edition-check.ts";
import { supersededBy } from "../core/library/supersedes.ts";
import type { ExcerptNode, Module } from "../core/schema/module.ts";
import { withParallel } from "../core/citations/parallel-quote.ts";
import type { LibraryStore } from "./library-store.ts";
import { openedVersions } from "./verifier.ts";

/**
 * Where an excerpt stands in review: its source changed since it was verified, it is rejected,
 * verified with a caution the module does not acknowledge, or verified.
 */
export type ReviewGroup = "changed" | "rejected" | "cautioned" | "verified";

/** One excerpt of a module, as the reviewer sees it. */
export interface ReviewItem {
  /** Its place among the module's excerpts, from 1. */
  number: number;
  /** The section it is in ("" before the first section). */
  section: string;
  excerpt: ExcerptNode;
  /** How the source is cited ("UN Special Rapporteur (2013)"); its id when it is not in the library. */
  sourceCite: string;
  /** The verdict and the passage beside it; absent when the source cannot be opened. */
  review?: ExcerptReview;
  /** Why the excerpt could not be checked (no such source, unreadable file). */
  problem?: string;
  /** Set when the source file is not the one the excerpt was verified against. */
  change?: SourceChange;
  /** Where the verified words may still mislead, each acknowledged in the module (acknowledge=) or not. */
  cautions: CheckedCaution[];
  /** The locator "Open in reader" goes to: where the words are now, else where they are cited. */
  readerLocator: string;
  group: ReviewGroup;
  /** Set when a later edition supersedes the excerpt's source: what became of the words there. */
  edition?: EditionReview;
}

/** An excerpt checked against the edition that supersedes its source. */
export interface EditionReview {
  /** The module and the excerpt's number in it, to rewrite it. */
  moduleId: string;
  /** The new edition's id, and how it is cited. */
  sourceId: string;
  sourceCite: string;
  check?: EditionCheck;
  /** Why the new edition could not be opened. */
  problem?: string;
}

/** A module's excerpts for review: source changed, rejected, with cautions, verified (each in module order). */
export interface ModuleReview {
  moduleId: string;
  items: ReviewItem[];
  /** `cautioned`: excerpts with a caution the module does not acknowledge. */
  counts: { excerpts: number; verified: number; rejected: number; changed: number; cautioned: number };
  /** Why the anchors lock could not be read (changes since verification are then not known). */
  lockProblem?: string;
}

const GROUP_ORDER: Record<ReviewGroup, number> = { changed: 0, rejected: 1, cautioned: 2, verified: 3 };

/** `modules/anchors.lock.json` as shipped, fetched on first review (a chunk of its own, not in the first bundle). */
export async function bundledAnchorLock(): Promise<AnchorLock> {
  const { default: text } = await import("../../modules/anchors.lock.json?raw");
  const parsed = AnchorLockSchema.safeParse(JSON.parse(text));
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new Error(`${issue.path.join(".")}: ${issue.message}`);
}

/**
 * Puts together what review mode shows for a module: each excerpt verified against its source
 * (opened through the library), the passage with the words marked, and, from the anchors lock,
 * whether the source changed since the excerpt was verified.
 */
export class ReviewService {
  private lock?: Promise<{ lock: AnchorLock; problem?: string }>;

  /**
   * @param library where sources are opened.
   * @param loadLock reads the anchors lock (the shipped one by default).
   */
  constructor(
    private readonly library: LibraryStore,
    private readonly loadLock: () => Promise<AnchorLock> = bundledAnchorLock,
  ) {}

  /** Reviews every excerpt of a module; yields to the page between excerpts so typing stays responsive. */
  async reviewModule(module: Module): Promise<ModuleReview> {
    const { lock, problem } = await this.readLock();
    const items: ReviewItem[] = [];
    let section = "";
    let number = 0;
    for (const node of module.body) {
      if (node.kind === "section") section = node.title;
      if (node.kind !== "excerpt") continue;
      items.push(await this.reviewItem(module.meta.id, node, ++number, section, lock));
      await nextTask();
    }
    items.sort((a, b) => GROUP_ORDER[a.group] - GROUP_ORDER[b.group] || a.number - b.number);
    const count = (f: (i: ReviewItem) => boolean) => items.filter(f).length;
    return {
      moduleId: module.meta.id,
      items,
      counts: {
        excerpts: items.length,
        verified: count((i) => i.review?.verdict.status === "verified"),
        rejected: count((i) => i.review?.verdict.status !== "verified"),
        changed: count((i) => i.change !== undefined),
        cautioned: count((i) => i.group === "cautioned"),
      },
      ...(problem ? { lockProblem: problem } : {}),
    };
  }

  private async reviewItem(moduleId: string, excerpt: ExcerptNode, number: number, section: string, lock: AnchorLock): Promise<ReviewItem> {
    const sourceCite = this.library.entry(excerpt.sourceId)?.shortCite ?? excerpt.sourceId;
    const base = { number, section, excerpt, sourceCite, readerLocator: excerpt.locator, cautions: [] };
    if (!this.library.entry(excerpt.sourceId)) {
      return { ...base, group: "rejected", problem: msg(str`There is no source "${excerpt.sourceId}" in the library.`) };
    }
    let review: ExcerptReview;
    let change: SourceChange | undefined;
    try {
      const source = await this.library.open(excerpt.sourceId);
      review = reviewExcerpt(source, excerpt);
      // The passage shown stays the original's; a failing parallel quote brings the translation's diff.
      review = { ...review, verdict: withParallel(review.verdict, excerpt, await openedVersions(this.library, source, excerpt)) };
      const entry = findLocked(lock, moduleId, excerpt.sourceId, excerpt.quote);
      change = entry && changedSince(entry, source, excerpt.quote);
    } catch (error) {
      return { ...base, group: "rejected", problem: error instanceof Error ? error.message : String(error) };
    }
    const readerLocator = change?.excerpt?.locator ?? review.context?.locator ?? excerpt.locator;
    const { cautions } = acknowledgements(review.verdict, excerpt.acknowledge);
    const open = cautions.some((c) => !c.acknowledged);
    const group: ReviewGroup = change ? "changed" : review.verdict.status !== "verified" ? "rejected" : open ? "cautioned" : "verified";
    const edition = await this.editionReview(moduleId, excerpt);
    return { ...base, review, readerLocator, group, cautions, ...(change ? { change } : {}), ...(edition ? { edition } : {}) };
  }

  /** The excerpt checked against the edition that supersedes its source, if one does. */
  private async editionReview(moduleId: string, excerpt: ExcerptNode): Promise<EditionReview | undefined> {
    const newer = supersededBy(this.library.entries, excerpt.sourceId)[0];
    if (!newer) return undefined;
    const base = { moduleId, sourceId: newer.id, sourceCite: newer.shortCite };
    try {
      const [old, next] = await Promise.all([this.library.open(excerpt.sourceId), this.library.open(newer.id)]);
      return { ...base, check: checkAgainstEdition(old, next, excerpt.quote, excerpt.locator) };
    } catch (error) {
      return { ...base, problem: error instanceof Error ? error.message : String(error) };
    }
  }

  private readLock(): Promise<{ lock: AnchorLock; problem?: string }> {
    this.lock ??= this.loadLock().then(
      (lock) => ({ lock }),
      (error: unknown) => ({
        lock: emptyLock(),
        problem: `modules/anchors.lock.json cannot be read (${error instanceof Error ? error.message : String(error)}), so changes to sources since verification are not shown.`,
      }),
    );
    return this.lock;
  }
}

/** Lets the page paint and handle input between excerpts (a long module takes a while to check). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
