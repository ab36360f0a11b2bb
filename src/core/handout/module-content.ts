import type { Content, TableContent, TextContent } from "./pdf-document.ts";
import { exerciseParts } from "../modules/exercise.ts";
import { quizItems } from "../modules/quiz.ts";
import type { BodyNode, ExcerptNode, Module } from "../schema/module.ts";
import type { HandoutTemplate } from "../schema/handout-template.ts";
import type { CheckedExcerpt } from "./checked-excerpts.ts";
import { markdownContent } from "./markdown-content.ts";
import { printedCitation } from "./printed-citation.ts";
import { translationMarks } from "./translation-mark.ts";

import type { HandoutWords } from "../i18n/handout/messages.ts";

interface ModuleContext {
  template: HandoutTemplate;
  trainer: boolean;
  checked: ReadonlyMap<unknown, CheckedExcerpt>;
  /** Where this module sits in the day, for the trainer guide. */
  slot?: { start: string; end: string; minutes: number };
  /** The words the handout prints itself. */
  words: HandoutWords;
  /** Which words of an excerpt with a parallel quote to print (default: the excerpt's own; a translation's language for a translation). */
  languages?: PrintedLanguages;
  /** A translation's language, for the marks on a translator's rendering of a quote. */
  translatedInto?: string;
}

/** `both`, or one language code ("en", "ru"): an excerpt prints in it when it has words in it. */
export type PrintedLanguages = "both" | (string & {});

/** One module as printed: heading, objectives, its sections and blocks, then its sources. */
export function moduleContent(module: Module, context: ModuleContext): Content[] {
  const language = module.translation?.language;
  // A translation prints its parallel quotes in its own language unless the run asks otherwise.
  const ctx = language ? { languages: language, ...context, translatedInto: language } : context;
  const notes: string[] = [];
  const out: Content[] = [{ text: module.meta.title, style: "h1", tocItem: true, headlineLevel: 1, pageBreak: "before" }];
  // An unfinished module prints without its missing parts; the DRAFT notice says what they are.
  if (module.meta.summary) out.push({ text: module.meta.summary, style: "lead" });
  if (ctx.trainer && ctx.slot) {
    out.push({
      text: ctx.words.slotTiming(ctx.slot.start, ctx.slot.end, ctx.slot.minutes, module.meta.minutes),
      style: "small",
      margin: [0, 0, 0, 8],
    });
  }
  if (module.meta.objectives.length > 0)
    out.push({ text: ctx.words.objectivesLead, style: "subheading" }, { ul: [...module.meta.objectives], style: "list" });
  for (const node of module.body) out.push(...nodeContent(node, ctx, notes));
  const sources: Content[] = [];
  if (notes.length > 0) {
    sources.push(
      { text: ctx.words.moduleSources, style: "h2", headlineLevel: 2 },
      {
        ol: notes.map((n) => ({ text: n, style: "note" })),
        style: "note",
      },
    );
  }
  return keepHeadingsWithNext([...out, ...sources]);
}

/**
 * A heading and what follows it are laid out as one unbreakable piece, so a heading never ends
 * a page (pdfmake's pageBreakBefore also guards this, but not for content it moves later).
 */
export function keepHeadingsWithNext(content: Content[]): Content[] {
  const isHeading = (c: Content | undefined): c is TextContent =>
    typeof c === "object" && !Array.isArray(c) && c.headlineLevel !== undefined;
  const out: Content[] = [];
  for (let i = 0; i < content.length; i++) {
    if (!isHeading(content[i])) {
      out.push(content[i]!);
      continue;
    }
    // A run of headings, and the first thing after them.
    let j = i;
    while (isHeading(content[j + 1])) j++;
    const group = content.slice(i, j + 2);
    if (j + 1 >= content.length || JSON.stringify(group).length > 6000) {
      out.push(...content.slice(i, j + 1));
      i = j;
      continue;
    }
    const { pageBreak, ...first } = content[i] as TextContent;
    out.push({
      stack: [first, ...group.slice(1)],
      unbreakable: true,
      ...(pageBreak ? { pageBreak } : {}),
    });
    i = j + 1;
  }
  return out;
}

function nodeContent(node: BodyNode, ctx: ModuleContext, notes: string[]): Content[] {
  const c = ctx.template.colours;
  const w = ctx.words;
  switch (node.kind) {
    case "section":
      return [{ text: node.title, style: "h2", headlineLevel: 2 }];
    case "markdown":
      return markdownContent(node.text);
    case "excerpt":
      return [excerptContent(ctx.checked.get(node), printedQuotes(ctx.checked.get(node), node, ctx), ctx, notes)];
    case "trainer":
      return [box(w.trainerNote, markdownContent(node.body), c.box, c.accent)];
    case "audience":
      return [
        box(
          w.forAudiences(node.audiences.map((a) => w.audiences[a])).toLocaleUpperCase(w.code),
          markdownContent(node.body),
          "#ffffff",
          c.accent,
        ),
      ];
    case "exercise": {
      const parts = exerciseParts(node);
      const stack: Content[] = [
        { text: node.title, style: "boxTitle" },
        { text: w.minutes(node.minutes), style: "small", margin: [0, 0, 0, 6] },
        { text: w.scenario, style: "minorheading" },
        ...markdownContent(parts.scenario),
        { text: w.steps, style: "minorheading" },
        ...markdownContent(parts.steps),
      ];
      if (ctx.trainer) stack.push({ text: w.goodAnswer, style: "minorheading" }, ...markdownContent(parts.answer));
      return [box(w.exercise, stack, c.box, c.accent)];
    }
    case "checklist":
      return [box(w.checklist, [{ text: node.title ?? "", style: "boxTitle" }, ...checklistItems(node.body)], "#ffffff", c.accent)];
    case "discussion":
      return [box(w.discussion, numberedItems(node.body), "#ffffff", c.accent)];
    case "check":
      return [box(w.checkBeforeTeaching, [{ ul: listItems(node.body), style: "list" }], c.box, c.accent)];
    case "quiz":
      return [box(w.quiz, quizContent(node.body, ctx.trainer, w), "#ffffff", c.accent)];
    case "keypoints":
      return [box(w.keyPoints, [{ ul: listItems(node.body), style: "list" }], c.box, c.accent)];
  }
}

/**
 * One printed version of an excerpt's words; `translation` names the source of a parallel quote, `unofficial`
 * marks a translator's rendering (with the original quote under it in the trainer guide).
 */
interface PrintedQuote {
  text: string;
  translation?: { shortCite: string; locator: string };
  unofficial?: { language: string; original?: string };
}

/** The excerpt's own words, its parallel quote's, or both, as `languages` asks; a translator's rendering, marked. */
function printedQuotes(checked: CheckedExcerpt | undefined, node: ExcerptNode, ctx: ModuleContext): PrintedQuote[] {
  const languages = ctx.languages;
  if (node.translation !== undefined)
    return [
      { text: node.translation, unofficial: { language: ctx.translatedInto ?? "en", ...(ctx.trainer ? { original: node.quote } : {}) } },
    ];
  const own: PrintedQuote = { text: node.quote };
  const translation = checked?.parallelSource;
  if (!node.parallel || !translation || languages === undefined) return [own];
  const parallel: PrintedQuote = {
    text: node.parallel.quote,
    translation: { shortCite: translation.entry.shortCite, locator: node.locator },
  };
  if (languages === "both") return [own, parallel];
  return languages === translation.entry.language && languages !== checked.source?.entry.language ? [parallel] : [own];
}

/** A quote as a block quote with its short citation and note number; never split across pages. */
function excerptContent(checked: CheckedExcerpt | undefined, quotes: PrintedQuote[], ctx: ModuleContext, notes: string[]): Content {
  const c = ctx.template.colours;
  const w = ctx.words;
  const { short: cite, reference } = printedCitation(checked);
  notes.push(reference);
  const stack: Content[] = quotes.flatMap((q) => [
    { text: w.quoted(q.text.replace(/\s+/g, " ").trim()), style: "quote" } as Content,
    ...(q.unofficial ? [{ text: translationMarks(q.unofficial.language).unofficial, style: "translationMark" } as Content] : []),
    q.translation
      ? { text: w.translationOf(q.translation.shortCite, q.translation.locator, notes.length), style: "citation" }
      : { text: [`— ${cite} `, { text: `[${notes.length}]`, bold: true }], style: "citation" },
    ...(q.unofficial?.original
      ? [
          {
            text: `${translationMarks(q.unofficial.language).original}: “${q.unofficial.original.replace(/\s+/g, " ").trim()}”`,
            style: "originalQuote",
          } as Content,
        ]
      : []),
  ]);
  const quote = quotes.map((q) => q.text).join(" ");
  if (checked && !checked.verified)
    stack.push({ text: w.notVerified(checked.problem ?? w.noVerdict), style: "warning", margin: [0, 3, 0, 0] });
  const table: TableContent = {
    table: { widths: ["*"], body: [[{ stack, margin: [10, 4, 4, 4] }]] },
    layout: {
      hLineWidth: () => 0,
      vLineWidth: (i) => (i === 0 ? 2.5 : 0),
      vLineColor: () => c.quote,
      paddingLeft: () => 0,
      paddingRight: () => 0,
      paddingTop: () => 0,
      paddingBottom: () => 0,
    },
    margin: [0, 4, 0, 10],
    unbreakable: quote.length < 1400,
  };
  return table;
}

/** A shaded, labelled box (trainer notes, audience notes, exercises, key points). */
function box(label: string, stack: Content[], fill: string, rule: string): Content {
  return {
    table: { widths: ["*"], body: [[{ stack: [{ text: label, style: "boxLabel" }, ...stack], fillColor: fill, margin: [8, 6, 8, 4] }]] },
    layout: {
      hLineWidth: () => 0.6,
      vLineWidth: () => 0.6,
      hLineColor: () => rule,
      vLineColor: () => rule,
      paddingLeft: () => 0,
      paddingRight: () => 0,
      paddingTop: () => 0,
      paddingBottom: () => 0,
    },
    margin: [0, 4, 0, 10],
    unbreakable: JSON.stringify(stack).length < 2500,
  };
}

export function listItems(body: string): string[] {
  const items: string[] = [];
  for (const line of body.split("\n")) {
    const m = /^\s*[-*]\s+(.*)$/.exec(line);
    if (m) items.push(m[1]!);
    else if (line.trim() && items.length > 0) items[items.length - 1] += " " + line.trim();
  }
  return items.map((i) => i.replace(/\*\*(.+?)\*\*/g, "$1"));
}

/**
 * Items numbered 1., 2., … (trainers refer to "question 2"), each number written before its item so that
 * the PDF's text reads in order when it is copied or read aloud (pdfmake draws an `ol`'s numbers last).
 */
export function numberedItems(body: string): Content[] {
  return listItems(body).map((item, i) => ({
    columns: [
      { width: 16, text: `${i + 1}.`, style: "list", margin: [0, 0, 0, 2] },
      { width: "*", text: item, style: "list", margin: [0, 0, 0, 2] },
    ],
    columnGap: 2,
  }));
}

/** A quiz's questions, numbered; in the trainer guide each with its answer below it. */
function quizContent(body: string, trainer: boolean, words: HandoutWords): Content[] {
  return quizItems(body).flatMap((item, i): Content[] => [
    {
      columns: [
        { width: 16, text: `${i + 1}.`, style: "list", margin: [0, 0, 0, 2] },
        { width: "*", text: item.question, style: "list", margin: [0, 0, 0, 2] },
      ],
      columnGap: 2,
    },
    ...(trainer && item.answer ? [{ text: words.answer(item.answer), style: "small", margin: [18, 0, 0, 4] } as Content] : []),
  ]);
}

/** Items with an empty tick box drawn before each (the font has no box glyph). */
export function checklistItems(body: string): Content[] {
  return listItems(body).map((item) => ({
    columns: [
      { width: 14, canvas: [{ type: "rect", x: 0, y: 2, w: 8, h: 8, lineWidth: 0.7, lineColor: "#555555" }] },
      { width: "*", text: item, style: "list", margin: [0, 0, 0, 2] },
    ],
    columnGap: 2,
  }));
}
