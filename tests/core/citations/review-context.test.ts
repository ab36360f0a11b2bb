/**
 * What a reviewer is shown beside each excerpt, on the real library: the passage with the quoted
 * words marked, the closest passage for an altered quote, and whether the source changed since.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { excerptAt } from "../../../src/core/citations/anchor.ts";
import { changedSince, markedPassage, reviewExcerpt, type PassageContext } from "../../../src/core/citations/review-context.ts";
import { AnchorLockSchema, findLocked, lockEntry } from "../../../src/core/citations/anchor-lock.ts";
import { parseModule } from "../../../src/core/modules/parse-module.ts";
import { loadSource } from "../../../src/core/sources/source.ts";
import { passage, ROOT, source, textOf } from "../library.ts";
import { assertRejected, assertVerified } from "./quote-check.ts";

const PARA_75 =
  "Children are interrogated by police officers and give their statements in the same way as adults, in public areas of police stations, with little regard for their privacy or specific needs.";

const marked = (context: PassageContext) => context.runs.filter((r) => r.marked).map((r) => r.text);
const whole = (context: PassageContext) => context.runs.map((r) => r.text).join("");

/** The UN report with a paragraph added after para. 20 and every later paragraph renumbered (a revised edition). */
function revisedUnReport() {
  const un = source("un");
  const lines = un.raw.split("\n");
  const at = lines.findIndex((l) => l.startsWith("21. "));
  const renumber = (l: string) =>
    l.replace(/^(\s?)(\d{2,3})\. /, (m, sp: string, n: string) => (Number(n) >= 21 ? `${sp}${Number(n) + 1}. ` : m));
  const edited = lines.map((l, i) => (i >= at ? renumber(l) : l));
  edited.splice(at, 0, "21. A paragraph added in the revised edition. ", "");
  return loadSource(un.entry, new TextEncoder().encode(edited.join("\n")));
}

describe("the passage beside an excerpt", () => {
  test("a genuine quote of para. 75: the passage, with exactly the quoted words marked", () => {
    const un = source("un");
    const review = reviewExcerpt(un, { quote: PARA_75, locator: "para. 75" });
    expect(review.verdict.status).toBe("verified");
    const context = review.context!;
    expect(context).toMatchObject({ locator: "para. 75", marks: "quote", citation: `${un.entry.shortCite}, para. 75` });
    expect(marked(context)).toEqual([PARA_75]);
    const p75 = passage(un, "para. 75");
    expect(whole(context)).toBe(textOf(un, p75));
    expect(un.reading.text.slice(context.start, context.end)).toBe(whole(context));
    // The marked run sits where the verdict says the words are.
    const before = context.runs[0]!.text;
    assertVerified(review.verdict);
    expect(context.start + before.length).toBe(review.verdict.match.start);
  });

  test("a quote the source attributes in its lead-in: the lead-in is a caution run of its own, beside the quoted words", () => {
    const quote = "Police allegedly extorted bribes from child sex trafficking victims through threats of arrest for prostitution";
    const review = reviewExcerpt(source("tip"), { quote, locator: "Protection ¶2" });
    expect(review.verdict.cautions.map((c) => c.kind)).toEqual(["attribution"]);
    const context = review.context!;
    expect(context.runs.filter((r) => r.caution).map((r) => r.text)).toEqual(["According to the 2013 UN special rapporteur report,"]);
    expect(context.runs.filter((r) => r.caution && r.marked)).toEqual([]);
    expect(marked(context)).toEqual([quote]);
    expect(whole(context)).toBe(source("tip").reading.text.slice(context.start, context.end));
    // A quote without cautions has no caution runs.
    expect(reviewExcerpt(source("un"), { quote: PARA_75, locator: "para. 75" }).context!.runs.some((r) => r.caution)).toBe(false);
  });

  test("a quote with an elision: each piece marked, the words left out not", () => {
    const review = reviewExcerpt(source("un"), {
      quote: "Children are interrogated by police officers […] in public areas of police stations",
      locator: "para. 75",
    });
    expect(review.verdict.status).toBe("verified");
    expect(marked(review.context!)).toEqual(["Children are interrogated by police officers", "in public areas of police stations"]);
    expect(review.context!.runs.find((r) => !r.marked && r.text.includes("give their statements"))).toBeDefined();
  });

  test("an altered quote: the closest passage (para. 14), its words marked, and the 20 → 30 diff", () => {
    const review = reviewExcerpt(source("un"), {
      quote: "as many as 30 per cent of prostitutes working in Bishkek are minors",
      locator: "para. 14",
    });
    assertRejected(review.verdict, "altered");
    expect(review.verdict.closest?.diff).toEqual([
      { op: "equal", text: "as many as" },
      { op: "delete", text: "20" },
      { op: "insert", text: "30" },
      { op: "equal", text: "per cent of prostitutes working in Bishkek are minors" },
    ]);
    expect(review.context).toMatchObject({ locator: "para. 14", marks: "closest" });
    expect(marked(review.context!)).toEqual(["as many as 20 per cent of prostitutes working in Bishkek are minors"]);
    expect(whole(review.context!)).toBe(textOf(source("un"), passage(source("un"), "para. 14")));
  });

  test("the right words at the wrong locator: rejected, and the passage where they are is shown", () => {
    const review = reviewExcerpt(source("un"), { quote: PARA_75, locator: "para. 14" });
    expect(review.verdict).toMatchObject({ status: "rejected", reason: "wrong-locator" });
    expect(review.context!.locator).toBe("para. 75");
    expect(marked(review.context!)).toEqual([PARA_75]);
  });

  test("words nowhere in the source: rejected, and nothing is marked that is not near them", () => {
    const review = reviewExcerpt(source("un"), {
      quote: "Penguins nest on the volcanic beaches of the southern island every winter.",
      locator: "para. 75",
    });
    assertRejected(review.verdict);
    expect(["not-found", "altered"]).toContain(review.verdict.reason);
  });

  test("an empty quote is a rejection a reviewer can read, not an exception", () => {
    expect(reviewExcerpt(source("un"), { quote: "   ", locator: "para. 75" }).verdict).toMatchObject({
      status: "rejected",
      reason: "not-found",
    });
  });

  test("marks running into the next passage show both passages", () => {
    const un = source("un");
    const p14 = passage(un, "para. 14");
    const p15 = un.reading.passages[p14.index + 1]!;
    const context = markedPassage(un, p14.index, [{ start: p14.end - 10, end: p15.start + 5 }], "quote");
    expect(context.start).toBe(p14.start);
    expect(context.end).toBe(p15.end);
    expect(whole(context)).toBe(un.reading.text.slice(p14.start, p15.end));
  });
});

describe("whether the source changed since an excerpt was verified", () => {
  const lock = AnchorLockSchema.parse(JSON.parse(readFileSync(join(ROOT, "modules", "anchors.lock.json"), "utf8")));
  const file = "modules/child-sensitive-interviewing.md";
  const shipped = parseModule(readFileSync(join(ROOT, file), "utf8"), file).module!;
  /** The module's excerpt of para. 75 that begins "Children are interrogated", as the file has it. */
  const quote = shipped.body.flatMap((n) => (n.kind === "excerpt" && n.quote.startsWith("Children are interrogated") ? [n.quote] : []))[0]!;

  test("the shipped lock against the shipped source: unchanged", () => {
    const entry = findLocked(lock, "child-sensitive-interviewing", "un-hrc-25-48-add1", quote);
    expect(entry).toMatchObject({ locator: "para. 75" });
    expect(changedSince(entry!, source("un"), quote)).toBeUndefined();
  });

  test("an edited copy of the UN report: relocated from para. 75 to para. 76", () => {
    const entry = findLocked(lock, "child-sensitive-interviewing", "un-hrc-25-48-add1", quote)!;
    const revised = revisedUnReport();
    const change = changedSince(entry, revised, quote)!;
    expect(change).toMatchObject({ status: "relocated", previousLocator: "para. 75", was: entry.fingerprint, now: revised.fingerprint });
    expect(change.excerpt!.locator).toBe("para. 76");
    expect(change.message).toBe("Relocated: the words moved from para. 75 to para. 76.");
  });

  test("an edited copy where the sentence is reworded: altered, with the diff", () => {
    const un = source("un");
    const entry = lockEntry(
      excerptAt(un, PARA_75, "para. 75", un.reading.text.indexOf(PARA_75), un.reading.text.indexOf(PARA_75) + PARA_75.length),
    );
    const reworded = loadSource(
      un.entry,
      new TextEncoder().encode(un.raw.replace("Children are interrogated by police", "Children are questioned by police")),
    );
    const change = changedSince(entry, reworded, PARA_75)!;
    expect(change.status).toBe("altered");
    expect(change.closest!.diff).toContainEqual({ op: "delete", text: "questioned" });
  });
});
