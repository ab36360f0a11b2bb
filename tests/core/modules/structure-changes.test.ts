import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { checkNode, type CardNode } from "../../../src/core/modules/block-fields.ts";
import { outlineOf } from "../../../src/core/modules/module-outline.ts";
import { FIRST_FIELD, NEW_KINDS } from "../../../src/core/modules/new-blocks.ts";
import {
  addCard,
  deleteCard,
  deleteSection,
  dropItem,
  moveSectionTo,
  stepCard,
  type StructureChange,
} from "../../../src/core/modules/structure-changes.ts";
import type { Module } from "../../../src/core/schema/module.ts";
import { runs } from "../../property-runs.ts";
import { contentOf, kindsBySection, readBack, sample } from "./sample-module.ts";

/** The body index of the n-th card of a section. */
const cardAt = (module: Module, section: number, card: number) => outlineOf(module).sections[section]!.cards[card]!.index;

/** The changed module, checked to read back from its file exactly as it is. */
function changed(change: StructureChange): Module {
  expect(change.module, change.announcement).toBeDefined();
  expect(readBack(change.module!)).toEqual({ module: change.module, errors: [] });
  return change.module!;
}

describe("moving a card one step (Alt+Arrow)", () => {
  test("up past its neighbour: focus follows the card and the move is announced", () => {
    const module = sample();
    const change = stepCard(module, cardAt(module, 0, 2), -1);
    const moved = changed(change);
    expect(kindsBySection(moved)).toEqual([
      ["markdown", "trainer", "excerpt"],
      ["checklist", "keypoints"],
    ]);
    expect(change.announcement).toBe("Moved trainer only to 2 of 3 in section 1, “What the reports found”.");
    expect(change.focus).toEqual({ card: cardAt(moved, 0, 1), field: "handle", grab: false });
    expect(contentOf(moved)).toEqual(contentOf(module));
  });

  test("down past the end of a section: into the start of the next, keeping the field that had focus", () => {
    const module = sample();
    const change = stepCard(module, cardAt(module, 0, 2), 1, "body");
    const moved = changed(change);
    expect(kindsBySection(moved)).toEqual([
      ["markdown", "excerpt"],
      ["trainer", "checklist", "keypoints"],
    ]);
    expect(change.announcement).toBe("Moved trainer only to 1 of 3 in section 2, “What to do”.");
    expect(change.focus).toEqual({ card: cardAt(moved, 1, 0), field: "body", grab: false });
    expect(contentOf(moved)).toEqual(contentOf(module));
  });

  test("up from a section's first card: to the end of the section before", () => {
    const module = sample();
    const moved = changed(stepCard(module, cardAt(module, 1, 0), -1));
    expect(kindsBySection(moved)).toEqual([["markdown", "excerpt", "trainer", "checklist"], ["keypoints"]]);
  });

  test("at the top or the bottom nothing changes, and the trainer is told why", () => {
    const module = sample();
    expect(stepCard(module, cardAt(module, 0, 0), -1)).toEqual({ announcement: "Already at the top." });
    expect(stepCard(module, cardAt(module, 1, 1), 1)).toEqual({ announcement: "Already at the bottom." });
  });
});

describe("moving a section", () => {
  test("carries its heading and cards to the place asked", () => {
    const module = sample();
    const change = moveSectionTo(module, 1, 0);
    const moved = changed(change);
    expect(kindsBySection(moved)).toEqual([
      ["checklist", "keypoints"],
      ["markdown", "excerpt", "trainer"],
    ]);
    expect(outlineOf(moved).sections.map((s) => s.title)).toEqual(["What to do", "What the reports found"]);
    expect(change.announcement).toBe("Moved section “What to do” to 1 of 2.");
    expect(change.focus).toEqual({ section: 0, field: "handle" });
    expect(contentOf(moved)).toEqual(contentOf(module));
  });

  test("past either end, or onto itself, changes nothing", () => {
    const module = sample();
    expect(moveSectionTo(module, 0, -1)).toEqual({ announcement: "Already the first section." });
    expect(moveSectionTo(module, 1, 2)).toEqual({ announcement: "Already the last section." });
    expect(moveSectionTo(module, 1, 1)).toEqual({ announcement: "" });
  });
});

describe("a drag ending on a drop target", () => {
  test("before a card of another section: the card lands there", () => {
    const module = sample();
    const keypoints = cardAt(module, 1, 1);
    const moved = changed(dropItem(module, { type: "card", index: keypoints }, { type: "card", index: cardAt(module, 0, 1), where: "before" }));
    expect(kindsBySection(moved)).toEqual([["markdown", "keypoints", "excerpt", "trainer"], ["checklist"]]);
  });

  test("after a later card of its own section: it lands after that card, not one further", () => {
    const module = sample();
    const moved = changed(dropItem(module, { type: "card", index: cardAt(module, 0, 0) }, { type: "card", index: cardAt(module, 0, 1), where: "after" }));
    expect(kindsBySection(moved)[0]).toEqual(["excerpt", "markdown", "trainer"]);
  });

  test("at the end of a section: the card goes last in it", () => {
    const module = sample();
    const moved = changed(dropItem(module, { type: "card", index: cardAt(module, 0, 0) }, { type: "section", index: 1, where: "end" }));
    expect(kindsBySection(moved)).toEqual([
      ["excerpt", "trainer"],
      ["checklist", "keypoints", "markdown"],
    ]);
  });

  test("a section dropped after another moves behind it", () => {
    const module = sample();
    const moved = changed(dropItem(module, { type: "section", index: 0 }, { type: "section", index: 1, where: "after" }));
    expect(outlineOf(moved).sections.map((s) => s.title)).toEqual(["What to do", "What the reports found"]);
  });

  test("onto the card's own place changes nothing", () => {
    const module = sample();
    const excerpt = cardAt(module, 0, 1);
    expect(dropItem(module, { type: "card", index: excerpt }, { type: "card", index: excerpt, where: "before" })).toEqual({ announcement: "" });
    expect(dropItem(module, { type: "card", index: excerpt }, { type: "card", index: cardAt(module, 0, 0), where: "after" })).toEqual({
      announcement: "",
    });
  });
});

describe("adding and deleting", () => {
  test.each(NEW_KINDS)("a new %s card goes last in its section, valid as it is, opening on its first field", (kind) => {
    const module = sample();
    const change = addCard(module, 0, kind, "un-hrc-25-48-add1");
    const added = changed(change);
    const cards = outlineOf(added).sections[0]!.cards;
    expect(cards.map((c) => c.node.kind)).toEqual(["markdown", "excerpt", "trainer", kind]);
    expect(change.focus).toEqual({ card: cards[3]!.index, field: FIRST_FIELD[kind], select: true });
    expect(change.announcement).toMatch(/^Added .+ at the end of section 1\.$/);
    expect(checkNode(cards[3]!.node, added.meta.audiences)).toEqual({});
  });

  test("deleting a card hands focus to the card that took its place, else the one before, else the section", () => {
    const module = sample();
    const first = deleteCard(module, cardAt(module, 1, 0));
    const afterFirst = changed(first);
    expect(kindsBySection(afterFirst)).toEqual([["markdown", "excerpt", "trainer"], ["keypoints"]]);
    expect(first.focus).toEqual({ card: cardAt(afterFirst, 1, 0) });
    expect(first.announcement).toBe("Deleted the checklist. Undo brings it back.");
    const last = deleteCard(afterFirst, cardAt(afterFirst, 0, 2));
    expect(last.focus).toEqual({ card: cardAt(changed(last), 0, 1) });
    const only = deleteCard(afterFirst, cardAt(afterFirst, 1, 0));
    expect(kindsBySection(changed(only))).toEqual([["markdown", "excerpt", "trainer"], []]);
    expect(only.focus).toEqual({ section: 1, field: "handle" });
  });

  test("deleting a section takes its cards with it", () => {
    const module = sample();
    const change = deleteSection(module, 0);
    expect(kindsBySection(changed(change))).toEqual([["checklist", "keypoints"]]);
    expect(change.focus).toEqual({ section: 0, field: "handle" });
    expect(change.announcement).toBe("Deleted section 1 and its blocks. Undo brings them back.");
  });
});

describe("any run of moves (property)", () => {
  type Move = (module: Module) => StructureChange;
  const pick = (n: number, at: number) => (n === 0 ? undefined : at % n);
  /** Moves chosen by numbers, fitted to whatever module they meet. */
  const move: fc.Arbitrary<Move> = fc.oneof(
    fc.tuple(fc.nat(), fc.constantFrom(-1 as const, 1 as const)).map(([at, by]): Move => (m) => {
      const cards = outlineOf(m).sections.flatMap((s) => s.cards);
      const i = pick(cards.length, at);
      return i === undefined ? { announcement: "" } : stepCard(m, cards[i]!.index, by);
    }),
    fc.tuple(fc.nat(), fc.nat()).map(([from, to]): Move => (m) => {
      const n = outlineOf(m).sections.length;
      return moveSectionTo(m, from % n, to % n);
    }),
    fc.tuple(fc.nat(), fc.nat(), fc.constantFrom("before" as const, "after" as const)).map(([at, onto, where]): Move => (m) => {
      const cards = outlineOf(m).sections.flatMap((s) => s.cards);
      const [i, j] = [pick(cards.length, at), pick(cards.length, onto)];
      if (i === undefined || j === undefined) return { announcement: "" };
      return dropItem(m, { type: "card", index: cards[i]!.index }, { type: "card", index: cards[j]!.index, where });
    }),
  );

  test("keeps every block and note, and the module always reads back from its file as it is", () => {
    fc.assert(
      fc.property(fc.array(move, { minLength: 1, maxLength: 12 }), (moves) => {
        const start = sample();
        let module = start;
        for (const m of moves) {
          const change = m(module);
          if (!change.module) continue;
          module = changed(change);
          if (change.focus && "card" in change.focus) expect((module.body[change.focus.card] as CardNode).kind).not.toBe("section");
        }
        expect(contentOf(module)).toEqual(contentOf(start));
        expect(module.meta).toEqual(start.meta);
      }),
      runs(200),
    );
  });
});
