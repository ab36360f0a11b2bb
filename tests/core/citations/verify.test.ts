/**
 * verifyQuote against the real library (DESIGN.md, "Citation rules"). Every genuine quote below
 * is copied from the raw file in sources/; every tampered one changes a genuine quote in one way.
 */
import { describe, expect, test } from "vitest";
import {
  CitationInputError,
  verifyQuote,
  type RejectedVerdict,
  type RejectReason,
  type Verdict,
} from "../../../src/core/citations/verify.ts";
import { library, source, type SourceKey } from "../library.ts";
import { assertRejected, assertVerified, expectMatchSaysQuote } from "./quote-check.ts";

interface Genuine {
  what: string;
  source: SourceKey;
  quote: string;
  /** The locator the verdict must name. */
  at: string;
  /** A locator given with the quote, when the case cites one. */
  locator?: string;
  /** What the matched reading text says, piece by piece, when the quote carries a copied note marker. */
  says?: string[];
}

/** A quote copied straight out of the raw file, line breaks and all. */
function rawQuote(key: SourceKey, from: string, to: string): string {
  const raw = source(key).raw;
  const start = raw.indexOf(from);
  const end = raw.indexOf(to, start);
  if (start < 0 || end < 0) throw new Error(`raw quote ${from} … ${to} not in ${key}`);
  return raw.slice(start, end + to.length);
}

const genuine: Genuine[] = [
  // UN Special Rapporteur: numbered paragraphs, footnotes, hyphenated and blank-line-separated lines.
  {
    what: "a sentence of a numbered paragraph, cited at it",
    source: "un",
    quote:
      "Children are interrogated by police officers and give their statements in the same way as adults, in public areas of police stations, with little regard for their privacy or specific needs.",
    at: "para. 75",
    locator: "para. 75",
  },
  {
    what: "the same sentence without a locator",
    source: "un",
    quote:
      "Children are interrogated by police officers and give their statements in the same way as adults, in public areas of police stations, with little regard for their privacy or specific needs.",
    at: "para. 75",
  },
  {
    what: "a paragraph's opening with its printed number",
    source: "un",
    quote:
      "1. The Special Rapporteur on the sale of children, child prostitution and child pornography, Najat Maalla M’jid, undertook an official visit to Kyrgyzstan from 15 to 26 April 2013, at the invitation of the Government.",
    at: "para. 1",
  },
  {
    what: "a straight apostrophe where the source has a typographic one",
    source: "un",
    quote: "Najat Maalla M'jid, undertook an official visit to Kyrgyzstan",
    at: "para. 1",
  },
  {
    what: "straight double quotes where the source has “saunas”",
    source: "un",
    quote: 'In particular, the Special Rapporteur was informed of the operation of "saunas", especially in Bishkek.',
    at: "para. 14",
  },
  {
    what: "a sentence the page's footnote block interrupts",
    source: "un",
    quote:
      "Furthermore, cases of forced marriage with a person under the age of 17, which includes cases of bride kidnapping, rose from seven criminal cases in 2009 to 13 in 2012.",
    at: "para. 15",
    locator: "para. 15",
  },
  {
    what: "a word hyphenated at a line end (out-of-school)",
    source: "un",
    quote: "Although exact estimates of out-of-school children vary greatly according to the source",
    at: "para. 20",
  },
  {
    what: "the same words copied from the raw file with the line break and blank line",
    source: "un",
    quote: rawQuote("un", "Although exact estimates of out-of-", "vary greatly according to the source"),
    at: "para. 20",
  },
  {
    what: "ground-breaking, broken after its hyphen",
    source: "un",
    quote: "welcomes the Children’s Code as a ground-breaking step towards the protection of children’s rights in Kyrgyzstan",
    at: "para. 34",
  },
  {
    what: "a sentence copied from the raw file across several blank-line-separated lines",
    source: "un",
    quote: rawQuote("un", "Children are interrogated by police officers", "specific needs."),
    at: "para. 75",
  },
  {
    what: "a sentence with the footnote marker copied along (girls.2)",
    source: "un",
    quote:
      "According to some civil society organizations, as many as 20 per cent of prostitutes working in Bishkek are minors, reportedly both boys and girls.2",
    at: "para. 14",
    says: [
      "According to some civil society organizations, as many as 20 per cent of prostitutes working in Bishkek are minors, reportedly both boys and girls.",
    ],
  },
  {
    what: "the same sentence without the marker",
    source: "un",
    quote:
      "According to some civil society organizations, as many as 20 per cent of prostitutes working in Bishkek are minors, reportedly both boys and girls.",
    at: "para. 14",
  },
  {
    what: "words that run over a footnote marker inside a sentence",
    source: "un",
    quote:
      "sex work is currently neither a crime nor an administrative offence; the “fines” threatened by the police for alleged prostitution are thus actually bribes.",
    at: "para. 76",
  },
  {
    what: "a lettered sub-item of a recommendation paragraph",
    source: "un",
    quote:
      "(b) To ensure child-friendly justice procedures that provide child victims with specific and prompt protection and assistance that prevent further hardship and trauma",
    at: "para. 101",
  },
  {
    what: "the text of a footnote",
    source: "un",
    quote: "The estimate indicator is based on the minimum statutory monthly pay.",
    at: "note 9",
  },
  {
    what: "a footnote cited as a note",
    source: "un",
    quote: "On 18 February 2013, however, the amendment was withdrawn.",
    at: "note 10",
    locator: "note 10",
  },
  {
    what: "an elision [...] inside one paragraph",
    source: "un",
    quote: "Children are interrogated by police officers [...] with little regard for their privacy or specific needs.",
    at: "para. 75",
  },
  {
    what: "an elision […] into the next paragraph",
    source: "un",
    quote:
      "Such practices contribute to the re-victimization of the child. […] Another major challenge is the deep-rooted corruption and impunity among law enforcement officers.",
    at: "para. 75",
    locator: "para. 75",
  },
  {
    what: "an elision ... over a footnote marker",
    source: "un",
    quote:
      "The Special Rapporteur notes, however, that under Kyrgyz law, sex work is currently neither a crime nor an administrative offence ... the “fines” threatened by the police for alleged prostitution are thus actually bribes.",
    at: "para. 76",
  },
  {
    what: "straight quotes around “fine” and “crime”",
    source: "un",
    quote: 'then often steal their earnings as a "fine" for committing the "crime" of sex work',
    at: "para. 76",
  },

  // U.S. TIP report 2016: upper-case sections, hard-wrapped lines, a page break of empty lines.
  {
    what: "a clause of the recommendations",
    source: "tip",
    quote:
      "enact legislation consistent with international law to ensure prosecuting the prostitution of minors does not require proof of force, fraud, or coercion",
    at: "Recommendations for Kyrgyzstan ¶1",
  },
  {
    what: "a sentence broken by a page break (empty lines)",
    source: "tip",
    quote:
      "An international organization reported that in 2016 the judges’ training center and prosecutors’ training center signed memoranda of understanding calling for an introduction to trafficking issues to be integrated into training for these professionals.",
    at: "Prosecution ¶3",
    locator: "Prosecution ¶3",
  },
  {
    what: "the same words with straight apostrophes",
    source: "tip",
    quote: "the judges' training center and prosecutors' training center signed memoranda",
    at: "Prosecution ¶3",
  },
  {
    what: "a Protection paragraph cited by section and ordinal",
    source: "tip",
    quote:
      "Police did not use child-sensitive procedures when dealing with child victims during case investigation and courts did not provide safeguards to ensure children’s privacy and protection.",
    at: "Protection ¶2",
    locator: "Protection ¶2",
  },
  {
    what: "a Protection paragraph cited in lower case, with “para.”",
    source: "tip",
    quote:
      "The government required witnesses to attend multiple public hearings and sit next to their alleged traffickers at trial, which deterred victims from cooperating with police.",
    at: "Protection ¶2",
    locator: "protection, para. 2",
  },
  {
    what: "a sentence with “never”",
    source: "tip",
    quote: "However, the government has never investigated the allegations from this report",
    at: "Prosecution ¶4",
  },
  {
    what: "straight quotes and an en dash where the source has typographic quotes and a hyphen",
    source: "tip",
    quote:
      'Article 124 of the criminal code, entitled "Trafficking in Persons," criminalizes both sex and labor trafficking of adults and children',
    at: "Prosecution ¶1",
  },
  {
    what: "an en dash typed where the source has a hyphen (14-17)",
    source: "tip",
    quote: "When the victim is a child aged 14–17 years, the penalty is five to 10 years’ imprisonment",
    at: "Prosecution ¶1",
  },
  {
    what: "an elision … into the next paragraph",
    source: "tip",
    quote: "Civil society actors reported the need for increased training for police … Corruption is a systemic problem in Kyrgyzstan.",
    at: "Prosecution ¶3",
  },
  {
    what: "the opening narrative",
    source: "tip",
    quote: "Adult male labor migrants working abroad are reportedly at the highest risk of trafficking.",
    at: "Kyrgyzstan: Tier 2 ¶1",
  },
  {
    what: "the last sentence of Prevention",
    source: "tip",
    quote: "The government did not report efforts to reduce the demand for commercial sex acts or forced labor.",
    at: "Prevention ¶1",
  },

  // ECPAT: lists, tables, endnotes, superscript markers, paragraphs cut by page ends.
  {
    what: "a list item of the priority actions",
    source: "ecpat",
    quote: "Legislation should incorporate the act of soliciting children online for sexual purposes (grooming);",
    at: "Priority Actions Required › Protection ¶3",
  },
  {
    what: "a glossary item, without the source's ** emphasis",
    source: "ecpat",
    quote: "OSCE: Organisation on Security and Cooperation in Europe",
    at: "Glossary of Terms and Acronyms ¶22",
  },
  {
    what: "the text of a table cell",
    source: "ecpat",
    quote: "Working Group of the Universal Periodic Review – Human Rights Council",
    at: "Protection ¶2",
  },
  {
    what: "a table row, cells separated by tabs",
    source: "ecpat",
    quote: "Convention on the Rights of the Child – 1989\t12 January 1994\t29 July 2010",
    at: "Protection ¶2",
  },
  {
    what: "the text of an endnote",
    source: "ecpat",
    quote: "OSCE Website. OSCE Promotes interactive Teaching among Police trainers in Kyrgyzstan.",
    at: "note 174",
    locator: "note 174",
  },
  {
    what: "a sentence with its superscript marker copied along (¹⁷⁴)",
    source: "ecpat",
    quote: "The training included courses on how to interview victims of trafficking and exploitation as well as case identification.¹⁷⁴",
    at: "Training law enforcement personnel ¶2",
    says: ["The training included courses on how to interview victims of trafficking and exploitation as well as case identification."],
  },
  {
    what: "a sentence broken across a page",
    source: "ecpat",
    quote: "Youth in the Kyrgyz Republic have been recognized as the group which is most at risk of trafficking.",
    at: "Prevention ¶12",
  },
  {
    what: "a paragraph under the mixed-case heading Child prostitution",
    source: "ecpat",
    quote:
      "The lack of statistical data and research on the problem has been highlighted by the Committee of the Rights of the Child in the Concluding Observations on the implementation of the OPSC submitted by the state.",
    at: "Child prostitution ¶1",
  },
  {
    what: "a paragraph under the upper-case heading PROSTITUTION OF CHILDREN, straight quotes",
    source: "ecpat",
    quote: 'Article 157 of the Criminal Code criminalizes involving a child in prostitution or in "performing sexual acts".',
    at: "Prostitution of Children ¶1",
  },
  {
    what: "an elision … over a page break inside one paragraph",
    source: "ecpat",
    quote:
      "Article 157 of the Criminal Code criminalizes involving a child in prostitution … the law makes no attempt to curb the demand for prostitution by targeting individuals who attempt to have sexual activity with child victims of prostitution.",
    at: "Prostitution of Children ¶1",
  },
  {
    what: "the sentence before a two-note marker ^{149 150}",
    source: "ecpat",
    quote:
      "As such it is recommended that the ISPs develop a code of conduct and work closely with the law enforcement and follow international standards and guidelines to prevent access to such sites.",
    at: "Child Pornography Child Abuse Images ¶3",
  },
  {
    what: "the same sentence with the two-note marker copied along",
    source: "ecpat",
    quote: "follow international standards and guidelines to prevent access to such sites.^{149 150}",
    at: "Child Pornography Child Abuse Images ¶3",
    says: ["follow international standards and guidelines to prevent access to such sites."],
  },
  {
    what: "a paragraph cited by its full heading path",
    source: "ecpat",
    quote: "Judges and lawyers in particular should be trained on child friendly measures when dealing with child victims of CSEC.",
    at: "Training law enforcement personnel ¶4",
    locator: "Child Pornography Child Abuse Images › Training law enforcement personnel ¶4",
  },
  {
    what: "the rights notice on the cover",
    source: "ecpat",
    quote:
      "Extracts from this publication may be reproduced only with permission from ECPAT International and acknowledgment of the source",
    at: "Cover ¶6",
  },

  // Wikipedia.
  {
    what: "a Law enforcement paragraph",
    source: "wikipedia",
    quote: "NGOs and sex workers report harassment and corruption by law enforcement and forced health checks.",
    at: "Law enforcement ¶1",
    locator: "Law enforcement ¶1",
  },
  {
    what: "straight quotes kept as the source has them",
    source: "wikipedia",
    quote:
      'Since the setting up of the Police\'s "Department for Combating Human Trafficking and Crimes Against Public Morality" in 2013, the situation has deteriorated.',
    at: "Law enforcement ¶1",
  },
  {
    what: "Cyrillic words",
    source: "wikipedia",
    quote: "The NGO Таис Плюс (Tais Plus) is an organisation that advocates sex workers' rights",
    at: "Tais Plus ¶1",
  },
  {
    what: "the source's own grammar, kept",
    source: "wikipedia",
    quote: "It has been estimated that about 90% of street sex workers in Kyrgyzstan have reached by the organisation's outreach project.",
    at: "Tais Plus ¶4",
  },
  {
    what: "the source's missing full stop, kept",
    source: "wikipedia",
    quote: "with penalties of up to five years There are estimated to be 7,100 sex workers in the country.",
    at: "Introduction ¶1",
  },
  {
    what: "a See also list item",
    source: "wikipedia",
    quote: "Prostitution in the Soviet Union",
    at: "See also ¶1",
  },

  // Patt's compilation.
  {
    what: "an excerpt of the 2018 Findings on the Worst Forms of Child Labor",
    source: "patt",
    quote: "Reports suggest Kyrgyz police officers sexually exploit female trafficking victims, including some younger than age 18.",
    at: "2018 Findings on the Worst Forms of Child Labor ¶2",
  },
  {
    what: "an excerpt of the 2005 Country Reports",
    source: "patt",
    quote: "A flourishing commercial sex industry exploited girls as young as age 10 from destitute mountain villages.",
    at: "Human Rights Reports » 2005 Country Reports on Human Rights Practices ¶1",
  },
  {
    what: "an excerpt that begins with the quoted report's paragraph number",
    source: "patt",
    quote:
      "[61] The Committee is concerned that the recommendations made upon consideration of the State party’s initial report with regard to the involvement of children in sexual exploitation have not been fully implemented.",
    at: "Concluding Observations of the Committee on the Rights of the Child (CRC) ¶1",
  },
  {
    what: "words of an excerpt after the source's own (…)",
    source: "patt",
    quote: "Madina, who is now 16, agreed to be interviewed about her life as a prostitute in return for 350 soms.",
    at: "Rights of the Child in Kyrgyzstan ¶3",
  },
];

describe("genuine quotes are verified at the right passage", () => {
  test("there are at least 40 cases, from every source", () => {
    expect(genuine.length).toBeGreaterThanOrEqual(40);
    expect(new Set(genuine.map((g) => g.source))).toEqual(new Set(["un", "tip", "ecpat", "wikipedia", "patt"]));
  });

  test.each(genuine)("$source: $what", (c) => {
    const src = source(c.source);
    const verdict = verifyQuote(src, c.quote, c.locator !== undefined ? { locator: c.locator } : {});
    assertVerified(verdict);
    expect(verdict.match.locator).toBe(c.at);
    expect(verdict.message).toContain(c.at);
    expectMatchSaysQuote(src, verdict, c.quote, c.says);
  });
});

function rejected(verdict: Verdict, reason: RejectReason): asserts verdict is RejectedVerdict {
  assertRejected(verdict, reason);
  expect("match" in verdict, "a rejected verdict has no match").toBe(false);
}

describe("tampered quotes are rejected with a reason a reviewer can act on", () => {
  test("a changed number is altered; the closest passage is para. 14 and the diff shows 20 → 30", () => {
    const v = verifyQuote(
      source("un"),
      "as many as 30 per cent of prostitutes working in Bishkek are minors, reportedly both boys and girls.",
    );
    rejected(v, "altered");
    expect(v.closest?.locator).toBe("para. 14");
    expect(v.closest?.diff).toContainEqual({ op: "delete", text: "20" });
    expect(v.closest?.diff).toContainEqual({ op: "insert", text: "30" });
    expect(v.closest?.diff.filter((d) => d.op !== "equal")).toHaveLength(2);
    expect(v.message).toMatch(/20.*→.*30/);
  });

  test("a dropped “not” is altered", () => {
    const v = verifyQuote(
      source("un"),
      "even when cases of child exploitation are brought to the attention of the authorities, child victims are often adequately protected during the interrogation and preparation process.",
    );
    rejected(v, "altered");
    expect(v.closest?.locator).toBe("para. 75");
    expect(v.closest?.diff).toContainEqual({ op: "delete", text: "not" });
    expect(v.closest?.diff.some((d) => d.op === "insert")).toBe(false);
  });

  test("a dropped “never” is altered", () => {
    const v = verifyQuote(source("tip"), "However, the government has investigated the allegations from this report", {
      locator: "Prosecution ¶4",
    });
    rejected(v, "altered");
    expect(v.closest?.locator).toBe("Prosecution ¶4");
    expect(v.closest?.diff).toContainEqual({ op: "delete", text: "never" });
  });

  test("one word swapped (public → private) is altered", () => {
    const v = verifyQuote(
      source("un"),
      "Children are interrogated by police officers and give their statements in the same way as adults, in private areas of police stations",
    );
    rejected(v, "altered");
    expect(v.closest?.locator).toBe("para. 75");
    expect(v.closest?.diff).toContainEqual({ op: "delete", text: "public" });
    expect(v.closest?.diff).toContainEqual({ op: "insert", text: "private" });
    expect(v.closest?.altered).toBe(true);
  });

  test("a word added (routinely) is altered", () => {
    const v = verifyQuote(
      source("un"),
      "Children are routinely interrogated by police officers and give their statements in the same way as adults",
    );
    rejected(v, "altered");
    expect(v.closest?.diff).toContainEqual({ op: "insert", text: "routinely" });
  });

  test("a changed year is altered", () => {
    const v = verifyQuote(
      source("tip"),
      "In July 2016, the government passed a law to increase the penalties for private employment agencies found operating without a license.",
    );
    rejected(v, "altered");
    expect(v.closest?.locator).toBe("Prevention ¶1");
    expect(v.closest?.diff).toContainEqual({ op: "delete", text: "2015," });
    expect(v.closest?.diff).toContainEqual({ op: "insert", text: "2016," });
  });

  test("“but do not focus” turned into “and focus” is altered", () => {
    const v = verifyQuote(source("ecpat"), "The services are accessible to adults and children and focus on victims of CSEC.");
    rejected(v, "altered");
    expect(v.closest?.locator).toBe("Support services for children ¶4");
  });

  test("another source's wording of the same fact is not passed (Wikipedia's sentence against Patt)", () => {
    const v = verifyQuote(
      source("patt"),
      "Kyrgyz police officers allegedly exploit female trafficking victims, including some younger than age 18, for sex both in saunas and on the street.",
    );
    assertRejected(v);
    expect(v.closest?.locator).toBe("2018 Findings on the Worst Forms of Child Labor ¶2");
  });

  test("a quote from the wrong source is not found, and `elsewhere` names the right source", () => {
    const quote =
      "The government continued to provide rent-free facilities used by three NGO-run shelters (two for adults and one for children) that provided services for trafficking victims.";
    const v = verifyQuote(source("un"), quote, { library: library() });
    rejected(v, "not-found");
    expect(v.elsewhere).toEqual([{ sourceId: "us-tip-2016-kg", locator: "Protection ¶1" }]);
    expect(v.message).toContain("us-tip-2016-kg");
  });

  test("without the library the wrong-source quote is still not found, and names no other source", () => {
    const v = verifyQuote(source("un"), "MVD conducted approximately 70 brothel raids in 2015.");
    rejected(v, "not-found");
    expect(v.elsewhere).toBeUndefined();
  });

  test("an ECPAT sentence checked against Wikipedia points to ECPAT", () => {
    const v = verifyQuote(source("wikipedia"), "The services are accessible to adults and children but do not focus on victims of CSEC.", {
      library: library(),
    });
    rejected(v, "not-found");
    expect(v.elsewhere).toEqual([{ sourceId: "ecpat-gm-kg-2012", locator: "Support services for children ¶4" }]);
  });

  test("a wrong locator is rejected, and foundAt names the real one", () => {
    const v = verifyQuote(
      source("un"),
      "Children are interrogated by police officers and give their statements in the same way as adults",
      { locator: "para. 74" },
    );
    rejected(v, "wrong-locator");
    expect(v.foundAt?.map((f) => f.locator)).toEqual(["para. 75"]);
    expect(v.message).toContain("para. 75");
  });

  test("a wrong section locator is rejected, and foundAt names the real one", () => {
    const v = verifyQuote(
      source("tip"),
      "Police did not use child-sensitive procedures when dealing with child victims during case investigation",
      { locator: "Prosecution ¶2" },
    );
    rejected(v, "wrong-locator");
    expect(v.foundAt?.map((f) => f.locator)).toEqual(["Protection ¶2"]);
  });

  test("a paragraph cited at its section's heading is a wrong locator that names the paragraph", () => {
    const v = verifyQuote(
      source("tip"),
      "The government required witnesses to attend multiple public hearings and sit next to their alleged traffickers at trial",
      { locator: "§ Protection" },
    );
    rejected(v, "wrong-locator");
    expect(v.message).toBe("The words are in us-tip-2016-kg at Protection ¶2, not at § Protection.");
  });

  test("a locator the source does not have is a wrong locator that says what it has", () => {
    const v = verifyQuote(source("un"), "Children are interrogated by police officers", { locator: "para. 200" });
    rejected(v, "wrong-locator");
    expect(v.message).toMatch(/1–109/);
  });

  test("a note cited at the wrong note number is a wrong locator", () => {
    const v = verifyQuote(source("ecpat"), "OSCE Promotes interactive Teaching among Police trainers in Kyrgyzstan.", {
      locator: "note 173",
    });
    rejected(v, "wrong-locator");
    expect(v.foundAt?.map((f) => f.locator)).toEqual(["note 174"]);
  });

  test("two sentences of one paragraph joined without an elision mark are altered", () => {
    const v = verifyQuote(
      source("un"),
      "In particular, she observed the total absence of a child-sensitive methodology for dealing with cases involving child victims of sexual abuse. Court processes involving children do not provide any safeguards, and children are often forced to sit next to the perpetrator in court.",
    );
    rejected(v, "altered");
    expect(v.closest?.locator).toBe("para. 75");
    expect(v.closest?.diff.some((d) => d.op === "delete" && d.text.includes("interrogated"))).toBe(true);
  });

  test("words left out without an elision mark are altered", () => {
    const v = verifyQuote(
      source("un"),
      "Children are interrogated by police officers in public areas of police stations, with little regard for their privacy or specific needs.",
    );
    rejected(v, "altered");
    expect(v.closest?.locator).toBe("para. 75");
    const left = v
      .closest!.diff.filter((d) => d.op === "delete")
      .map((d) => d.text)
      .join(" ");
    expect(left).toContain("give their statements");
    expect(left).toContain("same way as adults,");
    expect(v.closest!.diff.some((d) => d.op === "insert")).toBe(false);
  });

  test("the end of one paragraph joined to the start of the next without an elision mark is altered", () => {
    const v = verifyQuote(
      source("un"),
      "the adoption of the National Program for the Development of Justice for Children. Another major challenge is the deep-rooted corruption and impunity among law enforcement officers.",
    );
    rejected(v, "altered");
    expect(v.closest?.locator).toBe("para. 75");
  });

  test("an altered quote cited at its paragraph is altered, not a wrong locator", () => {
    const v = verifyQuote(source("un"), "as many as 30 per cent of prostitutes working in Bishkek are minors", { locator: "para. 14" });
    rejected(v, "altered");
    expect(v.closest?.locator).toBe("para. 14");
  });

  test("a quote that starts inside a word (“lawful” cut from “unlawful”) is not verified", () => {
    const v = verifyQuote(source("tip"), "lawful acts committed as a direct result of being subjected to trafficking");
    rejected(v, "altered");
    expect(v.closest?.locator).toBe("Recommendations for Kyrgyzstan ¶1");
  });

  test("a quote that starts inside a word (“fortunately” cut from “Unfortunately”) is not verified", () => {
    const v = verifyQuote(source("un"), "fortunately, as at August 2013, the database was still not operational.");
    expect(v.status, v.message).toBe("rejected");
  });

  test("a quote that ends inside a word is not verified", () => {
    const v = verifyQuote(
      source("un"),
      "Children are interrogated by police officers and give their statements in the same way as adults, in pub",
    );
    expect(v.status, v.message).toBe("rejected");
  });

  test("an elided piece that starts inside a word is not verified", () => {
    const v = verifyQuote(
      source("tip"),
      "amend the law to exempt identified trafficking victims from punishment for […] lawful acts committed as a direct result of being subjected to trafficking",
    );
    expect(v.status, v.message).toBe("rejected");
  });

  test("an elision across distant paragraphs is too far", () => {
    const v = verifyQuote(
      source("un"),
      "as many as 20 per cent of prostitutes working in Bishkek are minors … Children are interrogated by police officers",
    );
    rejected(v, "elision-too-far");
    expect(v.message).toContain("para. 14");
    expect(v.message).toContain("para. 75");
  });

  test("an elision that puts a paragraph's sentences in the wrong order is altered, not passed", () => {
    const v = verifyQuote(
      source("un"),
      "Such practices contribute to the re-victimization of the child. [...] Children are interrogated by police officers",
    );
    // Both pieces are in para. 75, in the other order: the quote reorders the source.
    rejected(v, "altered");
  });

  test("an elision into a footnote is not a passage continuation", () => {
    const v = verifyQuote(
      source("un"),
      "reportedly both boys and girls. […] ECPAT International, Global Monitoring status of action against commercial sexual exploitation",
    );
    expect(v.status).toBe("rejected");
  });

  test("a longer quote that occurs in several paragraphs, without a locator, is ambiguous", () => {
    const v = verifyQuote(source("un"), "The Special Rapporteur notes, however, that");
    rejected(v, "ambiguous");
    expect(v.foundAt!.length).toBeGreaterThanOrEqual(4);
    expect(v.foundAt!.map((f) => f.locator)).toEqual(expect.arrayContaining(["para. 16", "para. 17", "para. 62", "para. 76"]));
  });

  test("the ambiguous quote is verified once a locator chooses", () => {
    const v = verifyQuote(source("un"), "The Special Rapporteur notes, however, that", { locator: "para. 17" });
    assertVerified(v);
    expect(v.match.locator).toBe("para. 17");
  });

  test("a two-word quote that occurs in several passages cannot be anchored", () => {
    expect(() => verifyQuote(source("un"), "child prostitution")).toThrow(CitationInputError);
    expect(() => verifyQuote(source("ecpat"), "child trafficking")).toThrow(CitationInputError);
  });

  test("the two-word quote with a locator is verified", () => {
    expect(verifyQuote(source("un"), "child prostitution", { locator: "para. 14" }).status).toBe("verified");
  });

  test("an empty quote cannot be checked", () => {
    expect(() => verifyQuote(source("un"), "")).toThrow(CitationInputError);
    expect(() => verifyQuote(source("un"), "  \n\t ")).toThrow(CitationInputError);
    expect(() => verifyQuote(source("un"), "[…]")).toThrow(CitationInputError);
  });

  test("a quote over the length limit is refused before it is searched for, saying the limit (issue 11: 5 MB took 24.7 s)", () => {
    const started = performance.now();
    expect(() => verifyQuote(source("un"), "child protection ".repeat(300_000))).toThrow(
      "The quote is 5,100,000 characters long, over the 10,000-character limit for one quote: quote less, or make several excerpts.",
    );
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe("page structure never lends a quote words the passage does not have", () => {
  test("a UN section heading is not part of the paragraph before it (para. 38 / “4. Criminal laws …”)", () => {
    const v = verifyQuote(
      source("un"),
      "circulated among ministries for their revision and approval. 4. Criminal laws addressing the sale, trafficking, sexual abuse and exploitation of children",
    );
    expect(v.status).toBe("rejected");
  });

  test("a UN section heading is not part of the paragraph before it (para. 64 / “E. Policies and programmes …”)", () => {
    const v = verifyQuote(
      source("un"),
      "the institutional framework regarding child rights remains fragile. E. Policies and programmes to address the sale of children",
      { locator: "para. 64" },
    );
    expect(v.status).toBe("rejected");
  });

  test("an ECPAT chapter heading is not part of the paragraph cut off before it", () => {
    const v = verifyQuote(
      source("ecpat"),
      "child witnesses receive little protection against physical and psychological pressure during TRAFFICKING IN CHILDREN FOR SEXUAL PURPOSES",
    );
    expect(v.status).toBe("rejected");
  });

  test("an ECPAT table and the paragraph after it are separate passages", () => {
    const v = verifyQuote(source("ecpat"), "15 March 2003 The Kyrgyz Republic guarantees the overall protection of children's rights.");
    expect(v.status).toBe("rejected");
  });
});
