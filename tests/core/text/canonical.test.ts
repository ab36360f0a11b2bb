/** canonicalize: the form quotes and sources are compared in (DESIGN.md, "Citation rules"). */
import { describe, expect, test } from "vitest";
import { canonicalize, words } from "../../../src/core/text/canonical.ts";

const c = (s: string) => canonicalize(s).text;

describe("what compares equal", () => {
  test("NFC and decomposed forms", () => {
    const composed = "Ysyk Köl lake, Séverine";
    const decomposed = "Ysyk Ko\u0308l lake, Se\u0301verine";
    expect(decomposed).not.toBe(composed);
    expect(c(decomposed)).toBe(c(composed));
    expect(c(decomposed)).toBe(composed.normalize("NFC"));
  });

  test("decomposed input still maps each canonical char back to its input offset", () => {
    const input = "Ko\u0308l lake";
    const { text, toSource } = canonicalize(input);
    expect(text).toBe("Köl lake");
    expect(Array.from(toSource)).toEqual([0, 1, 3, 4, 5, 6, 7, 8, 9]);
    expect(input.slice(toSource[3]!)).toBe(" lake");
  });

  test("typographic and straight quotes and apostrophes", () => {
    expect(c("the “saunas” and the ‘fines’")).toBe(c("the \"saunas\" and the 'fines'"));
    expect(c("M’jid, children’s")).toBe(c("M'jid, children's"));
    expect(c("«Таис Плюс» „x“")).toBe(c('"Таис Плюс" "x"'));
    // Single guillemets are the single quotes of the same family: they fold as ‘ ’ do.
    expect(c("‹Таис› ‚x‘")).toBe(c("'Таис' 'x'"));
  });

  test("dash variants", () => {
    const variants = ["2013–2016", "2013—2016", "2013-2016", "2013‐2016", "2013‑2016", "2013−2016"];
    for (const v of variants) expect(c(v), v).toBe("2013-2016");
    expect(c("victims of trafficking – of which no children")).toBe(c("victims of trafficking - of which no children"));
  });

  test("soft hyphens and zero-width characters are dropped", () => {
    expect(c("pro\u00adsti\u00adtution")).toBe("prostitution");
    expect(c("child\u200bren\ufeff")).toBe("children");
  });

  test("every invisible format character (Unicode Cf) is dropped, in and outside the BMP", () => {
    const format = ["\u00ad", "\u061c", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u202a", "\u202e", "\u2060", "\u2066", "\ufeff"];
    for (const f of [...format, "\u{1d173}", "\u{e0041}"])
      expect(c(`inter${f}rogated`), `U+${f.codePointAt(0)!.toString(16)}`).toBe("interrogated");
    const { text, toSource } = canonicalize("a\u{e0041}b");
    expect(text).toBe("ab");
    expect(Array.from(toSource)).toEqual([0, 3, 4]);
  });

  test("white space of every kind collapses to one space and is trimmed", () => {
    expect(c("  Children are\n\ninterrogated \t by\u00a0police\r\n officers  ")).toBe("Children are interrogated by police officers");
  });

  test("white space before closing punctuation is not part of the words", () => {
    expect(c("Minimum Age Convention , 1973 ( No. 138 ) .")).toBe(c("Minimum Age Convention, 1973 (No. 138)."));
  });

  test("a word broken after its hyphen across lines equals its printed form, and that hyphen is optional", () => {
    expect(c("ground-\n\nbreaking step")).toBe("ground-breaking step");
    expect(c("out-of-\n\nschool children")).toBe("out-of-school children");
    expect(c("estimates of out-of-\r\nschool")).toBe(c("estimates of out-of-school"));
    expect(canonicalize("out-of-\n\nschool").optionalHyphens).toEqual([6]);
  });

  test("a hyphen the caller says ended a raw line is optional; others are not", () => {
    const joined = "a ground-breaking, child-sensitive step";
    const { text, optionalHyphens } = canonicalize(joined, [], { lineBreakHyphens: new Set([joined.indexOf("-")]) });
    expect(text).toBe(joined);
    expect(optionalHyphens).toEqual([joined.indexOf("-")]);
    expect(canonicalize(joined).optionalHyphens).toEqual([]);
  });

  test("a dash of any kind inside a word compares as the hyphen", () => {
    for (const dash of ["-", "\u2010", "\u2011", "–", "—", "−"]) expect(c(`ground${dash}breaking`), dash).toBe("ground-breaking");
  });

  test("superscript note markers are not part of the words, and where they stood is recorded", () => {
    const { text, markerGaps, markers } = canonicalize("as well as case identification.¹⁷⁴ Additionally");
    expect(text).toBe("as well as case identification. Additionally");
    expect(markerGaps).toEqual([text.indexOf(".") + 1]);
    expect(markers).toEqual(["174"]);
    expect(canonicalize("such sites.^{149 150} Then").markers).toEqual(["149150"]);
  });

  test("caller-given marker ranges (a trailing “2”) are skipped and recorded", () => {
    const input = "both boys and girls.2 15. The Special";
    const at = input.indexOf("2 ");
    const { text, markerGaps, markers, toSource } = canonicalize(input, [[at, at + 1]]);
    expect(text).toBe("both boys and girls. 15. The Special");
    expect(markerGaps).toEqual([text.indexOf(".") + 1]);
    expect(markers).toEqual(["2"]);
    expect(input[toSource[text.indexOf("15")]!]).toBe("1");
  });
});

describe("what stays different", () => {
  test("letters keep their case and digits their value", () => {
    expect(c("Children")).not.toBe(c("children"));
    expect(c("20 per cent")).not.toBe(c("30 per cent"));
  });

  test("a hyphen inside a word, in the middle of a line, is part of the word", () => {
    expect(c("child-sensitive")).toBe("child-sensitive");
    expect(c("child-sensitive")).not.toBe(c("childsensitive"));
  });

  test("a hyphen between digits or before a space is kept", () => {
    expect(c("aged 14-17")).toBe("aged 14-17");
    expect(c("family- or community-based")).not.toBe(c("family or community-based"));
  });

  test("spaces between words are kept", () => {
    expect(c("of the")).not.toBe(c("ofthe"));
    expect(c("child sex")).not.toBe(c("childsex"));
  });

  test("plain digits are not markers unless the caller says so", () => {
    expect(c("girls.2")).toBe("girls.2");
  });
});

describe("offsets", () => {
  test("toSource maps every canonical char to its input offset and ends at the input length", () => {
    const input = "  “Saunas”,\n\n especially  in Bishkek.";
    const { text, toSource } = canonicalize(input);
    expect(toSource.length).toBe(text.length + 1);
    expect(toSource[text.length]).toBe(input.length);
    for (let i = 0; i < text.length; i++) {
      if (text[i] !== " " && text[i] !== '"') expect(input[toSource[i]!]).toBe(text[i]);
    }
    expect(input[toSource[0]!]).toBe("“");
  });

  test("the empty string", () => {
    const { text, toSource, markerGaps } = canonicalize("");
    expect(text).toBe("");
    expect(Array.from(toSource)).toEqual([0]);
    expect(markerGaps).toEqual([]);
  });
});

test("words splits a canonical string at its spaces", () => {
  expect(words(c("  as many as 20 per cent "))).toEqual(["as", "many", "as", "20", "per", "cent"]);
  expect(words("")).toEqual([]);
});
