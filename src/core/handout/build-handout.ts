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
import { AUDIENCE_NAMES, moduleContent, type PrintedLanguages } from "./module-content.ts";
import { bibliographyEntry, quotedSourcesDates } from "./references.ts";
import { longDate } from "../text/calendar-date.ts";
import { nounFor, plural } from "../text/plural.ts";
import { isWebUrl } from "../text/web-url.ts";
import { glossaryContent, glossaryTerms } from "./glossary-content.ts";
import { permissionReasons } from "./permission-reasons.ts";
import { referralContent, staleReferralReasons } from "./referral-content.ts";
import { furtherReadingReference } from "./references.ts";
import { EMPTY_KIT, type TrainingKit } from "./training-kit.ts";
import type { FurtherReadingEntry } from "../schema/further-reading.ts";

export const EDITIONS = ["participant", "trainer", "card", "audit", "knowledge-check", "evaluation"] as const;
export type Edition = (typeof EDITIONS)[number];

export const EDITION_NAMES: Record<Edition, string> = {
  participant: "Participant handout",
  trainer: "Trainer guide",
  card: "Pocket card",
  audit: "Citation audit",
  "knowledge-check": "Knowledge check",
  evaluation: "Evaluation form",
};

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
  const draftReasons = editionDraftReasons(edition, modules, excerpts, kit, printedOn);
  const title = s.title;
  const fill = (pattern: string) =>
    pattern
      .replaceAll("{organisation}", s.organisation)
      .replaceAll("{title}", title)
      .replaceAll("{audience}", `for ${AUDIENCE_NAMES[s.audience]}`)
      .replaceAll("{edition}", EDITION_NAMES[edition])
      .replaceAll("{date}", longDate(s.date));

  let content: Content[];
  const quoted = req.sources.filter((src) => excerpts.some((e) => e.source === src));
  if (edition === "card") content = [...cardContent(session, modules), ...referralContent(kit.referrals, printedOn, true)];
  else if (edition === "knowledge-check") content = knowledgeCheckContent(session);
  else if (edition === "evaluation") content = evaluationContent(session);
  else if (edition === "audit") content = [cover(req, draftReasons), ...auditContent(excerpts)];
  else {
    content = [
      cover(req, draftReasons, quotedSourcesDates(quoted)),
      toc(),
      agenda(session, reader === "trainer"),
      ...session.slots.flatMap((slot) =>
        slot.kind === "module"
          ? moduleContent(moduleFor(slot.module, s.audience, reader), {
              template,
              trainer: reader === "trainer",
              checked,
              slot,
              ...(req.languages ? { languages: req.languages } : {}),
            })
          : [],
      ),
    ];
    if (reader === "trainer") content.push(...knowledgeCheckAnswers(session));
    content.push(...glossaryContent(glossaryTerms(kit.glossary, modules)));
    if (reader === "participant") content.push(...referralContent(kit.referrals, printedOn));
    const ids = new Set(modules.map((mo) => mo.meta.id));
    const reading = kit.furtherReading.filter((f) => f.modules.some((id) => ids.has(id)));
    content.push(...bibliography(quoted, reading, reader === "trainer"));
  }

  const paper = req.paper ?? template.paper;
  const m = template.margins;
  const definition: PdfDocument = {
    pageSize: paper === "letter" ? "LETTER" : "A4",
    pageOrientation: edition === "audit" ? "landscape" : "portrait",
    pageMargins: [m.left * MM, m.top * MM, m.right * MM, m.bottom * MM],
    info: {
      title: `${title} — ${EDITION_NAMES[edition]}`,
      author: `${s.trainer}, ${s.organisation}`,
      subject: `${EDITION_NAMES[edition]} for ${AUDIENCE_NAMES[s.audience]}: ${title}`,
      keywords: [...new Set([s.audience, ...modules.flatMap((mo) => mo.meta.topics), "child protection", "trafficking"])].join(", "),
      creator: "Sourcebook",
      producer: "Sourcebook (pdfmake)",
    },
    language: s.language ?? "en",
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
          text: edition === "card" ? `${s.organisation} · ${EDITION_NAMES.card} · ${longDate(s.date)}` : fill(template.footer),
          style: "running",
        },
        { text: `Page ${page} of ${pages}`, style: "running", alignment: "right", width: 90 },
      ],
      margin: [m.left * MM, 8 * MM, m.right * MM, 0],
    }),
    content,
    // A heading is never left alone at the foot of a page (the running header and footer do not count).
    pageBreakBefore: (node, nodes) =>
      node.headlineLevel !== undefined && nodes.getFollowingNodesOnPage().every((n) => n.style === "running"),
  };
  if (draftReasons.length > 0)
    definition.watermark = { text: "DRAFT", color: "#b00000", opacity: 0.12, bold: true, fontSize: 110, angle: -45 };
  return { definition, draftReasons, excerpts };
}

/** Why `edition` prints as a DRAFT: the modules' and excerpts' reasons, and the kit's for what the edition prints. */
export function editionDraftReasons(
  edition: Edition,
  modules: Module[],
  excerpts: CheckedExcerpt[],
  kit: TrainingKit,
  printedOn: string,
): string[] {
  return [
    ...draftReasonsOf(modules, excerpts),
    // The card and the two forms print no quotes; the directory prints in the participant handout and the card.
    ...(edition === "card" || edition === "knowledge-check" || edition === "evaluation"
      ? []
      : permissionReasons(excerpts, kit.permissions)),
    ...(edition === "participant" || edition === "card" ? staleReferralReasons(kit.referrals, printedOn) : []),
  ];
}

/** Every reason the handout is not final: unapproved or unfinished modules, excerpts not verified, cautions not acknowledged. */
export function draftReasonsOf(modules: Module[], excerpts: CheckedExcerpt[]): string[] {
  const reasons: string[] = [];
  for (const m of new Map(modules.map((mo) => [mo.meta.id, mo])).values()) {
    const status = m.meta.review.status;
    if (status !== "approved") {
      reasons.push(
        status === "changes-requested"
          ? `Module “${m.meta.title}” has changes requested, not approved.`
          : `Module “${m.meta.title}” is ${status.replace("-", " ")}, not approved.`,
      );
    }
    reasons.push(...incompleteReasons(m.meta), ...translationDraftReasons(m));
  }
  const bad = excerpts.filter((e) => !e.verified);
  for (const e of bad.slice(0, 5))
    reasons.push(
      `An excerpt of “${e.module.meta.title}” (${e.node.sourceId}, ${e.node.locator}) is not verified: ${e.problem ?? "no verdict"}`,
    );
  if (bad.length > 5) reasons.push(`…and ${bad.length - 5} more ${nounFor(bad.length - 5, "excerpt")} not verified.`);
  // An author who has looked at a caution says so in the module file (acknowledge=); until then it is a reason.
  const open = excerpts.flatMap((e) => e.cautions.filter((c) => !c.acknowledged).map((caution) => ({ e, caution })));
  for (const { e, caution } of open.slice(0, 5))
    reasons.push(
      `Module “${e.module.meta.title}”: excerpt at ${e.node.locator} has an unacknowledged caution (${caution.kind}): ${caution.message}`,
    );
  if (open.length > 5)
    reasons.push(`…and ${open.length - 5} more unacknowledged ${nounFor(open.length - 5, "caution")}; the citation audit lists them all.`);
  return reasons;
}

function cover(req: HandoutRequest, draftReasons: string[], sourcesQuoted?: string): Content {
  const s = req.session.session;
  const row = (label: string, value: string): Content[] => [
    { text: label, style: "coverLabel" },
    { text: value, style: "coverValue" },
  ];
  const stack: Content[] = [
    // The audit is landscape: its cover starts higher so the DRAFT notice stays on page 1.
    { text: s.organisation.toUpperCase(), style: "coverOrganisation", margin: [0, req.edition === "audit" ? 0 : 60, 0, 0] },
    { text: s.title, style: "coverTitle" },
    { text: `${EDITION_NAMES[req.edition]} · for ${AUDIENCE_NAMES[s.audience]}`, style: "coverEdition" },
    ...row("Date", `${longDate(s.date)}, ${s.start}–${req.session.end}`),
    ...row("Place", s.place),
    ...row("Trainer", s.trainer),
    ...row("Organisation", s.organisation),
    // Readers must see at once how old the evidence is (issue 13): the quoted sources' catalog dates.
    ...(sourcesQuoted ? row("Sources quoted", sourcesQuoted) : []),
  ];
  if (s.description) stack.push({ text: s.description, style: "lead", margin: [0, 18, 0, 0] });
  if (draftReasons.length > 0) {
    stack.push({
      table: {
        widths: ["*"],
        body: [
          [
            {
              stack: [
                { text: "DRAFT — not for distribution", style: "warning", fontSize: 11 },
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

function toc(): Content {
  return { toc: { title: { text: "Contents", style: "tocTitle" }, textStyle: "tocEntry", numberStyle: "tocEntry" }, pageBreak: "after" };
}

function agenda(session: AssembledSession, trainer: boolean): Content[] {
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
    { text: `${slot.minutes} min`, style: "tableCell", alignment: "right" as const },
  ]);
  const out: Content[] = [
    { text: "Agenda", style: "h1", tocItem: true, headlineLevel: 1 },
    {
      table: {
        headerRows: 1,
        widths: [70, "*", 50],
        body: [
          [
            { text: "Time", style: "tableHeader" },
            { text: "Item", style: "tableHeader" },
            { text: "Length", style: "tableHeader", alignment: "right" },
          ],
          ...rows,
        ],
      },
      layout: "lightHorizontalLines",
      margin: [0, 4, 0, 8],
    },
    { text: `Total ${plural(session.totalMinutes, "minute")}, ending at ${session.end}.`, style: "small" },
  ];
  if (trainer) for (const w of session.warnings) out.push({ text: `Warning: ${w}`, style: "warning", margin: [0, 4, 0, 0] });
  return out;
}

function bibliography(sources: readonly Source[], reading: readonly FurtherReadingEntry[], trainer: boolean): Content[] {
  const entries = sources.map(bibliographyEntry).sort((a, b) => a.reference.localeCompare(b.reference));
  return [
    { text: "Bibliography and rights", style: "h1", tocItem: true, headlineLevel: 1, pageBreak: "before" },
    ...entries.map((e): Content => ({
      stack: [
        { text: e.reference, style: "body", margin: [0, 0, 0, 1] },
        ...(e.url
          ? [
              {
                text: `${e.url}${e.accessed ? ` (accessed ${longDate(e.accessed)})` : ""}`,
                style: "small",
                ...(isWebUrl(e.url) ? { link: e.url } : {}),
              },
            ]
          : []),
        {
          text: `${e.permissionRequired ? "Permission required to reproduce. " : ""}Rights: ${e.rights}`,
          style: "small",
          margin: [0, 1, 0, 0],
        },
      ],
      margin: [0, 0, 0, 10],
      unbreakable: true,
    })),
    ...furtherReading(reading, trainer),
  ];
}

/** Standards and manuals the modules point to: cited, never quoted (the library holds no text of them). */
function furtherReading(reading: readonly FurtherReadingEntry[], trainer: boolean): Content[] {
  if (reading.length === 0) return [];
  return [
    { text: "Further reading", style: "h2", headlineLevel: 2 },
    { text: "Not quoted in this handout: the standards and manuals behind its modules.", style: "small", margin: [0, 0, 0, 6] },
    ...reading.map((f): Content => ({
      stack: [
        { text: furtherReadingReference(f), style: "body", margin: [0, 0, 0, 1] },
        ...(f.url ? [{ text: f.url, style: "small", ...(isWebUrl(f.url) ? { link: f.url } : {}) }] : []),
        ...(trainer && f.check ? [{ text: `Check before handing on: ${f.check.replace(/\s+/g, " ")}`, style: "warning" }] : []),
      ],
      margin: [0, 0, 0, 8],
      unbreakable: true,
    })),
  ];
}
