import { expect, test } from "vitest";
import { frontMatterComments } from "../../../src/core/modules/front-matter-comments.ts";

test("finds every comment of the front matter with its file line, at any depth, and nothing in the body", () => {
  const file = [
    "---",
    "id: a # the id is fixed",
    "title: 'A # in quotes is text'",
    "# Reviewer: do not approve before the legal check.",
    "objectives:",
    "  - Explain # why",
    "summary: |",
    "  # a block scalar's line is text",
    "review: {status: draft}",
    "---",
    "## Section",
    "# a Markdown heading, not YAML",
    "",
  ].join("\n");
  expect(frontMatterComments(file)).toEqual([
    { line: 2, text: "# the id is fixed" },
    { line: 4, text: "# Reviewer: do not approve before the legal check." },
    { line: 6, text: "# why" },
  ]);
});

test("a file without comments, or without front matter, has none", () => {
  expect(frontMatterComments("---\nid: a\ntitle: 'x#y'\n---\n# heading\n")).toEqual([]);
  expect(frontMatterComments("# no front matter\n")).toEqual([]);
});
