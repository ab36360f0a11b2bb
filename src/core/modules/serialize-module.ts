import { Document, isMap, isSeq } from "yaml";
import { canonicalKinds } from "../schema/caution-kinds.ts";
import type { BodyNode, ExcerptNode, Module, ModuleMeta } from "../schema/module.ts";

const KEY_ORDER: (keyof ModuleMeta)[] = ["id", "title", "summary", "version", "audiences", "topics", "minutes", "objectives", "review"];

/** Writes a module in the canonical file form: `parseModule(serializeModule(m))` gives `m` back. */
export function serializeModule(module: Module): string {
  return `---\n${frontMatter(module.meta)}---\n${module.body.map(serializeNode).join("")}`;
}

function frontMatter(meta: ModuleMeta): string {
  const ordered = Object.fromEntries(KEY_ORDER.filter((k) => meta[k] !== undefined).map((k) => [k, meta[k]]));
  const doc = new Document(ordered);
  // Short lists read best inline: audiences: [police, judicial].
  for (const key of ["audiences", "topics"]) {
    const node = doc.get(key, true);
    if (isSeq(node)) node.flow = true;
  }
  const review = doc.get("review", true);
  if (isMap(review) && review.items.length === 1) review.flow = true;
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

function serializeNode(node: BodyNode): string {
  switch (node.kind) {
    case "section":
      return `## ${node.title}\n`;
    case "markdown":
      return node.text;
    case "excerpt":
      return fence(`excerpt ${node.sourceId} "${node.locator}"${acknowledged(node)}`, node.quote + parallelLines(node));
    case "audience":
      return fence(`audience ${node.audiences.join(" ")}`, node.body);
    case "exercise":
      return fence(`exercise ${node.title} | ${node.minutes}`, node.body);
    case "checklist":
      return fence(`checklist ${node.title ?? ""}`.trimEnd(), node.body);
    case "discussion":
    case "keypoints":
    case "check":
    case "quiz":
    case "trainer":
      return fence(node.kind, node.body);
  }
}

/** ` acknowledge=attribution,older-data`, kinds in their canonical order; "" when none. */
function acknowledged(node: ExcerptNode): string {
  const kinds = canonicalKinds(node.acknowledge ?? []);
  return kinds.length > 0 ? ` acknowledge=${kinds.join(",")}` : "";
}

/** The `:::parallel <source-id>` line and the translation's words, or the `:::translation` line and the translator's; "" when there is neither. */
function parallelLines(node: ExcerptNode): string {
  if (node.parallel) return `\n:::parallel ${node.parallel.sourceId}\n${node.parallel.quote}`;
  return node.translation !== undefined ? `\n:::translation\n${node.translation}` : "";
}

function fence(opener: string, body: string): string {
  return `:::${opener}\n${body ? body + "\n" : ""}:::\n`;
}
