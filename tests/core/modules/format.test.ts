import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { parseModule } from "../../../src/core/modules/parse-module.ts";
import { serializeModule } from "../../../src/core/modules/serialize-module.ts";
import { CAUTION_KINDS } from "../../../src/core/schema/caution-kinds.ts";
import { AUDIENCES, REVIEW_STATUSES, type BodyNode, type Module } from "../../../src/core/schema/module.ts";
import { runs } from "../../property-runs.ts";

const root = join(import.meta.dirname, "..", "..", "..");

// Arbitrary modules in the shapes the format allows.
const word = fc.stringMatching(/^[a-z]{1,10}$/);
const kebab = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join("-"));
const line = fc
  .array(fc.oneof(word, fc.constantFrom("Kyrgyz", "ң", "ө", "ү", "«Таис»", "20%", "“quoted”", "child’s", "—", "**bold**", "Art. 124")), { minLength: 1, maxLength: 8 })
  .map((w) => w.join(" "));
const text = line.filter((l) => l.trim() === l && !/^[-#>:*+\d]/.test(l) && !/[:#]\s|\s#|:$/.test(l));
const lines = fc.array(text, { minLength: 1, maxLength: 4 }).map((l) => l.join("\n"));
const items = fc.array(text, { minLength: 1, maxLength: 4 }).map((l) => l.map((i) => `- ${i}`).join("\n"));
const audiences = fc.subarray([...AUDIENCES], { minLength: 1 });

const blocks = (moduleAudiences: string[]): fc.Arbitrary<BodyNode> =>
  fc.oneof(
    fc.record(
      {
        kind: fc.constant("excerpt" as const),
        sourceId: kebab,
        locator: fc.constantFrom("para. 75", "Protection ¶3", "note 12"),
        quote: lines,
        // Acknowledged cautions, as the format keeps them: in their canonical order, each once.
        acknowledge: fc.subarray([...CAUTION_KINDS], { minLength: 1 }),
        // A quote from a translation: Russian words, quotes and all.
        parallel: fc.record({
          sourceId: kebab,
          quote: fc.array(fc.array(fc.constantFrom("Специальный", "докладчик", "«саун»", "её", "—", "„детей“", "20\u00a0%"), { minLength: 1, maxLength: 6 }).map((w) => w.join(" ")), { minLength: 1, maxLength: 3 }).map((l) => l.join("\n")),
        }),
      },
      { requiredKeys: ["kind", "sourceId", "locator", "quote"] },
    ),
    fc.record({ kind: fc.constant("trainer" as const), body: lines }),
    fc.record({ kind: fc.constant("audience" as const), audiences: fc.subarray(moduleAudiences as never[], { minLength: 1 }), body: lines }),
    fc.record({
      kind: fc.constant("exercise" as const),
      title: text,
      minutes: fc.integer({ min: 5, max: 90 }),
      body: fc.tuple(lines, items, items).map(([s, st, a]) => `Scenario:\n${s}\n\nSteps:\n${st}\n\nGood answer:\n${a}`),
    }),
    fc.record({ kind: fc.constant("checklist" as const), title: text, body: items }),
    fc.record({ kind: fc.constantFrom("discussion" as const, "keypoints" as const, "check" as const), body: items }),
    fc.record({
      kind: fc.constant("quiz" as const),
      body: fc
        .array(fc.tuple(text, fc.option(text, { nil: undefined }), text), { minLength: 1, maxLength: 4 })
        .map((qs) => qs.map(([q, more, a], i) => `${i + 1}. ${q}${more ? `\n   ${more}` : ""}\n   Answer: ${a}`).join("\n")),
    }),
  );

const moduleArb: fc.Arbitrary<Module> = fc
  .record({
    id: kebab,
    title: text,
    // A module not yet finished has an empty summary and no objectives; the format keeps it so.
    summary: fc.oneof(text, fc.constant("")),
    version: fc.integer({ min: 1, max: 20 }),
    audiences,
    topics: fc.array(kebab, { maxLength: 3 }),
    minutes: fc.integer({ min: 10, max: 240 }),
    objectives: fc.array(text, { maxLength: 5 }),
    review: fc.record({ status: fc.constantFrom(...REVIEW_STATUSES) }),
  })
  .chain((meta) =>
    fc
      .array(
        fc.tuple(text, fc.option(lines, { nil: undefined }), fc.array(blocks(meta.audiences), { maxLength: 4 })),
        { minLength: 1, maxLength: 4 },
      )
      .map((sections) => ({
        meta,
        body: sections.flatMap(([title, prose, bs]): BodyNode[] => [
          { kind: "section", title },
          { kind: "markdown", text: prose ? `\n${prose}\n\n` : "\n" },
          ...bs.flatMap((b): BodyNode[] => [b, { kind: "markdown", text: "\n" }]),
        ]),
      })),
  );

describe("module file format", () => {
  test("parsing a serialised module gives the same module (property)", () => {
    fc.assert(
      fc.property(moduleArb, (module) => {
        const text = serializeModule(module);
        const parsed = parseModule(text, "modules/x.md");
        expect(parsed.errors.map((e) => e.message)).toEqual([]);
        expect(parsed.module).toEqual(module);
      }),
      runs(300),
    );
  });

  test("serialising a parsed module gives the same text (property)", () => {
    fc.assert(
      fc.property(moduleArb, (module) => {
        const text = serializeModule(module);
        expect(serializeModule(parseModule(text, "modules/x.md").module!)).toBe(text);
      }),
      runs(300),
    );
  });

  test("an empty summary and no objectives are written as such, and read back; left out, they read as empty", () => {
    const head = (fields: string) =>
      `---\nid: unfinished\ntitle: Unfinished\n${fields}version: 1\naudiences: [police]\ntopics: []\nminutes: 30\nreview: {status: draft}\n---\n## Why it matters\n`;
    const written = head('summary: ""\n').replace("review:", "objectives: []\nreview:");
    const parsed = parseModule(written, "modules/unfinished.md");
    expect(parsed.errors.map((e) => e.message)).toEqual([]);
    expect(parsed.module!.meta).toMatchObject({ summary: "", objectives: [] });
    expect(serializeModule(parsed.module!)).toBe(written);
    const leftOut = parseModule(head(""), "modules/unfinished.md");
    expect(leftOut.errors.map((e) => e.message)).toEqual([]);
    expect(leftOut.module!.meta).toMatchObject({ summary: "", objectives: [] });
    expect(serializeModule(leftOut.module!)).toBe(written);
  });

  test("acknowledged cautions are written on the excerpt's fence line in their canonical order, each once, and read back", () => {
    const file = (fence: string) =>
      `---\nid: x\ntitle: X\nsummary: S\nversion: 1\naudiences: [police]\ntopics: []\nminutes: 30\nobjectives:\n  - O\nreview: {status: draft}\n---\n## A\n\n${fence}\nAccording to the 2013 UN special rapporteur report\n:::\n`;
    const written = file(':::excerpt us-tip-2016-kg "Protection ¶2" acknowledge=older-data,attribution,older-data');
    const parsed = parseModule(written, "modules/x.md");
    expect(parsed.errors.map((e) => e.message)).toEqual([]);
    expect(parsed.module!.body[2]).toMatchObject({ kind: "excerpt", locator: "Protection ¶2", acknowledge: ["attribution", "older-data"] });
    // sourcebook fmt writes them in order, once; an excerpt that acknowledges nothing has no acknowledge= at all.
    expect(serializeModule(parsed.module!)).toBe(file(':::excerpt us-tip-2016-kg "Protection ¶2" acknowledge=attribution,older-data'));
    const plain = parseModule(file(':::excerpt us-tip-2016-kg "Protection ¶2"'), "modules/x.md").module!;
    expect(plain.body[2]).not.toHaveProperty("acknowledge");
    expect(serializeModule(plain)).toBe(file(':::excerpt us-tip-2016-kg "Protection ¶2"'));
  });

  test("an excerpt's parallel quote follows a :::parallel line inside the block, and is read back and written as it was", () => {
    const file = (block: string) =>
      `---\nid: x\ntitle: X\nsummary: S\nversion: 1\naudiences: [police]\ntopics: []\nminutes: 30\nobjectives:\n  - O\nreview: {status: draft}\n---\n## A\n\n${block}:::\n`;
    const written = file(':::excerpt un-hrc-25-48-add1 "para. 14" acknowledge=attribution\nthe operation of “saunas”\n:::parallel un-hrc-25-48-add1-ru\nо работе «саун»\n');
    const parsed = parseModule(written, "modules/x.md");
    expect(parsed.errors.map((e) => e.message)).toEqual([]);
    expect(parsed.module!.body[2]).toEqual({
      kind: "excerpt",
      sourceId: "un-hrc-25-48-add1",
      locator: "para. 14",
      quote: "the operation of “saunas”",
      parallel: { sourceId: "un-hrc-25-48-add1-ru", quote: "о работе «саун»" },
      acknowledge: ["attribution"],
    });
    expect(serializeModule(parsed.module!)).toBe(written);
  });

  test.each([
    [":::parallel\nо работе «саун»\n", 16, "parallel: expected :::parallel <source-id> (the translation's id), then its words"],
    [":::parallel un-hrc-25-48-add1-ru\n", 16, "parallel: the parallel quote from un-hrc-25-48-add1-ru has no words"],
    [":::parallel a\nx\n:::parallel b\ny\n", 18, "blocks cannot be nested inside :::excerpt"],
  ])("a malformed parallel quote is an error at its line: %j", (parallel, line, message) => {
    const text = `---\nid: x\ntitle: X\nsummary: S\nversion: 1\naudiences: [police]\ntopics: []\nminutes: 30\nobjectives:\n  - O\nreview: {status: draft}\n---\n## A\n:::excerpt un-hrc-25-48-add1 "para. 14"\nthe operation of “saunas”\n${parallel}:::\n`;
    expect(parseModule(text, "modules/x.md").errors.map((e) => e.message)).toEqual([`modules/x.md:${line}: ${message}`]);
  });

  test("every shipped module is in canonical form: parse then serialise gives the file back", () => {
    const files = readdirSync(join(root, "modules")).filter((f) => /^[^.]+\.md$/.test(f) /* not a translation, <id>.<language>.md */);
    expect(files.length).toBeGreaterThanOrEqual(9);
    for (const f of files) {
      const text = readFileSync(join(root, "modules", f), "utf8");
      const parsed = parseModule(text, `modules/${f}`);
      expect(parsed.errors.map((e) => e.message), f).toEqual([]);
      expect(serializeModule(parsed.module!), f).toBe(text);
    }
  });
});
