/** Invariants every source's reading text keeps: offsets map back to the raw file, locators are unique. */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { loadSource, SourceFileError } from "../../../src/core/sources/source.ts";
import { library, ROOT, textOf } from "../library.ts";

test("the library holds the five seed sources", () => {
  expect(library().map((s) => s.entry.id)).toEqual([
    "patt-child-prostitution-kg",
    "un-hrc-25-48-add1",
    "us-tip-2016-kg",
    "ecpat-gm-kg-2012",
    "wikipedia-prostitution-kg",
  ]);
});

describe.each(library().map((s) => [s.entry.id, s] as const))("%s", (_id, src) => {
  const { text, toRaw, passages, headings } = src.reading;

  test("the fingerprint is the SHA-256 of the file's bytes", () => {
    const bytes = readFileSync(join(ROOT, "sources", src.entry.file));
    expect(src.fingerprint).toBe(createHash("sha256").update(bytes).digest("hex"));
    expect(src.raw).toBe(bytes.toString("utf8"));
  });

  test("toRaw has one entry per reading char plus the raw end", () => {
    expect(toRaw.length).toBe(text.length + 1);
    expect(toRaw[text.length]).toBe(src.raw.length);
    for (let i = 0; i < text.length; i++) {
      if (toRaw[i]! < 0 || toRaw[i]! > src.raw.length) throw new Error(`toRaw[${i}] = ${toRaw[i]} is outside the raw file`);
    }
  });

  test("each passage's first word is at toRaw[start] in the raw file", () => {
    for (const p of passages) {
      const first = /^\S+/.exec(textOf(src, p))?.[0];
      expect(first, p.locator).toBeDefined();
      expect(src.raw.slice(toRaw[p.start]!, toRaw[p.start]! + first!.length), p.locator).toBe(first);
    }
  });

  test("every visible character of a passage is the raw character toRaw points at, in raw order", () => {
    for (const p of passages) {
      let previous = -1;
      for (let i = p.start; i < p.end; i++) {
        const at = toRaw[i]!;
        if (!/\s/.test(text[i]!) && src.raw[at] !== text[i]) {
          throw new Error(`${p.locator}: reading ${JSON.stringify(text.slice(i, i + 20))} maps to raw ${JSON.stringify(src.raw.slice(at, at + 20))}`);
        }
        if (at < previous) throw new Error(`${p.locator}: toRaw goes back at reading offset ${i}`);
        previous = at;
      }
    }
  });

  test("passages are in reading order, non-empty, without outer white space, indexed by position", () => {
    passages.forEach((p, i) => {
      expect(p.index).toBe(i);
      expect(p.end).toBeGreaterThan(p.start);
      if (i > 0) expect(p.start).toBeGreaterThanOrEqual(passages[i - 1]!.end);
      expect(textOf(src, p)).toBe(textOf(src, p).trim());
    });
  });

  test("headings map back to their raw text too (except the synthetic Footnotes and Page footer)", () => {
    for (const h of headings.filter((h) => !["Footnotes", "Page footer"].includes(h.title))) {
      for (let i = h.start; i < h.end; i++) {
        if (!/\s/.test(text[i]!)) expect(src.raw[toRaw[i]!], h.title).toBe(text[i]);
      }
    }
  });

  test("every locator is unique", () => {
    const locators = passages.map((p) => p.locator);
    expect(locators.filter((l, i) => locators.indexOf(l) !== i)).toEqual([]);
    expect(locators.every((l) => l.trim() === l && l.length > 0)).toBe(true);
  });

  test("note markers point to notes of this source and sit inside their passage", () => {
    const noteIds = new Set(passages.filter((p) => p.kind === "note").map((p) => p.noteId));
    for (const p of passages) {
      for (const r of p.noteRefs) {
        expect(r.noteIds.every((id) => noteIds.has(id)), p.locator).toBe(true);
        expect(r.start >= p.start && r.end <= p.end, p.locator).toBe(true);
      }
    }
  });
});

describe("loadSource refuses files that are not text", () => {
  const entry = library()[0]!.entry;

  test("a binary file", () => {
    expect(() => loadSource(entry, new Uint8Array([0x41, 0x00, 0x42]))).toThrow(SourceFileError);
  });

  test("a file that is not UTF-8", () => {
    expect(() => loadSource(entry, new Uint8Array([0x41, 0xe9, 0x42]))).toThrow(/not UTF-8/);
  });
});
