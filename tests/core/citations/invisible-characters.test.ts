/**
 * Invisible format characters (Unicode category Cf: soft hyphen, zero-width space and joiners,
 * word joiner, byte-order mark, bidi controls) are dropped from quote and source alike before
 * they are compared (docs/citation-rules.md, rule 7).
 */
import { describe, expect, test } from "vitest";
import { verifyQuote } from "../../../src/core/citations/verify.ts";
import { loadSource } from "../../../src/core/sources/source.ts";
import { source } from "../library.ts";
import { assertRejected, assertVerified } from "./quote-check.ts";

const INVISIBLE = {
  "U+00AD soft hyphen": "\u00ad",
  "U+200B zero-width space": "\u200b",
  "U+200C zero-width non-joiner": "\u200c",
  "U+200D zero-width joiner": "\u200d",
  "U+2060 word joiner": "\u2060",
  "U+FEFF byte-order mark": "\ufeff",
  "U+202A left-to-right embedding": "\u202a",
  "U+202B right-to-left embedding": "\u202b",
  "U+202C pop directional formatting": "\u202c",
  "U+202D left-to-right override": "\u202d",
  "U+202E right-to-left override": "\u202e",
};

const QUOTE = "Children are interrogated by police officers and give their statements in the same way as adults";

describe.each(Object.entries(INVISIBLE))("%s", (_name, char) => {
  test("inside a word of the quote, it is dropped: verified", () => {
    const v = verifyQuote(source("un"), QUOTE.replace("interrogated", `inter${char}rogated`));
    assertVerified(v);
    expect(v.match.locator).toBe("para. 75");
  });

  test("between two words, it does not join them: the words still need their space", () => {
    const v = verifyQuote(source("un"), QUOTE.replace("police officers", `police${char}officers`), { locator: "para. 75" });
    assertRejected(v, "altered");
  });

  test("inside a word of the source, it is dropped there too", () => {
    const base = source("tip");
    const raw = base.raw.replace("Government-provided attorneys", `Govern${char}ment-provided attor${char}neys`);
    expect(raw).not.toBe(base.raw);
    const changed = loadSource(base.entry, new TextEncoder().encode(raw));
    const v = verifyQuote(changed, "Government-provided attorneys reportedly lacked knowledge on handling trafficking cases.");
    assertVerified(v);
    expect(v.match.locator).toBe("Protection ¶2");
  });
});

test("a visible character that is not a format character still counts (U+00B7 middle dot)", () => {
  const v = verifyQuote(source("un"), QUOTE.replace("interrogated", "inter\u00b7rogated"), { locator: "para. 75" });
  assertRejected(v, "altered");
});
