import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { COALESCE_MS, editKey, History } from "../../../src/core/modules/history.ts";
import { addExcerpt, insertNode, replaceNode, setMeta } from "../../../src/core/modules/module-edits.ts";
import { parseModule } from "../../../src/core/modules/parse-module.ts";
import { ROOT } from "../library.ts";
import { runs } from "../../property-runs.ts";

const module = parseModule(readFileSync(join(ROOT, "modules", "non-punishment.md"), "utf8"), "modules/non-punishment.md").module!;

describe("History", () => {
  test("undo and redo walk back and forth; a new edit drops the redo steps", () => {
    const h = new History("a");
    h.record("b");
    h.record("c");
    expect(h.undo()).toBe("b");
    expect(h.undo()).toBe("a");
    expect(h.undo()).toBeUndefined();
    expect(h.canUndo).toBe(false);
    expect(h.redo()).toBe("b");
    h.record("d");
    expect(h.canRedo).toBe(false);
    expect(h.present).toBe("d");
    expect(h.undo()).toBe("b");
  });

  test("keeps at most `limit` steps back", () => {
    const h = new History(0, 200);
    for (let i = 1; i <= 500; i++) h.record(i);
    let steps = 0;
    while (h.undo() !== undefined) steps++;
    expect(steps).toBe(200);
    expect(h.present).toBe(300);
  });

  test("rapid edits of the same field are one step; a pause or another field starts a new one", () => {
    const h = new History("");
    h.record("H", "meta.title", 0);
    h.record("He", "meta.title", 200);
    h.record("Hel", "meta.title", 400);
    h.record("Hel!", "meta.title", 400 + COALESCE_MS + 1);
    h.record("Hel!?", "body.3", 400 + COALESCE_MS + 2);
    expect(h.undo()).toBe("Hel!");
    expect(h.undo()).toBe("Hel");
    expect(h.undo()).toBe("");
    expect(h.canUndo).toBe(false);
  });

  test("reset forgets every step", () => {
    const h = new History(1);
    h.record(2);
    h.reset(7);
    expect([h.present, h.canUndo, h.canRedo]).toEqual([7, false, false]);
  });

  test("undo after any run of edits gives back every earlier state in reverse (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 50 }), (values) => {
        const h = new History<number>(-1);
        for (const v of values) h.record(v);
        const back: number[] = [];
        for (let v = h.undo(); v !== undefined; v = h.undo()) back.push(v);
        expect(back).toEqual([-1, ...values].reverse().slice(1));
      }),
      runs(100),
    );
  });
});

describe("editKey: which single thing an edit touched", () => {
  test("one front matter field", () => {
    expect(editKey(module, setMeta(module, { title: "New title" }))).toBe("meta.title");
    expect(editKey(module, setMeta(module, { title: "New", summary: "New" }))).toBeUndefined();
  });

  test("one body node of the same kind, else none", () => {
    const i = module.body.findIndex((n) => n.kind === "trainer");
    expect(editKey(module, replaceNode(module, i, { kind: "trainer", body: "Changed." }))).toBe(`body.${i}.body`);
    expect(editKey(module, insertNode(module, 0, { kind: "trainer", body: "x" }))).toBeUndefined();
    expect(editKey(module, addExcerpt(module, "Nope", { sourceId: "a", locator: "b", quote: "c" }))).toBeUndefined();
    expect(editKey(module, module)).toBeUndefined();
  });
});

describe("an excerpt's acknowledgement is a step of its own", () => {
  test("ticking a caution right after typing the quote is undone alone, leaving the quote as typed", () => {
    const i = module.body.findIndex((n) => n.kind === "excerpt");
    const node = module.body[i]!;
    if (node.kind !== "excerpt") throw new Error("the fixture has an excerpt");
    const typed = replaceNode(module, i, { ...node, quote: `${node.quote} more` });
    const ticked = replaceNode(typed, i, { ...node, quote: `${node.quote} more`, acknowledge: ["attribution"] });
    expect(editKey(module, typed)).not.toBe(editKey(typed, ticked));
    const h = new History(module);
    h.record(typed, editKey(module, typed), 100);
    h.record(ticked, editKey(typed, ticked), 300);
    expect(h.undo()).toBe(typed);
  });
});
