import { z } from "zod";
import type { CautionKind } from "./caution-kinds.ts";

export const AUDIENCES = ["police", "judicial", "social-work"] as const;
export const AudienceSchema = z.enum(AUDIENCES);
export type Audience = z.infer<typeof AudienceSchema>;

/** Who each audience is, in the trainer's words. */
export const AUDIENCE_LABELS: Record<Audience, string> = {
  police: "Police",
  judicial: "Judges and prosecutors",
  "social-work": "Social workers",
};

export const REVIEW_STATUSES = ["draft", "in-review", "approved", "changes-requested"] as const;

const kebab = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a lower-case-with-hyphens name");
const text = z.string({ error: "expected text" }).trim().min(1, "expected text");

/** The front matter of a module file. */
export const ModuleMetaSchema = z
  .object({
    id: kebab,
    title: text,
    /** One or two sentences; empty while the module is being written (it then prints as DRAFT). */
    summary: z
      .string({ error: "expected text" })
      .trim()
      .nullish()
      .transform((summary) => summary ?? ""),
    version: z.number({ error: "expected a whole number" }).int("expected a whole number").positive("expected a number above 0"),
    audiences: z.array(AudienceSchema, { error: "expected a list of audiences" }).min(1, "expected at least one audience"),
    topics: z.array(kebab, { error: "expected a list of topics" }),
    minutes: z.number({ error: "expected a number of minutes" }).int("expected whole minutes").positive("expected a number above 0"),
    /** What participants will be able to do; none while the module is being written (it then prints as DRAFT). */
    objectives: z
      .array(text, { error: "expected a list of objectives" })
      .nullish()
      .transform((objectives) => objectives ?? []),
    review: z
      .object({
        status: z.enum(REVIEW_STATUSES),
        reviewer: text.optional(),
        date: z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2}$/, "expected a date as YYYY-MM-DD")
          .optional(),
        comment: text.optional(),
      })
      .strict(),
  })
  .strict();

export type ModuleMeta = z.infer<typeof ModuleMetaSchema>;

/** The kinds of `:::` block a module body may hold. */
export const BLOCK_KINDS = ["excerpt", "trainer", "audience", "exercise", "checklist", "discussion", "keypoints", "check", "quiz"] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

/** A `## Section` heading. */
export interface SectionNode {
  kind: "section";
  title: string;
}

/** Trainer-written Markdown between headings and blocks, kept exactly as written. */
export interface MarkdownNode {
  kind: "markdown";
  text: string;
}

export interface ExcerptNode {
  kind: "excerpt";
  sourceId: string;
  locator: string;
  /** The quote exactly as written in the file (line breaks count as spaces). */
  quote: string;
  /**
   * The cautions the author has looked at and accepts (`acknowledge=attribution,older-data` on the
   * fence line), in CAUTION_KINDS order; absent when none. An unacknowledged caution prints as DRAFT.
   */
  acknowledge?: CautionKind[];
  /** The same words in a translation of the source (`:::parallel <source-id>` inside the block), cited at the same locator. */
  parallel?: ParallelQuote;
  /**
   * The translator's own rendering of the quote (`:::translation` inside the block), only in a module's
   * translation: it prints marked as an unofficial translation, never as the source's words.
   */
  translation?: string;
}

/** A quote from a translation, verified at its excerpt's locator. */
export interface ParallelQuote {
  sourceId: string;
  /** The quote exactly as written in the file. */
  quote: string;
}

export interface TrainerNode {
  kind: "trainer";
  body: string;
}

export interface AudienceNode {
  kind: "audience";
  audiences: Audience[];
  body: string;
}

export interface ExerciseNode {
  kind: "exercise";
  title: string;
  minutes: number;
  /** The body with its `Scenario:`, `Steps:` and `Good answer:` parts. */
  body: string;
}

export interface ListNode {
  /** `check`: what the trainer must confirm against current law and practice before teaching (trainer guide only). */
  kind: "checklist" | "discussion" | "keypoints" | "check";
  /** Checklists have a title; the other lists do not. */
  title?: string;
  body: string;
}

/** Numbered questions, each with an indented `Answer:` line (answers in the trainer guide only). */
export interface QuizNode {
  kind: "quiz";
  body: string;
}

export type BlockNode = ExcerptNode | TrainerNode | AudienceNode | ExerciseNode | ListNode | QuizNode;
export type BodyNode = SectionNode | MarkdownNode | BlockNode;

/** A training module: its front matter and its body in order. */
export interface Module {
  meta: ModuleMeta;
  body: BodyNode[];
  /** Set when this is a module's translation (`modules/<id>.<language>.md`) put together with its original for printing. */
  translation?: TranslationInfo;
}

/** What a printed translation says about itself. */
export interface TranslationInfo {
  /** The translation's language ("ru"). */
  language: string;
  /** The original's title, for the DRAFT reason of an outdated translation. */
  originalTitle: string;
  /** Whether it was made from the original as it is now (`translated-from` is the original's fingerprint). */
  current: boolean;
}
