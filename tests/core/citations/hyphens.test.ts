/**
 * Hyphens inside a word (docs/citation-rules.md, rule 8): a hyphen in the middle of a line is
 * part of the word; only a hyphen that ended a line of the raw file may be left out.
 */
import { describe, expect, test } from "vitest";
import { verifyQuote } from "../../../src/core/citations/verify.ts";
import { source } from "../library.ts";
import { assertRejected, assertVerified } from "./quote-check.ts";

describe("a hyphen in the middle of a line is part of the word", () => {
  test("“childsensitive” is altered where TIP prints “child-sensitive” mid-line, and the diff names the word", () => {
    const v = verifyQuote(source("tip"), "Police did not use childsensitive procedures when dealing with child victims");
    assertRejected(v, "altered");
    expect(v.message).toBe('Altered from Protection ¶2: "child-sensitive" → "childsensitive".');
  });

  test("“child-sensitive” as printed is verified", () => {
    const v = verifyQuote(source("tip"), "Police did not use child-sensitive procedures when dealing with child victims");
    assertVerified(v);
    expect(v.match.locator).toBe("Protection ¶2");
  });

  test("a hyphen added inside a word the source prints whole is altered", () => {
    const v = verifyQuote(source("un"), "Children are inter-rogated by police officers", { locator: "para. 75" });
    assertRejected(v, "altered");
  });

  test("a dash of another kind typed inside a word compares as the hyphen (child‑sensitive with U+2011, child–sensitive)", () => {
    for (const dash of ["\u2011", "\u2010", "–"]) {
      const v = verifyQuote(source("tip"), `Police did not use child${dash}sensitive procedures when dealing with child victims`);
      assertVerified(v);
    }
  });
});

describe("a hyphen that ended a line of the raw file may be left out", () => {
  const cases = [
    { source: "un", broken: "ground-⏎breaking", quote: "welcomes the Children’s Code as a ground-breaking step", at: "para. 34" },
    { source: "un", broken: "child-⏎friendly", quote: "and the lack of child-friendly complaint mechanisms", at: "para. 84" },
    { source: "un", broken: "Non-⏎governmental", quote: "Non-governmental and other organizations may be seconded", at: "para. 78" },
    {
      source: "tip",
      broken: "front-⏎line",
      quote: "victim identification guidelines for front-line officials",
      at: "Kyrgyzstan: Tier 2 ¶2",
    },
    {
      source: "tip",
      broken: "anti-⏎trafficking",
      quote: "the ministry responsible for coordinating national anti-trafficking",
      at: "Prevention ¶1",
    },
  ] as const;

  test.each(cases)("$broken: verified with the hyphen, without it, and with an en dash", (c) => {
    const hyphen = c.broken.slice(0, c.broken.indexOf("⏎"));
    for (const quote of [c.quote, c.quote.replace(hyphen, hyphen.slice(0, -1)), c.quote.replace(hyphen, `${hyphen.slice(0, -1)}–`)]) {
      const v = verifyQuote(source(c.source), quote);
      assertVerified(v);
      expect(v.match.locator, quote).toBe(c.at);
    }
  });

  test("without the hyphen, the match still covers the printed word", () => {
    const src = source("un");
    const v = verifyQuote(src, "welcomes the Children’s Code as a groundbreaking step");
    assertVerified(v);
    expect(src.reading.text.slice(v.match.start, v.match.end)).toBe("welcomes the Children’s Code as a ground-breaking step");
  });

  test("a line-end hyphen may be left out only at that place: the same word elsewhere, printed mid-line, keeps its hyphen", () => {
    // TIP breaks "anti-⏎trafficking" once in Prevention ¶1, and prints it mid-line a few lines before.
    const quote = "evaluation of the government’s overall anti-trafficking efforts";
    expect(verifyQuote(source("tip"), quote).status).toBe("verified");
    const v = verifyQuote(source("tip"), quote.replace("anti-", "anti"));
    assertRejected(v, "altered");
    expect(v.message).toBe('Altered from Prevention ¶1: "anti-trafficking" → "antitrafficking".');
  });
});
