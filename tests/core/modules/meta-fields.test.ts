import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { checkMeta, draftStays, draftsOf, type MetaDrafts } from "../../../src/core/modules/meta-fields.ts";
import { setMeta } from "../../../src/core/modules/module-edits.ts";
import { runs } from "../../property-runs.ts";
import { readBack, sample } from "./sample-module.ts";

// The module details form: what it shows, what it accepts, and what it tells the trainer when it does not.

const meta = () => sample().meta;

describe("the details as the form shows them", () => {
  test("topics comma-separated, numbers as text, lists as lists", () => {
    expect(draftsOf(meta())).toEqual({
      title: "Questioning child victims",
      summary: "What the UN report found about how child victims were questioned.",
      audiences: ["police", "judicial"],
      topics: "interviewing, child-victims",
      minutes: "45",
      version: "1",
      objectives: ["Describe how child victims were questioned", "Plan a statement that protects the child"],
    });
  });
});

describe("checking what was typed", () => {
  test.each<[string, Partial<MetaDrafts>, string, string]>([
    ["an empty title", { title: "  " }, "title", "The title can't be empty."],
    ["no audience", { audiences: [] }, "audiences", "Choose at least one audience."],
    ["minutes in words", { minutes: "ten" }, "minutes", "Minutes must be a whole number above 0."],
    ["minutes left empty", { minutes: "" }, "minutes", "Minutes must be a whole number above 0."],
    ["half minutes", { minutes: "7.5" }, "minutes", "Minutes must be a whole number above 0."],
    ["version 0", { version: "0" }, "version", "The version must be a whole number above 0."],
    ["a topic that is not a name", { topics: "interviewing, Child Victims" }, "topics", '"Child Victims" is not a topic name: use lower-case words joined by hyphens, like child-victims.'],
  ])("rejects %s, with the form's message, and keeps the saved value", (_, drafts, field, message) => {
    const checked = checkMeta(meta(), drafts);
    expect(checked.errors).toEqual({ [field]: message });
    expect(checked.meta).toEqual(meta());
  });

  test("an emptied summary and objectives are saved empty, not refused (the module then prints as DRAFT until they are written)", () => {
    const checked = checkMeta(meta(), { summary: "  ", objectives: ["", "  "] });
    expect(checked.errors).toEqual({});
    expect(checked.meta).toEqual({ ...meta(), summary: "", objectives: [] });
  });

  test("one wrong field never holds back the others", () => {
    const checked = checkMeta(meta(), { title: "Questioning child victims safely", minutes: "ten", topics: "interviewing, courts" });
    expect(checked.errors).toEqual({ minutes: "Minutes must be a whole number above 0." });
    expect(checked.meta).toEqual({ ...meta(), title: "Questioning child victims safely", topics: ["interviewing", "courts"] });
  });

  test("accepts what a trainer types loosely: spaces around numbers and topics, an objective row not yet written in", () => {
    const checked = checkMeta(meta(), { minutes: " 60 ", topics: " interviewing ,courts, ", objectives: ["Plan a statement", ""] });
    expect(checked.errors).toEqual({});
    expect(checked.meta).toMatchObject({ minutes: 60, topics: ["interviewing", "courts"], objectives: ["Plan a statement"] });
  });

  const typed = fc.oneof(
    fc.string({ maxLength: 30 }),
    fc.constantFrom("Part: one", "# hash", "- dash", "'quoted'", '"double"', "a\nb", "  spaced  ", "[x]", "{y}", "12", "yes", "null", "~", "Таис ң"),
  );
  const drafts: fc.Arbitrary<Partial<MetaDrafts>> = fc.record(
    {
      title: typed,
      summary: typed,
      topics: fc.oneof(typed, fc.constantFrom("a, b-c", "x,,y")),
      minutes: fc.oneof(typed, fc.integer({ min: -5, max: 500 }).map(String)),
      version: fc.oneof(typed, fc.integer({ min: -1, max: 9 }).map(String)),
      objectives: fc.array(typed, { maxLength: 3 }),
      audiences: fc.subarray(["police", "judicial", "social-work"] as const),
    },
    { requiredKeys: [] },
  );

  test("whatever it accepts, the module file holds and reads back exactly (property)", () => {
    fc.assert(
      fc.property(drafts, (d) => {
        const module = sample();
        const { meta: next } = checkMeta(module.meta, d);
        const saved = setMeta(module, next);
        expect(readBack(saved)).toEqual({ module: saved, errors: [] });
      }),
      runs(300),
    );
  });
});

describe("a draft on screen when the saved details change", () => {
  test("a wrong draft stays beside its message", () => {
    expect(draftStays(meta(), "minutes", "ten")).toBe(true);
  });

  test("a draft that says what is saved stays, though it holds a trailing space", () => {
    expect(draftStays(meta(), "title", "Questioning child victims ")).toBe(true);
    expect(draftStays(meta(), "topics", "interviewing, child-victims,")).toBe(true);
  });

  test("a draft the saved value has moved away from goes", () => {
    expect(draftStays(meta(), "title", "An older title")).toBe(false);
  });
});
