import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { renameSection } from "../../../src/core/modules/module-edits.ts";
import { outlineOf } from "../../../src/core/modules/module-outline.ts";
import { appendSection, removeSection, sectionTitleProblem } from "../../../src/core/modules/outline-edits.ts";
import { runs } from "../../property-runs.ts";
import { kindsBySection, readBack, sample } from "./sample-module.ts";

describe("sections", () => {
  test("a new section goes last, empty, and the file holds it", () => {
    const module = appendSection(sample(), "Practice");
    expect(outlineOf(module).sections.map((s) => s.title)).toEqual(["What the reports found", "What to do", "Practice"]);
    expect(kindsBySection(module)).toEqual([["markdown", "excerpt", "trainer"], ["checklist", "keypoints"], []]);
    expect(readBack(module)).toEqual({ module, errors: [] });
  });

  test("removing a section removes its cards and nothing else", () => {
    const module = removeSection(sample(), 1);
    expect(kindsBySection(module)).toEqual([["markdown", "excerpt", "trainer"]]);
    expect(readBack(module)).toEqual({ module, errors: [] });
    expect(removeSection(sample(), 5)).toEqual(sample());
  });

  test.each([
    ["", "A section needs a title."],
    ["   ", "A section needs a title."],
    ["Part #", "A section title can't end with #."],
    ["Two\nlines", "A section title is one line."],
  ])("the title %j is refused: %s", (title, problem) => {
    expect(sectionTitleProblem(title)).toBe(problem);
  });

  test("a title it lets through comes back from the file as typed, on one line with single spaces (property)", () => {
    const piece = fc.oneof(fc.stringMatching(/^[A-Za-z]{1,8}$/), fc.constantFrom(" ", "#", "C#", "ң", "«Таис»", ":", "*", "`", "1."));
    const title = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(title, (typed) => {
        if (sectionTitleProblem(typed)) return;
        const module = renameSection(sample(), 0, typed);
        expect(readBack(module).module?.body).toEqual(module.body);
        expect(outlineOf(readBack(module).module!).sections[0]!.title).toBe(typed.trim().replace(/\s+/g, " "));
      }),
      runs(300),
    );
  });
});
