/**
 * Cautions (docs/citation-rules.md, "Cautions"): where a verified quote may still mislead, with
 * the source words that say so. Every quote is copied from the seeds, unless the test name says
 * the source is synthetic.
 */
import { describe, expect, test } from "vitest";
import { anchorSelection } from "../../../src/core/citations/anchor.ts";
import { CAUTION_KINDS, type Caution, type CautionKind } from "../../../src/core/citations/cautions.ts";
import { reviewExcerpt } from "../../../src/core/citations/review-context.ts";
import { verifyQuote } from "../../../src/core/citations/verify.ts";
import { loadSource, type Source } from "../../../src/core/sources/source.ts";
import { source, squash, type SourceKey } from "../library.ts";
import { assertRejected, assertVerified } from "./quote-check.ts";

/** The cautions of a quote that must verify. */
function cautionsOf(src: Source, quote: string, locator?: string): Caution[] {
  const v = verifyQuote(src, quote, locator ? { locator } : {});
  assertVerified(v);
  return v.cautions;
}

function ofKind(src: Source, quote: string, kind: CautionKind, locator?: string): Caution[] {
  return cautionsOf(src, quote, locator).filter((c) => c.kind === kind);
}

/** The source words a caution highlights, white space collapsed. */
function triggerText(src: Source, caution: Caution): string {
  return squash(src.reading.text.slice(caution.trigger.start, caution.trigger.end));
}

describe("attribution: words outside the quote say whose the quoted words are", () => {
  test("the TIP report's 'Police allegedly extorted bribes …' is the 2013 UN report's, by the sentence before", () => {
    const tip = source("tip");
    const [caution, ...rest] = ofKind(
      tip,
      "Police allegedly extorted bribes from child sex trafficking victims through threats of arrest for prostitution",
      "attribution",
    );
    expect(rest).toEqual([]);
    expect(caution).toMatchObject({ who: "the 2013 UN special rapporteur report" });
    expect(caution!.message).toBe(
      'The source attributes this to the 2013 UN special rapporteur report ("According to the 2013 UN special rapporteur report, …").',
    );
    expect(triggerText(tip, caution!)).toBe("According to the 2013 UN special rapporteur report,");
  });

  const named: { source: SourceKey; quote: string; who: string; trigger: string }[] = [
    {
      source: "tip",
      quote: "law enforcement officials often accepted bribes to drop cases",
      who: "NGOs and international organizations",
      trigger: "NGOs and international organizations reported",
    },
    {
      source: "ecpat",
      quote: "Young girls may find themselves married to much older men.",
      who: "Human Rights Watch",
      trigger: "Human Rights Watch reports",
    },
    {
      source: "un",
      quote: "as many as 20 per cent of prostitutes working in Bishkek are minors",
      who: "some civil society organizations",
      trigger: "According to some civil society organizations,",
    },
    {
      source: "un",
      quote: "Moreover, some residents in institutions are street children",
      who: "recent research by UNICEF Kyrgyzstan",
      trigger: "recent research by UNICEF Kyrgyzstan indicates",
    },
  ];
  test.each(named)("$source: $who", ({ source: key, quote, who, trigger }) => {
    const [caution] = ofKind(source(key), quote, "attribution");
    expect(caution?.who).toBe(who);
    expect(caution!.message).toContain(`The source attributes this to ${who} (`);
    expect(triggerText(source(key), caution!)).toBe(trigger);
  });

  test("words the source heard from others it does not name: 'the Special Rapporteur was informed'", () => {
    const un = source("un");
    const [caution] = ofKind(un, "Essentially operating as brothels, the saunas regularly exploit girls as prostitutes.", "attribution");
    expect(caution).toBeDefined();
    expect(caution!.who).toBeUndefined();
    expect(caution!.message).toBe('The source attributes this to others it does not name ("the Special Rapporteur was informed …").');
  });

  test("not when the quote holds the attribution itself", () => {
    expect(
      ofKind(
        source("tip"),
        "According to the 2013 UN special rapporteur report, police officers allegedly detained child sex trafficking victims",
        "attribution",
      ),
    ).toEqual([]);
  });

  test("not for the Special Rapporteur's own findings in her own report", () => {
    // Para. 75 opens "The Special Rapporteur learned that …" and goes on "In particular, she observed …".
    expect(
      ofKind(
        source("un"),
        "Children are interrogated by police officers and give their statements in the same way as adults",
        "attribution",
      ),
    ).toEqual([]);
  });

  test("not when the attribution is more than two sentences before the quote", () => {
    // "According to the 2013 UN special rapporteur report" is three sentences before this one.
    const tip = source("tip");
    const quote =
      "The police's increased interaction with international and local trafficking experts has reportedly led to officers' increased sensitivity toward children found in brothels.";
    expect(ofKind(tip, quote, "attribution")).toEqual([]);
    expect(ofKind(tip, "MVD conducted approximately 70 brothel raids in 2015.", "attribution")).toHaveLength(1);
  });

  test("not for 'according to' that does not open a clause ('funded according to their capacity')", () => {
    expect(ofKind(source("un"), "which creates a financial incentive to keep them full.", "attribution")).toEqual([]);
  });
});

describe("older-data: the data are more than three years older than the source", () => {
  test("ECPAT (2012) on child prostitution cites a 2004 report in the note right after the quote", () => {
    const ecpat = source("ecpat");
    const [caution] = ofKind(ecpat, "The State estimates that 10% of prostitutes are minors.", "older-data");
    expect(caution).toMatchObject({ dataYear: 2004 });
    expect(caution!.message).toBe(
      'The data are older than the source: note 49 cites "Human Rights. Rights of the Child in Kyrgyzstan. 2004, p. 14. Report on" (the source was published in 2012).',
    );
    expect(triggerText(ecpat, caution!)).toBe("2004");
  });

  test("ECPAT's own words: 'The most updated data available dates back to 2004'", () => {
    const [caution] = ofKind(source("ecpat"), "The most updated data available dates back to 2004", "older-data");
    expect(caution).toMatchObject({ dataYear: 2004 });
  });

  test("a figure dated in the quote: 'In 2008, the average birthrate was 4.5 children …' in a 2012 report", () => {
    const [caution] = ofKind(
      source("ecpat"),
      "In 2008, the average birthrate was 4.5 children per 1,000 women in this age group",
      "older-data",
    );
    expect(caution).toMatchObject({ dataYear: 2008 });
    expect(caution!.message).toBe(
      'The data are older than the source: "In 2008, the average birthrate was" (the source was published in 2012).',
    );
  });

  test("a range gives its last year: '2003/2004', 'from 2004 to 2008'", () => {
    expect(ofKind(source("ecpat"), "the most updated information dates back to 2003/2004", "older-data")[0]?.dataYear).toBe(2004);
    expect(
      ofKind(source("un"), "from 2004 to 2008, 235 children had been adopted by international adoptive parents", "older-data")[0]?.dataYear,
    ).toBe(2008);
  });

  test("not when the latest year is recent: 'rose from eight cases in 2009 to 13 in 2012' (UN, 2013)", () => {
    expect(ofKind(source("un"), "rose from eight cases in 2009 to 13 in 2012", "older-data")).toEqual([]);
  });

  test("not for history without a figure: 'Kyrgyzstan gained its independence in 1991'", () => {
    expect(
      ofKind(source("un"), "Kyrgyzstan gained its independence in 1991 following the dissolution of the Soviet Union", "older-data"),
    ).toEqual([]);
  });

  test("not for a count that looks like a year: '20% of 2000 prostitutes' (Patt, quoting a 2004 report)", () => {
    expect(ofKind(source("patt"), "According to other sources, in Bishkek 20% of 2000 prostitutes are teenagers.", "older-data")).toEqual(
      [],
    );
  });

  test("synthetic source: not for a law's number or a count, but for a dated survey", () => {
    const synthetic = loadSource(
      { ...source("un").entry, id: "synthetic-years", file: "synthetic-years.txt", structure: "plain-text", date: "2013" },
      new TextEncoder().encode(
        [
          "Law No. 1996 on the protection of children was amended to cover 1,200 children in state care.",
          "A survey of 1,200 children in state care was carried out in 2004 by the ministry.",
        ].join("\n\n"),
      ),
    );
    expect(ofKind(synthetic, "Law No. 1996 on the protection of children was amended to cover 1,200 children", "older-data")).toEqual([]);
    expect(ofKind(synthetic, "A survey of 1,200 children in state care was carried out in 2004", "older-data")[0]?.dataYear).toBe(2004);
  });
});

describe("qualified: the source goes on to qualify what the quote says", () => {
  test("'many youth do not necessarily condemn these practices', then 'While 66.7% … condemned …'", () => {
    const ecpat = source("ecpat");
    const [caution] = ofKind(
      ecpat,
      "a recently conducted survey highlighted the fact that many youth do not necessarily condemn these practices.",
      "qualified",
    );
    expect(caution!.message).toBe(
      'The source qualifies this right after: "While 66.7% of the youth interviewed condemned the practice of …".',
    );
    expect(triggerText(ecpat, caution!)).toMatch(
      /^While 66\.7% of the youth interviewed condemned the practice of bride kidnapping, .* subject\.$/,
    );
  });

  test("', but' later in the same sentence", () => {
    const [caution] = ofKind(
      source("tip"),
      "In 2015 and 2016, MVD was receptive to training on improving procedures for interviewing and protecting victims",
      "qualified",
    );
    expect(caution!.message).toBe('The source qualifies this right after: "but further work was needed."');
  });

  test("'; however' later in the same sentence", () => {
    const [caution] = ofKind(
      source("tip"),
      "The Government of Kyrgyzstan does not fully meet the minimum standards for the elimination of trafficking",
      "qualified",
    );
    expect(caution!.message).toBe('The source qualifies this right after: "however, it is making significant efforts to do so."');
  });

  test("not when the quote includes the qualification", () => {
    const quote =
      "In 2015 and 2016, MVD was receptive to training on improving procedures for interviewing and protecting victims, but further work was needed.";
    expect(ofKind(source("tip"), quote, "qualified")).toEqual([]);
  });

  test("not when the next sentence goes on without one", () => {
    expect(
      ofKind(source("un"), "Children are interrogated by police officers and give their statements in the same way as adults", "qualified"),
    ).toEqual([]);
  });

  test("not across passages: the next passage's 'However' belongs to another paragraph", () => {
    // Para. 97 ends here; para. 98 opens "The Government is, however, struggling …".
    const un = source("un");
    const para97 = un.reading.passages.find((p) => p.locator === "para. 97")!;
    const last = un.reading.text
      .slice(para97.start, para97.end)
      .trim()
      .split(/(?<=\.) /)
      .pop()!;
    expect(ofKind(un, last, "qualified", "para. 97")).toEqual([]);
  });
});

describe("long-elision: a cut inside a sentence of 8 words or more, or with a figure", () => {
  test("'the penalty is […] 10 to 15 years' imprisonment' drops the five-to-10-year penalty", () => {
    const tip = source("tip");
    const [caution] = ofKind(
      tip,
      "When the victim is a child aged 14-17 years, the penalty is […] 10 to 15 years' imprisonment",
      "long-elision",
    );
    expect(caution!.message).toBe(
      `The elision leaves out 17 words, with a figure, of one sentence ("five to 10 years' imprisonment, and when the victim is younger than 14 years, the penalty is"): confirm the quote keeps its meaning.`,
    );
    expect(triggerText(tip, caution!)).toBe("five to 10 years’ imprisonment, and when the victim is younger than 14 years, the penalty is");
  });

  test("the rest of a sentence the quote begins: UN para. 41 drops the penalties after 'is a criminal offence,'", () => {
    const [caution] = ofKind(
      source("un"),
      "is a criminal offence, […] If the victim is under 16, the penalty increases.",
      "long-elision",
      "para. 41",
    );
    expect(caution!.message).toMatch(
      /^The elision leaves out 26 words, with a figure, of one sentence \("punishable by a fine of 100 to 500/,
    );
  });

  test("8 words or more without a figure", () => {
    const caution = ofKind(
      source("un"),
      "Children are interrogated by police officers […] Court processes involving children do not provide any safeguards",
      "long-elision",
      "para. 75",
    );
    expect(caution.map((c) => c.message)).toEqual([
      'The elision leaves out 25 words of one sentence ("and give their statements in the same way as adults, in public areas of … for their privacy or specific needs."): confirm the quote keeps its meaning.',
    ]);
  });

  test("not for a short cut without a figure", () => {
    expect(ofKind(source("un"), "Children are interrogated by police officers […] in the same way as adults", "long-elision")).toEqual([]);
  });

  test("not for whole sentences skipped", () => {
    const quote =
      "Children are interrogated by police officers and give their statements in the same way as adults, in public areas of police stations, with little regard for their privacy or specific needs. […] Court processes involving children do not provide any safeguards";
    expect(ofKind(source("un"), quote, "long-elision", "para. 75")).toEqual([]);
  });

  test("not for whole list items skipped (TIP Recommendations ¶1)", () => {
    expect(
      ofKind(
        source("tip"),
        "refer victims to protection services; […] amend the law to exempt identified trafficking victims from punishment",
        "long-elision",
        "Recommendations for Kyrgyzstan ¶1",
      ),
    ).toEqual([]);
  });
});

describe("every verdict carries its cautions", () => {
  test("in the order of the kinds, then by position", () => {
    const kinds = cautionsOf(source("un"), "from 2004 to 2008, 235 children had been adopted by international adoptive parents").map(
      (c) => c.kind,
    );
    expect(kinds).toEqual(["attribution", "older-data"]);
    expect(CAUTION_KINDS).toEqual(["attribution", "older-data", "qualified", "long-elision"]);
  });

  test("a quote with none has an empty list; a rejected quote always has one", () => {
    expect(cautionsOf(source("un"), "Kyrgyzstan gained its independence in 1991 following the dissolution of the Soviet Union")).toEqual(
      [],
    );
    const rejected = verifyQuote(source("un"), "as many as 30 per cent of prostitutes working in Bishkek are minors");
    assertRejected(rejected, "altered");
    expect(rejected.cautions).toEqual([]);
  });

  test("the reader's selection and review mode pass them on", () => {
    const tip = source("tip");
    const quote = "Police allegedly extorted bribes from child sex trafficking victims";
    const start = tip.reading.text.indexOf(quote);
    const { verdict } = anchorSelection(tip, start, start + quote.length);
    expect(verdict.cautions.map((c) => c.who)).toEqual(["the 2013 UN special rapporteur report"]);
    const review = reviewExcerpt(tip, { quote, locator: "Protection ¶2" });
    expect(review.verdict.cautions).toEqual(verdict.cautions);
  });
});
