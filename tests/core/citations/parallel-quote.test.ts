/**
 * An excerpt's parallel quote is verified against the translation at the excerpt's own locator,
 * by the same rules. The translation is the Russian test fixture (tests/fixtures/russian): not an
 * official translation, not reviewed by a native speaker.
 */
import { describe, expect, test } from "vitest";
import { checkParallel, parallelFailure, withParallel } from "../../../src/core/citations/parallel-quote.ts";
import { verifyQuote } from "../../../src/core/citations/verify.ts";
import type { ExcerptNode } from "../../../src/core/schema/module.ts";
import type { Source } from "../../../src/core/sources/source.ts";
import { source } from "../library.ts";
import { englishSource, russianSource, RUSSIAN_ID } from "../russian-library.ts";

const sources = new Map<string, Source>([
  [englishSource().entry.id, englishSource()],
  [RUSSIAN_ID, russianSource()],
  [source("tip").entry.id, source("tip")],
]);
const sourceOf = (id: string) => sources.get(id);

const SAUNAS: ExcerptNode = {
  kind: "excerpt",
  sourceId: "un-hrc-25-48-add1",
  locator: "para. 14",
  quote: "the Special Rapporteur was informed of the operation of “saunas”, especially in Bishkek",
  parallel: { sourceId: RUSSIAN_ID, quote: "Специальному докладчику сообщили о работе «саун», особенно в Бишкеке" },
};
const failure = (node: ExcerptNode) => parallelFailure(checkParallel(node, sourceOf), node.parallel!.sourceId);

describe("a parallel quote", () => {
  test("verifies at the same para. N in the translation", () => {
    const check = checkParallel(SAUNAS, sourceOf);
    expect(check && "verdict" in check && check.verdict.status).toBe("verified");
    expect(failure(SAUNAS)).toBeUndefined();
  });

  test("is rejected when its words are in another paragraph of the translation than the excerpt's", () => {
    const node = { ...SAUNAS, locator: "para. 13", quote: "Sale of children, in particular for international adoption" };
    expect(failure(node)).toBe(`parallel quote from ${RUSSIAN_ID}: The words are in ${RUSSIAN_ID} at para. 14, not at para. 13.`);
  });

  test("is rejected when a word is altered, by the same rules as any quote (е for ё)", () => {
    const node = { ...SAUNAS, locator: "para. 5", parallel: { sourceId: RUSSIAN_ID, quote: "при планировании и координации ее визита" } };
    expect(failure(node)).toBe(`parallel quote from ${RUSSIAN_ID}: Altered from para. 5: "её" → "ее".`);
  });

  test("must come from a translation of the excerpt's source, in either direction", () => {
    expect(failure({ ...SAUNAS, parallel: { sourceId: "us-tip-2016-kg", quote: "Police allegedly extorted bribes" } })).toBe(
      "parallel quote: us-tip-2016-kg is not a translation of un-hrc-25-48-add1 (the catalog's translationOf says which document a translation renders)",
    );
    expect(failure({ ...SAUNAS, parallel: { sourceId: "un-hrc-25-48-add9", quote: "x y z" } })).toBe(
      'parallel quote: no source "un-hrc-25-48-add9" in sources/catalog.yaml',
    );
    // A Russian excerpt may carry the English words as its parallel quote.
    const reversed: ExcerptNode = {
      ...SAUNAS,
      sourceId: RUSSIAN_ID,
      quote: SAUNAS.parallel!.quote,
      parallel: { sourceId: "un-hrc-25-48-add1", quote: SAUNAS.quote },
    };
    expect(failure(reversed)).toBeUndefined();
  });

  test("an excerpt without one has nothing to check", () => {
    expect(checkParallel({ ...SAUNAS, parallel: undefined }, sourceOf)).toBeUndefined();
  });
});

describe("an excerpt's verdict with its parallel quote (withParallel)", () => {
  const verdictOf = (node: ExcerptNode) =>
    withParallel(verifyQuote(englishSource(), node.quote, { locator: node.locator }), node, sourceOf);

  test("stays verified when the parallel quote verifies", () => {
    expect(verdictOf(SAUNAS).status).toBe("verified");
  });

  test("is rejected, with the translation's word diff, when the parallel quote is altered", () => {
    const node = {
      ...SAUNAS,
      parallel: { sourceId: RUSSIAN_ID, quote: "Специальному докладчику сообщили о работе «бань», особенно в Бишкеке" },
    };
    const verdict = verdictOf(node);
    expect(verdict).toMatchObject({ status: "rejected", reason: "altered", parallelOf: RUSSIAN_ID });
    expect(verdict.status === "rejected" && verdict.message).toBe(failure(node));
    const diff = verdict.status === "rejected" ? verdict.closest?.diff : undefined;
    expect(diff?.filter((d) => d.op !== "equal").map((d) => `${d.op} ${d.text}`)).toEqual(['delete "саун",', 'insert "бань",']);
  });

  test("keeps the excerpt's own rejection when its own words fail", () => {
    const node = { ...SAUNAS, quote: "the Special Rapporteur was informed of the operation of casinos" };
    expect(verdictOf(node)).toMatchObject({ status: "rejected" });
    expect(verdictOf(node)).not.toHaveProperty("parallelOf");
  });
});
