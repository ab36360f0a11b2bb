import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { anchorSelection, reanchor } from "../../../src/core/citations/anchor.ts";
import { CitationInputError, verifyQuote } from "../../../src/core/citations/verify.ts";
import { parseCatalog } from "../../../src/core/library/catalog-file.ts";
import { loadSource, type Source } from "../../../src/core/sources/source.ts";

const root = join(import.meta.dirname, "..", "..", "..");
const catalog = parseCatalog(readFileSync(join(root, "sources", "catalog.yaml"), "utf8"));
const entry = (id: string) => catalog.sources.find((s) => s.id === id)!;
const rawOf = (id: string) => readFileSync(join(root, "sources", entry(id).file), "utf8");
const load = (id: string, raw = rawOf(id)) => loadSource(entry(id), new TextEncoder().encode(raw));

/** Selects `words` in the reading text, as a trainer's mouse would. */
function select(source: Source, words: string, from = 0) {
  const start = source.reading.text.indexOf(words, from);
  expect(start, `"${words}" in the reading text`).toBeGreaterThanOrEqual(0);
  return anchorSelection(source, start, start + words.length);
}

const SENTENCE = "Children are interrogated by police officers and give their statements in the same way as adults";

describe("anchoring a selection", () => {
  test("gives an excerpt with quote, locator, context and fingerprint, verified on the spot", () => {
    const un = load("un-hrc-25-48-add1");
    const { excerpt, verdict } = select(un, SENTENCE);
    expect(verdict.status).toBe("verified");
    expect(excerpt).toMatchObject({ sourceId: "un-hrc-25-48-add1", quote: SENTENCE, locator: "para. 75" });
    expect(excerpt.anchor.fingerprint).toBe(un.fingerprint);
    expect(excerpt.anchor.prefix.endsWith("victims of sexual abuse. ")).toBe(true);
    expect(excerpt.anchor.suffix.startsWith(", in public areas")).toBe(true);
  });

  test("widens a partial word to the whole word and leaves footnote markers out of the quote", () => {
    const un = load("un-hrc-25-48-add1");
    const text = un.reading.text;
    const start = text.indexOf("ny as 20 per cent of prostitutes");
    const end = text.indexOf("both boys and girls.2") + "both boys and girls.2".length;
    const { excerpt, verdict } = anchorSelection(un, start, end);
    expect(excerpt.quote).toBe("many as 20 per cent of prostitutes working in Bishkek are minors, reportedly both boys and girls.");
    expect(verdict.status).toBe("verified");
    expect(excerpt.locator).toBe("para. 14");
  });

  test("refuses a selection that runs across two paragraphs", () => {
    const un = load("un-hrc-25-48-add1");
    const text = un.reading.text;
    const start = text.indexOf("child pornography (2003)");
    expect(() => anchorSelection(un, start, text.indexOf("10. Kyrgyzstan has also ratified") + 20)).toThrow(CitationInputError);
  });
});

describe("re-anchoring when the source file changes", () => {
  test("unchanged source: verified at the same place", () => {
    const un = load("un-hrc-25-48-add1");
    const { excerpt } = select(un, SENTENCE);
    const again = reanchor(excerpt, load("un-hrc-25-48-add1"));
    expect(again.status).toBe("verified");
    expect(again.excerpt!.anchor.start).toBe(excerpt.anchor.start);
  });

  test("a paragraph inserted (and the rest renumbered): relocated with the new locator", () => {
    const raw = rawOf("un-hrc-25-48-add1");
    const { excerpt } = select(load("un-hrc-25-48-add1"), SENTENCE);
    // A revised edition adds a paragraph after para. 20; every later number moves up by one.
    const lines = raw.split("\n");
    const at = lines.findIndex((l) => l.startsWith("21. "));
    // (Paragraph numbers from 21 up; a page break may indent one, " 28. Overall"; headings are 1.–7.)
    const renumber = (l: string) =>
      l.replace(/^(\s?)(\d{2,3})\. /, (m, sp: string, n: string) => (Number(n) >= 21 ? `${sp}${Number(n) + 1}. ` : m));
    const renumbered = lines.map((l, i) => (i >= at ? renumber(l) : l));
    renumbered.splice(at, 0, "21. A paragraph added in the revised edition. ", "");
    const edited = load("un-hrc-25-48-add1", renumbered.join("\n"));
    expect(edited.fingerprint).not.toBe(excerpt.anchor.fingerprint);
    const moved = reanchor(excerpt, edited);
    expect(moved.status).toBe("relocated");
    expect(moved.previousLocator).toBe("para. 75");
    expect(moved.excerpt!.locator).toBe("para. 76");
    expect(moved.message).toBe("Relocated: the words moved from para. 75 to para. 76.");
    expect(edited.reading.text.slice(moved.excerpt!.anchor.start, moved.excerpt!.anchor.end)).toBe(SENTENCE);
  });

  test("lines re-wrapped: still verified at the same locator", () => {
    const tip = load("us-tip-2016-kg");
    const quote = "Police allegedly extorted bribes from child sex trafficking victims through threats of arrest for prostitution";
    const { excerpt } = select(tip, quote);
    expect(excerpt.locator).toBe("Protection ¶2");
    // Re-wrap every paragraph at 50 columns instead of the original width.
    const rewrapped = rawOf("us-tip-2016-kg")
      .split("\n \n")
      .map((para) => para.replace(/\s*\n\s*/g, " ").replace(/(.{1,50})(\s|$)/g, "$1\n"))
      .join("\n \n");
    const again = reanchor(excerpt, load("us-tip-2016-kg", rewrapped));
    expect(again.status).toBe("verified");
    expect(again.excerpt!.locator).toBe("Protection ¶2");
  });

  test("one sentence reworded: altered, with the word diff", () => {
    const { excerpt } = select(load("un-hrc-25-48-add1"), SENTENCE);
    const reworded = rawOf("un-hrc-25-48-add1").replace(
      "Children are interrogated by police officers",
      "Children are questioned by police officers",
    );
    const result = reanchor(excerpt, load("un-hrc-25-48-add1", reworded));
    expect(result.status).toBe("altered");
    expect(result.closest!.locator).toBe("para. 75");
    expect(result.closest!.diff).toContainEqual({ op: "delete", text: "questioned" });
    expect(result.closest!.diff).toContainEqual({ op: "insert", text: "interrogated" });
    expect(result.message).toContain('"questioned" → "interrogated"');
  });

  test("a paragraph inserted in a section: the section ¶ number moves", () => {
    const ecpat = load("ecpat-gm-kg-2012");
    const { excerpt } = select(ecpat, "The State estimates that 10% of prostitutes are minors.");
    expect(excerpt.locator).toBe("Child prostitution ¶4");
    const raw = rawOf("ecpat-gm-kg-2012").replace(
      "The State estimates that 10%",
      "A paragraph added by the editors.\n\nThe State estimates that 10%",
    );
    const moved = reanchor(excerpt, load("ecpat-gm-kg-2012", raw));
    expect(moved.status).toBe("relocated");
    expect(moved.excerpt!.locator).toBe("Child prostitution ¶5");
    // The note after "minors." still cites a 2004 report: the caution moves with the words.
    expect(moved.cautions.map((c) => [c.kind, c.dataYear])).toEqual([["older-data", 2004]]);
  });

  test("words that now occur twice keep the cautions of the place chosen", () => {
    const tip = load("us-tip-2016-kg");
    const quote = "Police allegedly extorted bribes from child sex trafficking victims";
    const { excerpt } = select(tip, quote);
    const raw = rawOf("us-tip-2016-kg").replace("PREVENTION", `${quote}.\n\nPREVENTION`);
    const again = reanchor(excerpt, load("us-tip-2016-kg", raw));
    expect(again.status).toBe("verified");
    expect(again.excerpt!.locator).toBe("Protection ¶2");
    expect(again.cautions.map((c) => c.who)).toEqual(["the 2013 UN special rapporteur report"]);
  });

  test("words that now occur twice: the stored context chooses the right place", () => {
    const wiki = load("wikipedia-prostitution-kg");
    const quote = "Sex trafficking is a problem in the country.";
    const { excerpt } = select(wiki, quote);
    expect(excerpt.locator).toBe("Introduction ¶3");
    // The same sentence is added to another section, after different words.
    const raw = rawOf("wikipedia-prostitution-kg").replace(
      "==See also==",
      "Elsewhere too. Sex trafficking is a problem in the country.\n\n==See also==",
    );
    const again = reanchor(excerpt, load("wikipedia-prostitution-kg", raw));
    expect(again.status).toBe("verified");
    expect(again.excerpt!.locator).toBe("Introduction ¶3");
  });

  test("an elision that now leaves out a negation: altered, saying why, though there is no diff to show", () => {
    const un = load("un-hrc-25-48-add1");
    const quote = "Children are […] interrogated by police officers and give their statements";
    expect(verifyQuote(un, quote, { locator: "para. 75" }).status).toBe("verified");
    const excerpt = { ...select(un, SENTENCE).excerpt, quote };
    const raw = rawOf("un-hrc-25-48-add1").replace("Children are interrogated by police", "Children are not interrogated by police");
    const result = reanchor(excerpt, load("un-hrc-25-48-add1", raw));
    expect(result.status).toBe("altered");
    expect(result.message).toBe('The source changed: the elision at para. 75 leaves out "not", which reverses what the source says.');
    expect(result.closest).toBeUndefined();
  });

  test("the words removed: not found", () => {
    const { excerpt } = select(load("wikipedia-prostitution-kg"), "Sex trafficking is a problem in the country.");
    const raw = rawOf("wikipedia-prostitution-kg").replace("Sex trafficking is a problem in the country.", "");
    expect(reanchor(excerpt, load("wikipedia-prostitution-kg", raw)).status).toBe("not-found");
  });
});
