/**
 * Plain digits glued to a word may be a note marker the quoter copied along (docs/citation-rules.md,
 * "Plain digits glued to a word"): they pass only where the source prints that very marker.
 */
import { describe, expect, test } from "vitest";
import { verifyQuote } from "../../../src/core/citations/verify.ts";
import { source } from "../library.ts";
import { assertRejected, assertVerified } from "./quote-check.ts";

const GIRLS = "as many as 20 per cent of prostitutes working in Bishkek are minors, reportedly both boys and girls.";

describe("the UN report's trailing note numbers (girls.2)", () => {
  test("the number the source prints is accepted", () => {
    const v = verifyQuote(source("un"), `${GIRLS}2`);
    assertVerified(v);
    expect(v.match.locator).toBe("para. 14");
  });

  test.each(["1", "3", "12", "22"])("another number (girls.%s) is not", (digits) => {
    assertRejected(verifyQuote(source("un"), `${GIRLS}${digits}`));
  });

  test("a copied marker with the next sentence after it is checked too (networks.1 The Special)", () => {
    const un = source("un");
    const good = "fuelling crime and criminal networks.1 The Special";
    assertVerified(verifyQuote(un, good));
    assertRejected(verifyQuote(un, good.replace("networks.1", "networks.2")));
  });
});

describe("ECPAT's superscript endnote numbers, copied as plain digits", () => {
  const QUOTE = "how to interview victims of trafficking and exploitation as well as case identification.";

  test("identification.174 is accepted where the source prints identification.¹⁷⁴", () => {
    const v = verifyQuote(source("ecpat"), `${QUOTE}174`);
    assertVerified(v);
    expect(v.match.locator).toBe("Training law enforcement personnel ¶2");
  });

  test("identification.175 is not", () => {
    assertRejected(verifyQuote(source("ecpat"), `${QUOTE}175`));
  });
});
