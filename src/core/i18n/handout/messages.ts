// The handouts' own words (cover labels, "Contents", "Page 3 of 24", box labels, DRAFT reasons …) in each
// language a handout prints in. This catalogue is the handouts'; the workbench's screens use the XLIFF one
// (src/locales/xliff, through @lit/localize), which the core cannot import: it is built without Lit.
// Each language is one complete object of this interface, so a word left out of a catalogue does not compile.
import type { Edition } from "../../schema/edition.ts";
import type { Audience, REVIEW_STATUSES } from "../../schema/module.ts";
import type { UiLanguage } from "../languages.ts";

export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export interface HandoutWords {
  /** The language's code: the PDF's /Lang and the locale of its dates and plurals. */
  readonly code: UiLanguage;
  /** Set to true once a native speaker has read the whole catalogue; until then the cover says so. */
  readonly reviewedByNativeSpeaker: boolean;
  /** Printed small on the cover while `reviewedByNativeSpeaker` is false. */
  readonly unreviewedTranslation: string;

  /** Quoted words, in the language's quotation marks. */
  quoted(text: string): string;
  /** A YYYY, YYYY-MM or YYYY-MM-DD date as the language writes it. */
  date(iso: string): string;
  /** "Page 3 of 24". */
  pageOf(page: number, pages: number): string;

  readonly editions: Readonly<Record<Edition, string>>;
  /** Each audience as it follows "for" (`forAudiences`). */
  readonly audiences: Readonly<Record<Audience, string>>;
  /** "for police", "for police and social workers". */
  forAudiences(names: readonly string[]): string;
  /** The PDF's keywords besides the audience and the modules' topics. */
  readonly keywords: readonly string[];

  // The cover.
  readonly draftWatermark: string;
  readonly draftNotice: string;
  readonly dateLabel: string;
  readonly placeLabel: string;
  readonly trainerLabel: string;
  readonly organisationLabel: string;
  readonly sourcesQuotedLabel: string;
  /** "2012–2016 (publication dates in the catalog of the 3 sources quoted; …)". */
  sourcesQuotedDates(range: string, sources: number): string;

  readonly contents: string;

  // The agenda.
  readonly agenda: string;
  readonly agendaTime: string;
  readonly agendaItem: string;
  readonly agendaLength: string;
  /** An agenda item's length: "45 min". */
  minutesShort(minutes: number): string;
  /** "Total 3 hours …": "Total 180 minutes, ending at 12:00." */
  agendaTotal(minutes: number, end: string): string;
  warning(text: string): string;

  // A module.
  /** "09:00–10:30 · 90 minutes in this session (module planned for 120)". */
  slotTiming(start: string, end: string, minutes: number, planned: number): string;
  readonly objectivesLead: string;
  readonly moduleSources: string;
  readonly trainerNote: string;
  readonly exercise: string;
  readonly checklist: string;
  readonly discussion: string;
  readonly checkBeforeTeaching: string;
  readonly quiz: string;
  readonly keyPoints: string;
  /** An exercise's length: "20 minutes". */
  minutes(minutes: number): string;
  readonly scenario: string;
  readonly steps: string;
  readonly goodAnswer: string;
  /** The citation under a parallel quote: "— ECPAT (2014, Russian), para. 4 (translation of [2])". */
  translationOf(cite: string, locator: string, note: number): string;
  notVerified(problem: string): string;
  readonly noVerdict: string;
  answer(text: string): string;

  // The pocket card.
  pocketCard(forAudience: string): string;

  // The citation audit.
  readonly audit: string;
  readonly auditColumns: readonly [string, string, string, string, string, string, string];
  readonly auditVerified: string;
  auditRejected(reason: string): string;
  readonly auditNoCautions: string;
  auditCaution(kind: string, acknowledged: boolean): string;
  auditSummary(excerpts: number, verified: number, cautions: number, acknowledged: number): string;
  readonly reviewStatuses: Readonly<Record<ReviewStatus, string>>;

  // Why a handout prints as a DRAFT.
  moduleNotApproved(title: string, status: ReviewStatus): string;
  moduleHasNoSummary(title: string): string;
  moduleHasNoObjectives(title: string): string;
  excerptNotVerified(module: string, sourceId: string, locator: string, problem: string): string;
  moreNotVerified(count: number): string;
  unacknowledgedCaution(module: string, locator: string, kind: string, message: string): string;
  moreUnacknowledged(count: number): string;
  permissionMissing(cite: string, quotes: number): string;
  staleReferral(name: string, checked: string, printedOn: string): string;

  // The bibliography.
  readonly bibliography: string;
  accessed(date: string): string;
  readonly permissionRequired: string;
  rights(notice: string): string;
  readonly furtherReading: string;
  readonly furtherReadingNote: string;
  checkBeforeHandingOn(text: string): string;

  // The glossary.
  readonly glossary: string;
  readonly glossaryIntro: string;
  avoid(words: readonly string[]): string;

  // The referral directory.
  readonly referrals: string;
  readonly referralColumns: readonly [string, string, string, string, string];
  /** The services a blank directory asks for, one row each ("" leaves a row to fill in). */
  readonly referralBlankRows: readonly string[];
  readonly referralsNoneOnCard: string;
  readonly referralsFillIn: string;
  notCheckedSince(date: string): string;

  // The knowledge check.
  readonly knowledgeCheck: string;
  readonly knowledgeCheckInstructions: string;
  readonly question: string;
  readonly before: string;
  readonly after: string;
  readonly nameLine: string;
  readonly dateLine: string;
  readonly noQuizQuestions: string;
  readonly knowledgeCheckAnswers: string;
  readonly knowledgeCheckAnswersIntro: string;

  // The evaluation form.
  readonly evaluation: string;
  readonly evaluationInstructions: string;
  readonly afterThisSession: string;
  readonly openQuestions: readonly string[];
  /** "Describe, with the sources, …" → "How well can you now describe, with the sources, …?" */
  howWell(objective: string): string;
}

/** The objective's words without their closing stop, first letter small: they go inside a question. */
export const objectiveInQuestion = (objective: string): string => {
  const words = objective.trim().replace(/[.!?]+$/, "");
  return `${words.charAt(0).toLowerCase()}${words.slice(1)}`;
};
