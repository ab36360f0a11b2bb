/**
 * Headings, titles and bylines can be quoted (docs/citation-rules.md, section 3): each is a
 * passage of kind "heading", cited as `§ <section>` or `<section>, line n`.
 */
import { describe, expect, test } from "vitest";
import { passagesAtLocator } from "../../../src/core/citations/locator.ts";
import { verifyQuote } from "../../../src/core/citations/verify.ts";
import { source, textOf, type SourceKey } from "../library.ts";
import { assertRejected, assertVerified } from "./quote-check.ts";

interface HeadingCase {
  source: SourceKey;
  quote: string;
  /** The locator the verdict names. */
  at: string;
  /** Other locators that name it. */
  alsoAt?: string[];
}

const cases: Record<string, HeadingCase> = {
  "a UN sub-section heading, quoted without its number": {
    source: "un",
    quote: "Child prostitution, sexual abuse and violence",
    at: "§ 2. Child prostitution, sexual abuse and violence",
    alsoAt: ["§ Child prostitution, sexual abuse and violence", "Child prostitution, sexual abuse and violence"],
  },
  "a UN chapter heading printed over two lines": {
    source: "un",
    quote: "E. Policies and programmes to address the sale of children, child prostitution and child pornography",
    at: "§ E. Policies and programmes to address the sale of children, child prostitution and child pornography",
  },
  "a TIP section heading": { source: "tip", quote: "RECOMMENDATIONS FOR KYRGYZSTAN:", at: "§ Recommendations for Kyrgyzstan" },
  "an ECPAT chapter heading": {
    source: "ecpat",
    quote: "TRAFFICKING IN CHILDREN FOR SEXUAL PURPOSES",
    at: "§ Trafficking in Children for Sexual Purposes",
  },
  "an ECPAT sub-heading whose name recurs": {
    source: "ecpat",
    quote: "Coordination and cooperation",
    at: "§ Priority Actions Required › Coordination and cooperation",
    alsoAt: ["§ Coordination and cooperation"],
  },
  "the Wikipedia article's title": { source: "wikipedia", quote: "Prostitution in Kyrgyzstan", at: "Introduction, line 1" },
  "a Patt entry's byline": {
    source: "patt",
    quote: "Vykintas Lideikis, ECPAT International, 2012",
    at: "ECPAT Country Monitoring Report, line 1",
  },
  "a Patt entry's title": {
    source: "patt",
    quote: "Concluding Observations of the Committee on the Rights of the Child (CRC)",
    at: "§ Concluding Observations of the Committee on the Rights of the Child (CRC)",
  },
};

describe.each(Object.entries(cases))("%s", (_name, c) => {
  test("verified at its locator, which names it alone", () => {
    const v = verifyQuote(source(c.source), c.quote, { locator: c.at });
    assertVerified(v);
    expect(v.match.locator).toBe(c.at);
    const [heading, ...rest] = passagesAtLocator(source(c.source), v.match.locator);
    expect(rest).toEqual([]);
    expect(heading?.kind).toBe("heading");
    expect(textOf(source(c.source), heading!)).toContain(c.quote);
  });

  test.each(c.alsoAt ?? [])("also named by %j", (locator) => {
    const v = verifyQuote(source(c.source), c.quote, { locator });
    assertVerified(v);
    expect(v.match.locator).toBe(c.at);
  });
});

test("the UN heading once reported as altered from para. 15 is verified without a locator", () => {
  const v = verifyQuote(source("un"), "Child prostitution, sexual abuse and violence");
  assertVerified(v);
  expect(v.match.locator).toBe("§ 2. Child prostitution, sexual abuse and violence");
});

test("a heading cited at the paragraph after it is a wrong locator", () => {
  const v = verifyQuote(source("un"), "Child prostitution, sexual abuse and violence", { locator: "para. 15" });
  assertRejected(v, "wrong-locator");
  expect(v.message).toBe("The words are in un-hrc-25-48-add1 at § 2. Child prostitution, sexual abuse and violence, not at para. 15.");
});

test("an elision does not run from a paragraph over a heading into the next section", () => {
  const v = verifyQuote(
    source("tip"),
    "deterred victims from cooperating with police. […] The government increased efforts to prevent trafficking.",
  );
  assertRejected(v, "elision-too-far");
});

test("a synthetic heading the source does not print (the UN “Footnotes”) is not a passage", () => {
  expect(source("un").reading.passages.filter((p) => p.kind === "heading" && textOf(source("un"), p) === "Footnotes")).toEqual([]);
});
