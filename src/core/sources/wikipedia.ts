import type { Block } from "./assemble.ts";
import { lineGroups } from "./line-groups.ts";
import { rawLines } from "./raw-lines.ts";

/** A Wikipedia article as wikitext-ish plain text: `= Title =`, `==Section==`, `- ` list items. */
export function wikipediaBlocks(raw: string): Block[] {
  const blocks: Block[] = [];
  for (const group of lineGroups(rawLines(raw), (l) => l.text === "")) {
    for (const line of group) {
      const h = /^(=+)\s*(.*?)\s*\1$/.exec(line.text);
      if (h) {
        const inner = line.span.start + line.text.indexOf(h[2]!);
        // The article title (one "=") is shown but is not a section of the locator path.
        blocks.push({ kind: "heading", level: h[1]!.length - 1, lines: [{ start: inner, end: inner + h[2]!.length }] });
      } else if (line.text.startsWith("- ")) {
        blocks.push({ kind: "list-item", lines: [{ start: line.span.start + 2, end: line.span.end }] });
      } else {
        const last = blocks[blocks.length - 1];
        if (last && last.kind === "paragraph" && group.indexOf(line) > 0) last.lines.push(line.span);
        else blocks.push({ kind: "paragraph", lines: [line.span] });
      }
    }
  }
  return blocks;
}
