import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { checkNode, draftStays, fieldsOf, nodeWith, type CardNode } from "../../../src/core/modules/block-fields.ts";
import { replaceNode } from "../../../src/core/modules/module-edits.ts";
import { outlineOf } from "../../../src/core/modules/module-outline.ts";
import { newCard, NEW_KINDS } from "../../../src/core/modules/new-blocks.ts";
import type { Module } from "../../../src/core/schema/module.ts";
import { runs } from "../../property-runs.ts";
import { readBack, sample } from "./sample-module.ts";

// A card's fields as the trainer types them, the node they make, and the checks that keep the module file readable.

const AUDIENCES = ["police", "judicial"] as const;

/** The sample with one card's node replaced: the module the card would save. */
function saving(module: Module, index: number, node: CardNode): Module {
  return replaceNode(module, index, node);
}

/** Every card of the sample and a new card of every kind, with the body index it sits at. */
function cards(): { module: Module; index: number; node: CardNode }[] {
  const module = sample();
  const own = outlineOf(module).sections.flatMap((s) => s.cards.map((c) => ({ module, index: c.index, node: c.node })));
  const added = NEW_KINDS.map((kind) => {
    const withNew = replaceNode(module, own[0]!.index, newCard(kind, AUDIENCES, "un-hrc-25-48-add1"));
    const card = outlineOf(withNew).sections[0]!.cards[0]!;
    return { module: withNew, index: card.index, node: card.node };
  });
  return [...own, ...added];
}

describe("a card's fields", () => {
  test("saved without a change, every card gives back the node it shows", () => {
    for (const { node } of cards()) expect(nodeWith(node, {})).toEqual(node);
  });

  test("an exercise shows its title, minutes and the three parts of its text as separate fields", () => {
    const exercise = newCard("exercise", AUDIENCES, "x");
    expect(Object.keys(fieldsOf(exercise))).toEqual(["title", "minutes", "scenario", "steps", "answer"]);
    expect(fieldsOf(exercise).steps).toBe("1. The first step.");
  });

  test("what is typed into a field is what the module file holds afterwards", () => {
    const module = sample();
    const [, section] = outlineOf(module).sections;
    const checklist = section!.cards[0]!;
    const typed = nodeWith(checklist.node, { title: "  After the statement ", body: "- Who takes the child home?\n- Who tells the parents?\n\n" });
    expect(checkNode(typed, module.meta.audiences)).toEqual({});
    const back = readBack(saving(module, checklist.index, typed));
    expect(back.errors).toEqual([]);
    expect(back.module!.body[checklist.index]).toEqual({
      kind: "checklist",
      title: "After the statement",
      body: "- Who takes the child home?\n- Who tells the parents?",
    });
  });

  test("editing an excerpt's words keeps the cautions its author acknowledged", () => {
    const excerpt: CardNode = {
      kind: "excerpt",
      sourceId: "us-tip-2016-kg",
      locator: "Protection ¶2",
      quote: "Police allegedly extorted bribes",
      acknowledge: ["attribution"],
    };
    expect(nodeWith(excerpt, { quote: "Police allegedly extorted bribes from child sex trafficking victims" })).toEqual({
      ...excerpt,
      quote: "Police allegedly extorted bribes from child sex trafficking victims",
    });
  });

  test("editing an excerpt's words keeps its parallel quote from the translation", () => {
    const excerpt: CardNode = {
      kind: "excerpt",
      sourceId: "un-hrc-25-48-add1",
      locator: "para. 14",
      quote: "the operation of “saunas”",
      parallel: { sourceId: "un-hrc-25-48-add1-ru", quote: "о работе «саун»" },
    };
    expect(nodeWith(excerpt, { locator: "para. 14 " })).toEqual(excerpt);
  });

  test("typed audiences are space-separated names", () => {
    const audience = newCard("audience", AUDIENCES, "x");
    expect(nodeWith(audience, { audiences: " judicial  police " })).toMatchObject({ audiences: ["judicial", "police"] });
  });
});

describe("checking a card before it is saved", () => {
  const node = (kind: (typeof NEW_KINDS)[number], typed: Record<string, string>) => nodeWith(newCard(kind, AUDIENCES, "x"), typed);

  test.each([
    ["an empty note", node("markdown", { text: "  \n" }), "text", "A note can't be empty; delete it instead."],
    [
      "a note that would start a section",
      node("markdown", { text: "Intro\n## Not a section" }),
      "text",
      "A line starting with ## would start a new section: use ### for a heading inside a note, or add a section.",
    ],
    ["a quote line that would close the block", node("excerpt", { quote: "words\n:::\nmore" }), "quote", "A line can't start with ::: here: it would end the block."],
    ["a locator with double quotes", node("excerpt", { locator: 'para. "75"' }), "locator", "The place can't contain double quotes."],
    ["a source id with a space", node("excerpt", { sourceId: "un report" }), "sourceId", "A source id has no spaces."],
    [
      "an audience the module is not for",
      node("audience", { audiences: "social-work" }),
      "audiences",
      "This module is not for social-work: add that audience to the module first, or untick it here.",
    ],
    ["minutes that are not a number", node("exercise", { minutes: "ten" }), "minutes", "Minutes must be a whole number above 0."],
    ["an exercise title with |", node("exercise", { title: "Raid | night" }), "title", "The title can't contain |."],
    [
      "a part that is only a label",
      node("exercise", { answer: "- One point.\nScenario:" }),
      "answer",
      "A line can't be just “Scenario:”, “Steps:” or “Good answer:”.",
    ],
    ["a checklist that is not a list", node("checklist", { body: "not a list" }), "body", "Write each item on its own line, starting with - (a dash and a space)."],
    ["a checklist without a title", node("checklist", { title: " " }), "title", "Give the checklist a title."],
  ])("rejects %s, saying why beside the field", (_, typed, field, message) => {
    expect(checkNode(typed, AUDIENCES)).toEqual({ [field]: message });
  });

  test("a note whose lines the file would read as something else is rejected on its last field", () => {
    // A line of dashes under text makes it a ## heading: the note would come back as a section.
    const typed = node("markdown", { text: "Title\n---" });
    expect(checkNode(typed, AUDIENCES)).toEqual({
      text: "The module file would not read this back as written; check for lines that start with :::, ## or ---.",
    });
  });

  test("every new card is valid as it is", () => {
    for (const kind of NEW_KINDS) expect(checkNode(newCard(kind, AUDIENCES, "x"), AUDIENCES)).toEqual({});
  });

  // Text with what the file format reads as structure mixed in.
  const tricky = fc
    .array(fc.oneof(fc.stringMatching(/^[a-z ]{0,8}$/), fc.constantFrom("\n", "\n\n", ":::", "## ", "---", "- ", "|", '"', "Steps:", "  ", "#", "Scenario:\n")), {
      maxLength: 12,
    })
    .map((parts) => parts.join(""));

  test("whatever it lets through, the module file reads back exactly (property)", () => {
    const all = cards();
    fc.assert(
      fc.property(fc.nat(all.length - 1), fc.nat(), tricky, (which, at, text) => {
        const { module, index, node } = all[which]!;
        const fields = Object.keys(fieldsOf(node));
        const typed = nodeWith(node, { [fields[at % fields.length]!]: text });
        if (Object.keys(checkNode(typed, module.meta.audiences)).length > 0) return;
        const saved = saving(module, index, typed);
        expect(readBack(saved)).toEqual({ module: saved, errors: [] });
      }),
      runs(300),
    );
  });
});

describe("a draft on screen when the saved node changes", () => {
  const checklist = () => outlineOf(sample()).sections[1]!.cards[0]!.node;

  test("a wrong draft stays beside its message", () => {
    expect(draftStays(checklist(), "body", "not a list", AUDIENCES)).toBe(true);
  });

  test("a draft that says what is saved stays, though it ends in a space mid-word", () => {
    expect(draftStays(checklist(), "title", "Before the statement ", AUDIENCES)).toBe(true);
  });

  test("a draft the saved node has moved away from goes", () => {
    expect(draftStays(checklist(), "title", "Before the interview", AUDIENCES)).toBe(false);
  });
});
