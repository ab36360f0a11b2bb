import { longDate } from "../../text/calendar-date.ts";
import { plural, nounFor } from "../../text/plural.ts";
import { objectiveInQuestion, type HandoutWords } from "./messages.ts";

/** The handout's own words in English: the words every handout printed before there were others. */
export const en: HandoutWords = {
  code: "en",
  reviewedByNativeSpeaker: true,
  unreviewedTranslation: "",

  quoted: (text) => `“${text}”`,
  date: longDate,
  pageOf: (page, pages) => `Page ${page} of ${pages}`,

  editions: {
    participant: "Participant handout",
    trainer: "Trainer guide",
    card: "Pocket card",
    audit: "Citation audit",
    "knowledge-check": "Knowledge check",
    evaluation: "Evaluation form",
  },
  audiences: { police: "police", judicial: "judges and prosecutors", "social-work": "social workers" },
  forAudiences: (names) => `for ${names.join(" and ")}`,
  keywords: ["child protection", "trafficking"],

  draftWatermark: "DRAFT",
  draftNotice: "DRAFT — not for distribution",
  dateLabel: "Date",
  placeLabel: "Place",
  trainerLabel: "Trainer",
  organisationLabel: "Organisation",
  sourcesQuotedLabel: "Sources quoted",
  sourcesQuotedDates: (range, sources) =>
    `${range} (publication dates in the catalog of ${sources === 1 ? "the source quoted" : `the ${sources} sources quoted`}; the data they report can be older, and the law they describe may have changed since)`,

  contents: "Contents",

  agenda: "Agenda",
  agendaTime: "Time",
  agendaItem: "Item",
  agendaLength: "Length",
  minutesShort: (minutes) => `${minutes} min`,
  agendaTotal: (minutes, end) => `Total ${plural(minutes, "minute")}, ending at ${end}.`,
  warning: (text) => `Warning: ${text}`,

  slotTiming: (start, end, minutes, planned) =>
    `${start}–${end} · ${plural(minutes, "minute")} in this session (module planned for ${planned})`,
  objectivesLead: "By the end of this module you will be able to",
  moduleSources: "Sources",
  trainerNote: "TRAINER NOTE",
  exercise: "EXERCISE",
  checklist: "CHECKLIST",
  discussion: "DISCUSSION QUESTIONS",
  checkBeforeTeaching: "CHECK BEFORE TEACHING",
  quiz: "QUIZ",
  keyPoints: "KEY POINTS",
  minutes: (minutes) => plural(minutes, "minute"),
  scenario: "Scenario",
  steps: "Steps",
  goodAnswer: "What a good answer covers (trainer only)",
  translationOf: (cite, locator, note) => `— ${cite}, ${locator} (translation of [${note}])`,
  notVerified: (problem) => `NOT VERIFIED: ${problem}`,
  noVerdict: "no verdict",
  answer: (text) => `Answer: ${text}`,

  pocketCard: (forAudience) => `Pocket card ${forAudience} · keep it with you`,

  audit: "Citation audit",
  auditColumns: ["#", "Module", "Source and locator", "Quote", "Verdict", "Cautions", "Reviewed"],
  auditVerified: "verified",
  auditRejected: (reason) => `rejected: ${reason}`,
  auditNoCautions: "none",
  auditCaution: (kind, acknowledged) => `${kind}: ${acknowledged ? "acknowledged" : "not acknowledged (DRAFT)"}`,
  auditSummary: (excerpts, verified, cautions, acknowledged) =>
    `${plural(excerpts, "excerpt")}; ${verified} verified against the library, ${excerpts - verified} not; ${
      cautions > 0 ? `${plural(cautions, "caution")} on verified words, ${acknowledged} acknowledged in the module` : "no cautions"
    }.`,
  reviewStatuses: { draft: "draft", "in-review": "in-review", approved: "approved", "changes-requested": "changes-requested" },

  moduleNotApproved: (title, status) =>
    status === "changes-requested"
      ? `Module “${title}” has changes requested, not approved.`
      : `Module “${title}” is ${status.replace("-", " ")}, not approved.`,
  moduleHasNoSummary: (title) => `Module “${title}” has no summary.`,
  moduleHasNoObjectives: (title) => `Module “${title}” has no learning objectives.`,
  excerptNotVerified: (module, sourceId, locator, problem) =>
    `An excerpt of “${module}” (${sourceId}, ${locator}) is not verified: ${problem}`,
  moreNotVerified: (count) => `…and ${count} more ${nounFor(count, "excerpt")} not verified.`,
  unacknowledgedCaution: (module, locator, kind, message) =>
    `Module “${module}”: excerpt at ${locator} has an unacknowledged caution (${kind}): ${message}`,
  moreUnacknowledged: (count) => `…and ${count} more unacknowledged ${nounFor(count, "caution")}; the citation audit lists them all.`,
  permissionMissing: (cite, quotes) =>
    `${cite} requires permission to reproduce; ${plural(quotes, "quote")}, no permission on record in sources/permissions.yaml.`,
  staleReferral: (name, checked, printedOn) =>
    `Referral directory: “${name}” was not checked since ${checked}, more than 12 months before ${printedOn}; ring it and update templates/referral-directory.yaml.`,

  bibliography: "Bibliography and rights",
  accessed: (date) => ` (accessed ${date})`,
  permissionRequired: "Permission required to reproduce. ",
  rights: (notice) => `Rights: ${notice}`,
  furtherReading: "Further reading",
  furtherReadingNote: "Not quoted in this handout: the standards and manuals behind its modules.",
  checkBeforeHandingOn: (text) => `Check before handing on: ${text}`,

  glossary: "Glossary",
  glossaryIntro:
    "The terms this session's modules use, in the sense of the Terminology Guidelines for the Protection of Children from Sexual Exploitation and Sexual Abuse (Luxembourg Guidelines, 2016).",
  avoid: (words) => `Avoid: ${words.join("; ")}.`,

  referrals: "Referral directory",
  referralColumns: ["Service", "Name", "Telephone", "Hours", "Checked"],
  referralBlankRows: ["Family and child support department", "Inspector for children's affairs", "Shelter", "Children's helpline", "", ""],
  referralsNoneOnCard:
    "No local services filled in yet: the participant handout has the table to fill in, or fill in templates/referral-directory.yaml.",
  referralsFillIn: "Fill in local services; see templates/referral-directory.yaml.",
  notCheckedSince: (date) => `not checked since ${date}`,

  knowledgeCheck: "Knowledge check",
  knowledgeCheckInstructions:
    "You answer these questions twice: in the “Before” box at the start of the session, and in the “After” box at the end. It is not a test of you: it shows the trainer what the session changed.",
  question: "Question",
  before: "Before",
  after: "After",
  nameLine: "Name: ______________________________",
  dateLine: "Date: ________________",
  noQuizQuestions: "No module in this session has quiz questions yet.",
  knowledgeCheckAnswers: "Answers to the knowledge check",
  knowledgeCheckAnswersIntro:
    "Numbered as on the participants' knowledge check. Go through them after the “After” round; the module quizzes carry the same answers.",

  evaluation: "Evaluation",
  evaluationInstructions:
    "Please do not write your name. Tick one box for each line: 1 = not at all, 2 = a little, 3 = fairly well, 4 = well, 5 = very well.",
  afterThisSession: "After this session …",
  openQuestions: [
    "What will you do differently in your work after this session?",
    "What was missing, or needed more time?",
    "Which part was least useful, and why?",
    "Anything else you want the trainer or the organisers to know?",
  ],
  howWell: (objective) => `How well can you now ${objectiveInQuestion(objective)}?`,
};
