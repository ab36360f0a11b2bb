import { describe, expect, test } from "vitest";
import { indexAt, isSpacer, outlineOf, placeOf, stepPlace } from "../../../src/core/modules/module-outline.ts";
import { parseModule } from "../../../src/core/modules/parse-module.ts";
import { sample } from "./sample-module.ts";

describe("the editor's outline of a module", () => {
  test("groups the cards under their sections, in order, and leaves out the blank lines between blocks", () => {
    const module = sample();
    const outline = outlineOf(module);
    expect(outline.intro).toEqual([]);
    expect(outline.sections.map((s) => [s.title, s.cards.map((c) => c.node.kind)])).toEqual([
      ["What the reports found", ["markdown", "excerpt", "trainer"]],
      ["What to do", ["checklist", "keypoints"]],
    ]);
    // Each card and section knows where its node is in the body.
    for (const s of outline.sections) {
      expect(module.body[s.index]).toEqual({ kind: "section", title: s.title });
      for (const c of s.cards) expect(module.body[c.index]).toBe(c.node);
    }
    const spacers = module.body.filter(isSpacer);
    expect(spacers.length).toBeGreaterThan(0);
    expect(outline.sections.flatMap((s) => s.cards).some((c) => isSpacer(c.node))).toBe(false);
  });

  test("text before the first heading is the opening, not a section", () => {
    const text = "---\nid: x\ntitle: X\nsummary: X\nversion: 1\naudiences: [police]\ntopics: []\nminutes: 5\nobjectives: [X]\nreview: {status: draft}\n---\n\nAn opening note.\n\n## One\n\n:::trainer\nT\n:::\n";
    const outline = outlineOf(parseModule(text, "x.md").module!);
    expect(outline.intro.map((c) => c.node)).toEqual([{ kind: "markdown", text: "\nAn opening note.\n\n" }]);
    expect(outline.sections.map((s) => s.cards.map((c) => c.node.kind))).toEqual([["trainer"]]);
  });

  test("a card's place and a place's card agree", () => {
    const outline = outlineOf(sample());
    const trainer = outline.sections[0]!.cards[2]!;
    expect(placeOf(outline, trainer.index)).toEqual({ section: 0, card: 2 });
    expect(indexAt(outline, { section: 0, card: 2 })).toBe(trainer.index);
    expect(placeOf(outline, outline.sections[1]!.index)).toBeUndefined(); // a heading is not a card
    expect(indexAt(outline, { section: 1, card: 2 })).toBeUndefined();
  });

  test("one step up or down passes the neighbour, and at a section's end crosses into the next section", () => {
    const outline = outlineOf(sample());
    expect(stepPlace(outline, { section: 0, card: 2 }, -1)).toEqual({ section: 0, card: 1 });
    // Down from the last card of section 1: the first place of section 2.
    expect(stepPlace(outline, { section: 0, card: 2 }, 1)).toEqual({ section: 1, card: 0 });
    // Up from the first card of section 2: the end of section 1 (after its three cards).
    expect(stepPlace(outline, { section: 1, card: 0 }, -1)).toEqual({ section: 0, card: 3 });
    expect(stepPlace(outline, { section: 0, card: 0 }, -1)).toBeUndefined();
    expect(stepPlace(outline, { section: 1, card: 1 }, 1)).toBeUndefined();
  });
});
