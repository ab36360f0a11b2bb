import type { Block } from "./assemble.ts";
import { isUpperCaseHeading, lineGroups } from "./line-groups.ts";
import { rawLines } from "./raw-lines.ts";

/**
 * A plain-text or Markdown document added by a user: paragraphs separated by blank lines,
 * `#` headings or short upper-case headings, `- ` / `* ` list items.
 */
export function plainTextBlocks(raw: string): Block[] {
  const blocks: Block[] = [];
  for (const group of lineGroups(rawLines(raw), (l) => l.text === "")) {
    const first = group[0]!;
    const md = /^(#{1,6})\s+(.*?)\s*#*$/.exec(first.text);
    if (group.length === 1 && md) {
      const inner = first.span.start + first.text.indexOf(md[2]!);
      blocks.push({ kind: "heading", level: md[1]!.length, lines: [{ start: inner, end: inner + md[2]!.length }] });
    } else if (group.length === 1 && isUpperCaseHeading(first.text)) {
      blocks.push({ kind: "heading", level: 1, lines: [first.span] });
    } else if (group.every((l) => /^[-*]\s/.test(l.text))) {
      for (const l of group) blocks.push({ kind: "list-item", lines: [{ start: l.span.start + 2, end: l.span.end }] });
    } else {
      blocks.push({ kind: "paragraph", lines: group.map((l) => l.span) });
    }
  }
  return blocks;
}
