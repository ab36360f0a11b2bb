import type { Content, PdfDocument } from "./pdf-document.ts";
import { moduleFor } from "../modules/editions.ts";
import { incompleteReasons } from "../modules/incomplete-module.ts";
import { translationDraftReasons } from "../modules/translated-module.ts";
import type { HandoutTemplate } from "../schema/handout-template.ts";
import type { Module } from "../schema/module.ts";
import type { AssembledSession } from "../sessions/assemble-session.ts";
import type { Source } from "../sources/source.ts";
import { auditContent } from "./audit-content.ts";
import { cardContent } from "./card-content.ts";
import { evaluationContent } from "./evaluation-content.ts";
import { knowledgeCheckAnswers, knowledgeCheckContent } from "./knowledge-check-content.ts";
import { checkExcerpts, type CheckedExcerpt } from "./checked-excerpts.ts";
import { handoutStyles, MM } from "./handout-styles.ts";
import { moduleContent, type PrintedLanguages } from "./module-content.ts";
import { bibliographyEntry, quotedSourcesDates } from "./references.ts";
import { handoutWords, type HandoutWords } from "../i18n/handout/catalogue.ts";
import type { UiLanguage } from "../i18n/languages.ts";
import { isWebUrl } from "../text/web-url.ts";
import { glossaryContent, glossaryTerms } from "./glossary-content.ts";
import { permissionReasons } from "./permission-reasons.ts";
import { referralContent, staleReferralReasons } from "./referral-content.ts";
import { furtherReadingReference } from "./references.ts";
import { EMPTY_KIT, type TrainingKit } from "./training-kit.ts";
import type { FurtherReadingEntry } from "../schema/further-reading.ts";

export { EDITIONS, type Edition } from "../schema/edition.ts";
import type { Edition } from "../schema/edition.ts";

/** One- or two-page forms handed to participants: no cover, contents or bibliography. */
const FORMS: readonly Edition[] = ["knowledge-check", "evaluation"];

export interface HandoutRequest {
  session: AssembledSession;
  template: HandoutTemplate;
  edition: Edition;
  /** The library, to verify every excerpt and cite it. */
  sources: readonly Source[];
  /** Overrides the template's paper. */
  paper?: "a4" | "letter";
  /** The glossary, referral directory, permissions and further reading; none when absent. */
  kit?: TrainingKit;
  /** The day it is printed (YYYY-MM-DD), for the referral directory's 12 months; the session's date when absent. */
  printedOn?: string;
  /** Which words of an excerpt with a parallel quote to print: `both`, or a language (default: the excerpt's own). */
  languages?: PrintedLanguages;
  /**
   * The language of the words the handout prints itself (labels, headings, DRAFT reasons, dates; default English),
   * and the PDF's /Lang. The modules' own text is printed as it is given: a translated module is passed in translated.
   */
  language?: UiLanguage;
}

export interface Handout {
  definition: PdfDocument;
  /** Why the handout prints as a DRAFT; empty when it does not. */
  draftReasons: string[];
  excerpts: CheckedExcerpt[];
}

/** (session, template, edition) → a pdfmake document definition. Pure: no I/O, no fonts. */
export function buildHandout(req: HandoutRequest): Handout {
  const { session, template, edition } = req;
  const s = session.session;
  const reader = edition === "participant" ? "participant" : "trainer";
  const modules = session.slots.flatMap((slot) => (slot.kind === "module" ? [slot.module] : []));
  const checked = checkExcerpts(modules, req.sources);
  const excerpts = [...checked.values()];
  const kit = req.kit ?? EMPTY_KIT;
  const printedOn = req.printedOn ?? s.date;
  const words = handoutWords(req.language);
  const draftReasons = editionDraftReasons(edition, modules, excerpts, kit, printedOn, words);
  const title = s.title;
  const editionName = words.editions[edition];
  const forAudience = words.forAudiences([words.audiences[s.audience]]);
  const fill = (pattern: string) =>
    pattern
      .replaceAll("{organisation}", s.organisation)
      .replaceAll("{title}", title)
      .replaceAll("{audience}", forAudience)
      .replaceAll("{edition}", editionName)
      .replaceAll("{date}", words.date(s.date));

  let content: Content[];
  const quoted = req.sources.filter((src) => excerpts.some((e) => e.source === src));
  if (edition === "card") content = [...cardContent(session, modules, words), ...referralContent(kit.referrals, printedOn, words, true)];
  else if (edition === "knowledge-check") content = knowledgeCheckContent(session, words);
  else if (edition === "evaluation") content = evaluationContent(session, words);
  else if (edition === "audit") content = [cover(req, draftReasons, words), ...auditContent(excerpts, words)];
  else {
    content = [
      cover(req, draftReasons, words, quotedSourcesDates(quoted, words)),
      toc(words),
      agenda(session, reader === "trainer", words),
      ...session.slots.flatMap((slot) =>
        slot.kind === "module"
          ? moduleContent(moduleFor(slot.module, s.audience, reader), {
              template,
              trainer: reader === "trainer",
              checked,
              slot,
              words,
              ...(req.languages ? { languages: req.languages } : {}),
            })
          : [],
      ),
    ];
    if (reader === "trainer") content.push(...knowledgeCheckAnswers(session, words));
    content.push(...glossaryContent(glossaryTerms(kit.glossary, modules), words));
    if (reader === "participant") content.push(...referralContent(kit.referrals, printedOn, words));
    const ids = new Set(modules.map((mo) => mo.meta.id));
    const reading = kit.furtherReading.filter((f) => f.modules.some((id) => ids.has(id)));
    content.push(...bibliography(quoted, reading, reader === "trainer", words));
  }

  const paper = req.paper ?? template.paper;
  const m = template.margins;
  const definition: PdfDocument = {
    pageSize: paper === "letter" ? "LETTER" : "A4",
    pageOrientation: edition === "audit" ? "landscape" : "portrait",
    pageMargins: [m.left * MM, m.top * MM, m.right * MM, m.bottom * MM],
    info: {
      title: `${title} — ${editionName}`,
      author: `${s.trainer}, ${s.organisation}`,
      subject: `${editionName} ${forAudience}: ${title}`,
      keywords: [...new Set([s.audience, ...modules.flatMap((mo) => mo.meta.topics), ...words.keywords])].join(", "),
      creator: "Sourcebook",
      producer: "Sourcebook (pdfmake)",
    },
    // A handout asked for in a language is in it; else in the language the session declares its modules in.
    language: req.language ?? s.language ?? "en",
    defaultStyle: { font: "Roboto", fontSize: edition === "card" ? 8.5 : 10.5, color: template.colours.text },
    styles: handoutStyles(template, edition === "card"),
    header: (page) =>
      page === 1 || edition === "card" || FORMS.includes(edition)
        ? ""
        : { text: fill(template.header), style: "running", margin: [m.left * MM, 9 * MM, m.right * MM, 0] },
    footer: (page, pages) => ({
      style: "running",
      columns: [
        {
          text: edition === "card" ? `${s.organisation} · ${editionName} · ${words.date(s.date)}` : fill(template.footer),
          style: "running",
        },
        { text: words.pageOf(page, pages), style: "running", alignment: "right", width: 90 },
      ],
      margin: [m.left * MM, 8 * MM, m.right * MM, 0],
    }),
    content,
    // A heading is never left alone at the foot of a page (the running header and footer do not count).
    pageBreakBefore: (node, nodes) =>
      node.headlineLevel !== undefined && nodes.getFollowingNodesOnPage().every((n) => n.style === "running"),
  };
  if (draftReasons.length > 0)
    definition.watermark = {
      text: words.draftWatermark,
      color: "#b00000",
      opacity: 0.12,
      bold: true,
      // 110 pt fits the five letters of DRAFT across the page; a longer word ("ЧЕРНОВИК") is set smaller to fit too.
      fontSize: Math.min(110, Math.round((110 * 5) / words.draftWatermark.length)),
      angle: -45,
    };
  return { definition, draftReasons, excerpts };
}

/** Why `edition` prints as a DRAFT: the modules' and excerpts' reasons, and the kit's for what the edition prints. */
export function editionDraftReasons(
  edition: Edition,
  modules: Module[],
  excerpts: CheckedExcerpt[],
  kit: TrainingKit,
  printedOn: string,
  words: HandoutWords = handoutWords(),
): string[] {
  return [
    ...draftReasonsOf(modules, excerpts, words),
    // The card and the two forms print no quotes; the directory prints in the participant handout and the card.
    ...(edition === "card" || edition === "knowledge-check" || edition === "evaluation"
      ? []
      : permissionReasons(excerpts, kit.permissions, words)),
    ...(edition === "participant" || edition === "card" ? staleReferralReasons(kit.referrals, printedOn, words) : []),
  ];
}

/** Every reason the handout is not final: unapproved or unfinished modules, excerpts not verified, cautions not acknowledged. */
export function draftReasonsOf(modules: Module[], excerpts: CheckedExcerpt[], words: HandoutWords = handoutWords()): string[] {
  const reasons: string[] = [];
  for (const m of new Map(modules.map((mo) => [mo.meta.id, mo])).values()) {
    const status = m.meta.review.status;
    if (status !== "approved") reasons.push(words.moduleNotApproved(m.meta.title, status));
    reasons.push(...incompleteReasons(m.meta, words), ...translationDraftReasons(m));
  }
  const bad = excerpts.filter((e) => !e.verified);
  for (const e of bad.slice(0, 5))
    reasons.push(words.excerptNotVerified(e.module.meta.title, e.node.sourceId, e.node.locator, e.problem ?? words.noVerdict));
  if (bad.length > 5) reasons.push(words.moreNotVerified(bad.length - 5));
  // An author who has looked at a caution says so in the module file (acknowledge=); until then it is a reason.
  const open = excerpts.flatMap((e) => e.cautions.filter((c) => !c.acknowledged).map((caution) => ({ e, caution })));
  for (const { e, caution } of open.slice(0, 5))
    reasons.push(words.unacknowledgedCaution(e.module.meta.title, e.node.locator, caution.kind, caution.message));
  if (open.length > 5) reasons.push(words.moreUnacknowledged(open.length - 5));
  return reasons;
}

function cover(req: HandoutRequest, draftReasons: string[], words: HandoutWords, sourcesQuoted?: string): Content {
  const s = req.session.session;
  const row = (label: string, value: string): Content[] => [
    { text: label, style: "coverLabel" },
    { text: value, style: "coverValue" },
  ];
  const stack: Content[] = [
    // The audit is landscape: its cover starts higher so the DRAFT notice stays on page 1.
    { text: s.organisation.toUpperCase(), style: "coverOrganisation", margin: [0, req.edition === "audit" ? 0 : 60, 0, 0] },
    { text: s.title, style: "coverTitle" },
    { text: `${words.editions[req.edition]} · ${words.forAudiences([words.audiences[s.audience]])}`, style: "coverEdition" },
    ...row(words.dateLabel, `${words.date(s.date)}, ${s.start}–${req.session.end}`),
    ...row(words.placeLabel, s.place),
    ...row(words.trainerLabel, s.trainer),
    ...row(words.organisationLabel, s.organisation),
    // Readers must see at once how old the evidence is (issue 13): the quoted sources' catalog dates.
    ...(sourcesQuoted ? row(words.sourcesQuotedLabel, sourcesQuoted) : []),
  ];
  // Said until a native speaker has read the catalogue; an English handout says nothing.
  if (!words.reviewedByNativeSpeaker) stack.push({ text: words.unreviewedTranslation, style: "small", margin: [0, 12, 0, 0] });
  if (s.description) stack.push({ text: s.description, style: "lead", margin: [0, 18, 0, 0] });
  if (draftReasons.length > 0) {
    stack.push({
      table: {
        widths: ["*"],
        body: [
          [
            {
              stack: [
                { text: words.draftNotice, style: "warning", fontSize: 11 },
                {
                  ul: [...draftReasons] /* pdfmake rewrites list items in place; the caller keeps strings */,
                  style: "small",
                  margin: [0, 4, 0, 0],
                },
              ],
              margin: [8, 6, 8, 6],
            },
          ],
        ],
      },
      layout: { hLineColor: () => "#a11d1d", vLineColor: () => "#a11d1d" },
      margin: [0, req.edition === "audit" ? 12 : 24, 0, 0],
      unbreakable: true,
    });
  }
  return { stack, pageBreak: "after" };
}

function toc(words: HandoutWords): Content {
  return {
    toc: { title: { text: words.contents, style: "tocTitle" }, textStyle: "tocEntry", numberStyle: "tocEntry" },
    pageBreak: "after",
  };
}

function agenda(session: AssembledSession, trainer: boolean, words: HandoutWords): Content[] {
  const rows = session.slots.map((slot): Content[] => [
    { text: `${slot.start}–${slot.end}`, style: "tableCell" },
    {
      text:
        slot.kind === "module"
          ? slot.module.meta.title + (slot.item.sections ? ` (${slot.item.sections.join("; ")})` : "")
          : slot.item.break,
      style: "tableCell",
      italics: slot.kind === "break",
    },
    { text: words.minutesShort(slot.minutes), style: "tableCell", alignment: "right" as const },
  ]);
  const out: Content[] = [
    { text: words.agenda, style: "h1", tocItem: true, headlineLevel: 1 },
    {
      table: {
        headerRows: 1,
        widths: [70, "*", 50],
        body: [
          [
            { text: words.agendaTime, style: "tableHeader" },
            { text: words.agendaItem, style: "tableHeader" },
            { text: words.agendaLength, style: "tableHeader", alignment: "right" },
          ],
          ...rows,
        ],
      },
      layout: "lightHorizontalLines",
      margin: [0, 4, 0, 8],
    },
    { text: words.agendaTotal(session.totalMinutes, session.end), style: "small" },
  ];
  if (trainer) for (const w of session.warnings) out.push({ text: words.warning(w), style: "warning", margin: [0, 4, 0, 0] });
  return out;
}

function bibliography(
  sources: readonly Source[],
  reading: readonly FurtherReadingEntry[],
  trainer: boolean,
  words: HandoutWords,
): Content[] {
  const entries = sources.map(bibliographyEntry).sort((a, b) => a.reference.localeCompare(b.reference));
  return [
    { text: words.bibliography, style: "h1", tocItem: true, headlineLevel: 1, pageBreak: "before" },
    ...entries.map((e): Content => ({
      stack: [
        { text: e.reference, style: "body", margin: [0, 0, 0, 1] },
        ...(e.url
          ? [
              {
                text: `${e.url}${e.accessed ? words.accessed(words.date(e.accessed)) : ""}`,
                style: "small",
                ...(isWebUrl(e.url) ? { link: e.url } : {}),
              },
            ]
          : []),
        {
          text: `${e.permissionRequired ? words.permissionRequired : ""}${words.rights(e.rights)}`,
          style: "small",
          margin: [0, 1, 0, 0],
        },
      ],
      margin: [0, 0, 0, 10],
      unbreakable: true,
    })),
    ...furtherReading(reading, trainer, words),
  ];
}

/** Standards and manuals the modules point to: cited, never quoted (the library holds no text of them). */
function furtherReading(reading: readonly FurtherReadingEntry[], trainer: boolean, words: HandoutWords): Content[] {
  if (reading.length === 0) return [];
  return [
    { text: words.furtherReading, style: "h2", headlineLevel: 2 },
    { text: words.furtherReadingNote, style: "small", margin: [0, 0, 0, 6] },
    ...reading.map((f): Content => ({
      stack: [
        { text: furtherReadingReference(f), style: "body", margin: [0, 0, 0, 1] },
        ...(f.url ? [{ text: f.url, style: "small", ...(isWebUrl(f.url) ? { link: f.url } : {}) }] : []),
        ...(trainer && f.check ? [{ text: words.checkBeforeHandingOn(f.check.replace(/\s+/g, " ")), style: "warning" }] : []),
      ],
      margin: [0, 0, 0, 8],
      unbreakable: true,
    })),
  ];
}
