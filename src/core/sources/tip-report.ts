import type { Block } from "./assemble.ts";
import { isUpperCaseHeading, lineGroups } from "./line-groups.ts";
import { rawLines } from "./raw-lines.ts";

/**
 * A country narrative of the U.S. Trafficking in Persons report: hard-wrapped lines,
 * paragraphs separated by a line holding one space, upper-case section headings. Empty lines
 * are page breaks inside a paragraph, not paragraph ends.
 */
export function tipReportBlocks(raw: string): Block[] {
  const separator = (line: { raw: string }) => line.raw.length > 0 && line.raw.trim() === "";
  return lineGroups(rawLines(raw), separator).map((group) =>
    group.length === 1 && isUpperCaseHeading(group[0]!.text)
      ? { kind: "heading", level: 1, lines: [group[0]!.span] }
      : { kind: "paragraph", lines: group.map((l) => l.span) },
  );
}
