import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import {
  addExcerpt,
  addSection,
  canonicalModule,
  idFromTitle,
  insertNode,
  moveNode,
  moveSection,
  newModule,
  removeNode,
  renameSection,
  replaceNode,
  sectionIndices,
  setMeta,
  wrapQuote,
} from "../../../src/core/modules/module-edits.ts";
import { parseModule } from "../../../src/core/modules/parse-module.ts";
import { serializeModule } from "../../../src/core/modules/serialize-module.ts";
import { REVIEW_STATUSES, type BodyNode, type Module } from "../../../src/core/schema/module.ts";
import { ROOT } from "../library.ts";
import { runs } from "../../property-runs.ts";

const shipped: Module[] = readdirSync(join(ROOT, "modules"))
  .filter((f) => /^[^.]+\.md$/.test(f) /* not a translation, <id>.<language>.md */)
  .map((f) => parseModule(readFileSync(join(ROOT, "modules", f), "utf8"), `modules/${f}`).module!);
const byId = (id: string) => shipped.find((m) => m.meta.id === id)!;

/** The module as it reads back from its own file, and the problems found reading it. */
function roundTrip(module: Module) {
  const parsed = parseModule(serializeModule(module), `modules/${module.meta.id}.md`);
  return { module: parsed.module, errors: parsed.errors.map((e) => e.message) };
}

function expectCanonical(module: Module) {
  const { body } = module;
  body.forEach((node, i) => {
    if (node.kind === "markdown") expect(body[i + 1]?.kind, "no two Markdown nodes in a row").not.toBe("markdown");
    else expect(body[i - 1]?.kind, "a blank line before every block and section").toBe("markdown");
  });
}

// Text a trainer might type, kept clear of what the format reads as structure (## headings, ::: fences, "Title\n---").
const word = fc.stringMatching(/^[a-z]{1,12}$/);
const phrase = fc
  .array(fc.oneof(word, fc.constantFrom("Kyrgyz", "ң", "«Таис»", "20%", "“quoted”", "child’s", "—", "**bold**", "Art. 124")), { minLength: 1, maxLength: 9 })
  .map((w) => w.join(" "));
const line = phrase.filter((l) => !/^[-#>:*+\d]/.test(l) && !/[:#]\s|\s#|:$/.test(l));
const lines = fc.array(line, { minLength: 1, maxLength: 4 }).map((l) => l.join("\n"));
const items = fc.array(line, { minLength: 1, maxLength: 4 }).map((l) => l.map((i) => `- ${i}`).join("\n"));
// Prose as the editor may hand it over: with or without blank lines and spaces around it.
const prose = fc
  .tuple(fc.constantFrom("", "\n", "\n\n", " \n"), fc.array(lines, { minLength: 1, maxLength: 3 }), fc.constantFrom("", "\n", "\n\n", "\n \n"))
  .map(([before, paragraphs, after]) => before + paragraphs.join("\n\n") + after);
const quote = fc.array(fc.oneof(word, fc.constantFrom("supercalifragilisticexpialidocious-and-then-some-more-words-joined-by-hyphens-for-a-very-long-token-indeed")), { minLength: 1, maxLength: 60 }).map((w) => w.join(" "));

const blockFor = (module: Module): fc.Arbitrary<BodyNode> =>
  fc.oneof(
    fc.record({ kind: fc.constant("excerpt" as const), sourceId: fc.constantFrom("un-hrc-25-48-add1", "us-tip-2016-kg"), locator: fc.constantFrom("para. 75", "Protection ¶3"), quote: lines }),
    fc.record({ kind: fc.constant("trainer" as const), body: lines }),
    fc.record({ kind: fc.constant("audience" as const), audiences: fc.subarray([...module.meta.audiences], { minLength: 1 }), body: lines }),
    fc.record({ kind: fc.constant("exercise" as const), title: line, minutes: fc.integer({ min: 5, max: 90 }), body: fc.tuple(lines, items, items).map(([s, st, a]) => `Scenario:\n${s}\n\nSteps:\n${st}\n\nGood answer:\n${a}`) }),
    fc.record({ kind: fc.constant("checklist" as const), title: line, body: items }),
    fc.record({ kind: fc.constantFrom("discussion" as const, "keypoints" as const), body: items }),
  );
const nodeFor = (module: Module): fc.Arbitrary<BodyNode> =>
  fc.oneof(
    { weight: 3, arbitrary: blockFor(module) },
    { weight: 2, arbitrary: prose.map((text) => ({ kind: "markdown" as const, text })) },
    { weight: 1, arbitrary: line.map((title) => ({ kind: "section" as const, title })) },
  );

/** One edit, chosen with the module in hand so indices and audiences fit it. */
type Edit = (module: Module) => fc.Arbitrary<{ name: string; apply: (m: Module) => Module }>;
const index = (m: Module) => fc.integer({ min: 0, max: Math.max(0, m.body.length) });
const sections = (m: Module) => fc.integer({ min: 0, max: Math.max(0, sectionIndices(m).length - 1) });
const edits: Edit[] = [
  (m) => fc.tuple(index(m), nodeFor(m)).map(([i, n]) => ({ name: `insert ${n.kind} at ${i}`, apply: (x) => insertNode(x, i, n) })),
  (m) => fc.tuple(index(m), nodeFor(m)).map(([i, n]) => ({ name: `replace ${i} with ${n.kind}`, apply: (x) => replaceNode(x, i, n) })),
  (m) => index(m).map((i) => ({ name: `remove ${i}`, apply: (x) => removeNode(x, i) })),
  (m) => fc.tuple(index(m), index(m)).map(([a, b]) => ({ name: `move ${a} → ${b}`, apply: (x) => moveNode(x, a, b) })),
  (m) => fc.tuple(sections(m), sections(m)).map(([a, b]) => ({ name: `move section ${a} → ${b}`, apply: (x) => moveSection(x, a, b) })),
  () => line.map((t) => ({ name: `add section ${t}`, apply: (x) => addSection(x, t) })),
  (m) => fc.tuple(sections(m), line).map(([i, t]) => ({ name: `rename section ${i}`, apply: (x) => renameSection(x, i, t) })),
  (m) =>
    fc
      .tuple(fc.oneof(fc.constantFrom(...m.body.flatMap((n) => (n.kind === "section" ? [n.title] : [])), "New section"), line), quote)
      .map(([s, q]) => ({ name: `add excerpt to ${s}`, apply: (x) => addExcerpt(x, s, { sourceId: "un-hrc-25-48-add1", locator: "para. 75", quote: q }) })),
  () =>
    fc
      .record({ title: line, summary: line, minutes: fc.integer({ min: 5, max: 300 }), objectives: fc.array(line, { minLength: 1, maxLength: 3 }), review: fc.constantFrom(...REVIEW_STATUSES).map((status) => ({ status })) }, { requiredKeys: [] })
      .map((patch) => ({ name: `set ${Object.keys(patch).join(", ")}`, apply: (x) => setMeta(x, patch) })),
];

const start = fc.oneof(
  fc.constantFrom(...shipped),
  fc.tuple(line, fc.subarray(["police", "judicial", "social-work"] as const, { minLength: 1 })).map(([t, a]) => newModule(t, a)),
);

/** A start module and a run of edits, each drawn against the module the previous ones made. */
const editRun = start.chain((first) => {
  const step = (module: Module, left: number): fc.Arbitrary<Module[]> =>
    left === 0
      ? fc.constant([module])
      : fc.oneof(...edits.map((e) => e(module))).chain(({ apply }) => {
          const next = apply(module);
          return step(next, left - 1).map((rest) => [module, ...rest]);
        });
  return fc.integer({ min: 1, max: 8 }).chain((n) => step(first, n));
});

describe("module edits keep the module canonical", () => {
  test("after every edit of every run, the module reads back from its file unchanged and without errors (property)", () => {
    fc.assert(
      fc.property(editRun, (states) => {
        for (const module of states) {
          const back = roundTrip(module);
          expect(back.errors).toEqual([]);
          expect(back.module).toEqual(module);
          expectCanonical(module);
        }
      }),
      runs(300),
    );
  });

  test("the shipped modules are canonical already: canonicalModule leaves them as they are", () => {
    expect(shipped.length).toBeGreaterThanOrEqual(9);
    for (const module of shipped) expect(canonicalModule(module)).toEqual(module);
  });

  test("edits never change the module they are given", () => {
    const module = byId("child-sensitive-interviewing");
    const before = structuredClone(module);
    addExcerpt(moveSection(removeNode(insertNode(module, 3, { kind: "trainer", body: "x" }), 1), 0, 2), "Why", { sourceId: "a", locator: "b", quote: "c" });
    setMeta(module, { title: "Other" });
    expect(module).toEqual(before);
  });
});

describe("newModule", () => {
  test("is a valid module: kebab id from the title, draft, one section; no placeholder text becomes its summary or objectives", () => {
    const module = newModule("Interviewing Children: a First Look", ["police"]);
    expect(roundTrip(module)).toEqual({ module, errors: [] });
    expect(module.meta).toMatchObject({ id: "interviewing-children-a-first-look", version: 1, minutes: 60, audiences: ["police"], review: { status: "draft" } });
    expect(module.meta.summary).toBe("");
    expect(module.meta.objectives).toEqual([]);
    expect(module.body.filter((n) => n.kind === "section")).toHaveLength(1);
    const text = serializeModule(module);
    expect(text).toContain('\nsummary: ""\n');
    expect(text).toContain("\nobjectives: []\n");
    expect(text).toContain("\n---\n\n## Introduction\n");
  });

  test("a module made for an excerpt starts with only the section asked for", () => {
    const module = newModule("Interviewing children", ["police"], "Why it matters");
    expect(module.body.filter((n) => n.kind === "section")).toEqual([{ kind: "section", title: "Why it matters" }]);
    const next = addExcerpt(module, "Why it matters", { sourceId: "un-hrc-25-48-add1", locator: "para. 75", quote: "Children are interrogated" });
    expect(next.body.filter((n) => n.kind === "section")).toEqual([{ kind: "section", title: "Why it matters" }]);
    expect(roundTrip(next).errors).toEqual([]);
  });

  test("any title gives a valid module (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (title) => {
        const back = roundTrip(newModule(title));
        expect(back.errors).toEqual([]);
      }),
      runs(300),
    );
  });

  test("ids: accents folded, other scripts fall back, long titles cut at a word", () => {
    expect(idFromTitle("Défense des enfants — Étape 2")).toBe("defense-des-enfants-etape-2");
    expect(idFromTitle("Балдарды коргоо")).toBe("module");
    const long = idFromTitle("a very long title ".repeat(10));
    expect(long.length).toBeLessThanOrEqual(60);
    expect(long).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(newModule("  ").meta.title).toBe("Untitled module");
    expect(newModule("x", []).meta.audiences).toEqual(["police", "judicial", "social-work"]);
  });
});

describe("addExcerpt", () => {
  const para75 =
    "Children are interrogated by police officers and give their statements in the same way as adults, in public areas of police stations, with little regard for their privacy or specific needs.";

  test("appends at the end of the named section, before the next heading", () => {
    const module = byId("child-sensitive-interviewing");
    const next = addExcerpt(module, "What the reports found", { sourceId: "un-hrc-25-48-add1", locator: "para. 75", quote: para75 });
    const heads = sectionIndices(next);
    const added = next.body[heads[1]! - 2]!;
    expect(added).toMatchObject({ kind: "excerpt", sourceId: "un-hrc-25-48-add1", locator: "para. 75" });
    expect(next.body[heads[1]! - 1]).toEqual({ kind: "markdown", text: "\n" });
    // The trainer block that ended the section is now just before the excerpt.
    expect(next.body[heads[1]! - 4]!.kind).toBe("trainer");
    expect(next.body.length).toBe(module.body.length + 2);
  });

  test("adds the section at the end when there is none by that title", () => {
    const next = addExcerpt(byId("criminal-law"), "Further reading", { sourceId: "us-tip-2016-kg", locator: "Protection ¶3", quote: "a b c" });
    expect(next.body.slice(-3)).toEqual([
      { kind: "section", title: "Further reading" },
      { kind: "markdown", text: "\n" },
      { kind: "excerpt", sourceId: "us-tip-2016-kg", locator: "Protection ¶3", quote: "a b c" },
    ]);
  });

  test("an excerpt added with acknowledged cautions carries them, in canonical order, to the module file", () => {
    const next = addExcerpt(newModule("T"), "Introduction", {
      sourceId: "us-tip-2016-kg",
      locator: "Protection ¶2",
      quote: "Police allegedly extorted bribes",
      acknowledge: ["qualified", "attribution"],
    });
    expect(next.body.at(-1)).toMatchObject({ kind: "excerpt", acknowledge: ["attribution", "qualified"] });
    expect(serializeModule(next)).toContain(':::excerpt us-tip-2016-kg "Protection ¶2" acknowledge=attribution,qualified\n');
    // None acknowledged: no acknowledge= at all.
    const plain = addExcerpt(newModule("T"), "Introduction", { sourceId: "a", locator: "b", quote: "c", acknowledge: [] });
    expect(plain.body.at(-1)).not.toHaveProperty("acknowledge");
  });

  test("the quote is wrapped at about 96 columns, between words", () => {
    const next = addExcerpt(newModule("T"), "Introduction", { sourceId: "un-hrc-25-48-add1", locator: "para. 75", quote: para75 });
    const node = next.body.at(-1) as { quote: string };
    expect(node.quote).toBe(
      "Children are interrogated by police officers and give their statements in the same way as\nadults, in public areas of police stations, with little regard for their privacy or specific\nneeds.",
    );
  });

  test("wrapping never splits a word and keeps every word in order (property)", () => {
    fc.assert(
      fc.property(quote, (q) => {
        const wrapped = wrapQuote(q);
        expect(wrapped.split(/\s+/)).toEqual(q.split(/\s+/).filter(Boolean));
        for (const l of wrapped.split("\n")) expect(l.length <= 96 || !l.includes(" ")).toBe(true);
      }),
      runs(100),
    );
  });
});

describe("moving", () => {
  test("moveSection carries the heading and everything under it", () => {
    const module = byId("child-sensitive-interviewing");
    const heads = sectionIndices(module);
    const second = module.body.slice(heads[1], heads[2]);
    const moved = moveSection(module, 1, 0);
    const newHeads = sectionIndices(moved);
    expect(moved.body.slice(newHeads[0], newHeads[1])).toEqual(second);
    expect(moved.body.length).toBe(module.body.length);
    expect(moveSection(moved, 0, 1)).toEqual(module);
  });

  test("moveNode puts a block before the node now at `to`; spacers follow", () => {
    const module = byId("child-sensitive-interviewing");
    const [first, second] = module.body.flatMap((n, i) => (n.kind === "excerpt" ? [i] : []));
    const swapped = moveNode(module, second!, first!);
    expect(swapped.body[first!]).toEqual(module.body[second!]);
    expect(swapped.body.length).toBe(module.body.length);
    expect(moveNode(module, 3, 3)).toEqual(module);
    expect(moveNode(module, 3, 4)).toEqual(module);
  });

  test("out-of-range indices leave the module as it is", () => {
    const module = byId("non-punishment");
    expect(removeNode(module, 999)).toBe(module);
    expect(replaceNode(module, -1, { kind: "trainer", body: "x" })).toBe(module);
    expect(moveSection(module, 99, 0)).toBe(module);
    expect(renameSection(module, 99, "x")).toBe(module);
  });
});

describe("markdown and headings the editor hands over", () => {
  test("prose is set off by blank lines; empty prose disappears", () => {
    let module = newModule("T");
    module = insertNode(module, module.body.length, { kind: "markdown", text: "A note" });
    expect(module.body.at(-1)).toEqual({ kind: "markdown", text: "\nA note\n" });
    module = insertNode(module, module.body.length, { kind: "trainer", body: "Only for trainers." });
    expect(module.body.at(-2)).toEqual({ kind: "markdown", text: "\nA note\n\n" });
    const emptied = replaceNode(module, module.body.length - 2, { kind: "markdown", text: "  \n\n" });
    expect(emptied.body.at(-2)).toEqual({ kind: "markdown", text: "\n" });
  });

  test("section titles are one line", () => {
    const module = addSection(newModule("T"), "  Two\nlines  ## ");
    expect(module.body.at(-1)).toEqual({ kind: "section", title: "Two lines" });
    expect(renameSection(module, 1, "").body.at(-1)).toEqual({ kind: "section", title: "Untitled section" });
  });

  test("setMeta removes an optional field set to undefined", () => {
    const module = setMeta(newModule("T"), { review: { status: "approved", reviewer: "A. Reviewer", date: "2026-01-02" } });
    expect(roundTrip(module).errors).toEqual([]);
    expect(serializeModule(module)).toContain("reviewer: A. Reviewer");
  });
});
