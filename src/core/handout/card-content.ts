import type { Content } from "./pdf-document.ts";
import type { Module } from "../schema/module.ts";
import type { AssembledSession } from "../sessions/assemble-session.ts";
import { checklistItems, listItems } from "./module-content.ts";
import type { HandoutWords } from "../i18n/handout/messages.ts";

/** The pocket card: each module's key points and checklists, for the session's audience, in two columns. */
export function cardContent(session: AssembledSession, modules: Module[], words: HandoutWords): Content[] {
  const s = session.session;
  const blocks: Content[] = [];
  for (const m of modules) {
    const parts: Content[] = [];
    for (const node of m.body) {
      if (node.kind === "keypoints") parts.push({ ul: listItems(node.body), style: "list" });
      if (node.kind === "checklist") parts.push(...withFirst({ text: node.title ?? "", style: "minorheading" }, checklistItems(node.body)));
    }
    if (parts.length > 0)
      blocks.push({ stack: withFirst({ text: m.meta.title, style: "subheading", margin: [0, 0, 0, 2] }, parts), margin: [0, 0, 0, 8] });
  }
  return [
    { text: s.title, style: "h2", margin: [0, 0, 0, 0] },
    { text: words.pocketCard(words.forAudiences([words.audiences[s.audience]])), style: "small", margin: [0, 0, 0, 8] },
    { columns: [{ stack: blocks.filter((_, i) => i % 2 === 0) }, { stack: blocks.filter((_, i) => i % 2 === 1) }], columnGap: 14 },
  ];
}

/** A heading kept with the first thing under it, so that a column or page never ends on a heading. */
function withFirst(heading: Content, rest: Content[]): Content[] {
  const [first, ...others] = rest;
  return first === undefined ? [heading] : [{ stack: [heading, first], unbreakable: true }, ...others];
}
