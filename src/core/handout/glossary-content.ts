import type { Content } from "./pdf-document.ts";
import type { GlossaryEntry } from "../schema/glossary.ts";
import type { Module } from "../schema/module.ts";
import type { HandoutWords } from "../i18n/handout/messages.ts";

/** Every word a module prints or says to the trainer: its front matter's text and each block's text. */
function moduleText(module: Module): string {
  const texts = [module.meta.title, module.meta.summary, ...module.meta.objectives];
  // Every string field of every node, so a block kind added later is searched too.
  for (const node of module.body) for (const v of Object.values(node)) if (typeof v === "string") texts.push(v);
  return texts.join("\n").replace(/\s+/g, " ");
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The glossary entries the modules use (the term or one of its match words, as whole words), in glossary order. */
export function glossaryTerms(entries: readonly GlossaryEntry[], modules: readonly Module[]): GlossaryEntry[] {
  const text = modules.map(moduleText).join("\n");
  return entries.filter((e) =>
    [e.term, ...(e.match ?? [])].some((w) =>
      new RegExp(`(?<![\\p{L}\\p{N}])${escape(w).replace(/ /g, "\\s+")}(?![\\p{L}\\p{N}])`, "iu").test(text),
    ),
  );
}

/** The glossary appendix: each term, its definition and the words to avoid. */
export function glossaryContent(terms: readonly GlossaryEntry[], words: HandoutWords): Content[] {
  if (terms.length === 0) return [];
  return [
    { text: words.glossary, style: "h1", tocItem: true, headlineLevel: 1, pageBreak: "before" },
    {
      text: words.glossaryIntro,
      style: "small",
      margin: [0, 0, 0, 8],
    },
    ...terms.map((t): Content => ({
      stack: [
        { text: t.term, style: "subheading", margin: [0, 4, 0, 1] },
        { text: t.definition.replace(/\s+/g, " "), style: "body", margin: [0, 0, 0, 2] },
        ...(t.avoid?.length ? [{ text: words.avoid(t.avoid), style: "small" }] : []),
      ],
      margin: [0, 0, 0, 6],
      unbreakable: true,
    })),
  ];
}
