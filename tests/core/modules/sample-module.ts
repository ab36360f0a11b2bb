import { parseModule } from "../../../src/core/modules/parse-module.ts";
import { serializeModule } from "../../../src/core/modules/serialize-module.ts";
import type { Module } from "../../../src/core/schema/module.ts";

/** The module the editor's browser tests open: two sections, a note, an excerpt, a trainer note, a checklist, key points. */
export const SAMPLE_TEXT = `---
id: sample
title: Questioning child victims
summary: What the UN report found about how child victims were questioned.
version: 1
audiences: [police, judicial]
topics: [interviewing, child-victims]
minutes: 45
objectives:
  - Describe how child victims were questioned
  - Plan a statement that protects the child
review: {status: draft}
---

## What the reports found

The UN Special Rapporteur visited Kyrgyzstan in April 2013.

:::excerpt un-hrc-25-48-add1 "para. 75"
Children are interrogated by police officers and give their statements in the same way as
adults, in public areas of police stations, with little regard for their privacy or specific
needs.
:::

:::trainer
Read the excerpt aloud, then ask who has seen this.
:::

## What to do

:::checklist Before the statement
- Take the child out of public areas.
- Ask whether the child would rather speak to a woman.
:::

:::keypoints
- A child victim is not a suspect.
:::
`;

export const sample = (): Module => parseModule(SAMPLE_TEXT, "sample.md").module!;

/** The module as its file reads back, and the problems found reading it. */
export function readBack(module: Module): { module?: Module; errors: string[] } {
  const parsed = parseModule(serializeModule(module), `${module.meta.id}.md`);
  return { module: parsed.module, errors: parsed.errors.map((e) => e.message) };
}

/** The kinds of the cards, per section, as the editor shows them. */
export function kindsBySection(module: Module): string[][] {
  const sections: string[][] = [];
  for (const node of module.body) {
    if (node.kind === "section") sections.push([]);
    else if (!(node.kind === "markdown" && node.text.trim() === "")) sections.at(-1)?.push(node.kind);
  }
  return sections;
}

/** Every block and non-blank note, in any order: what a move must keep. */
export function contentOf(module: Module): string[] {
  return module.body
    .filter((n) => !(n.kind === "markdown" && n.text.trim() === ""))
    .map((n) => (n.kind === "markdown" ? `markdown:${n.text.trim()}` : JSON.stringify(n)))
    .sort();
}
