/** Acknowledged cautions: which ones an excerpt accepts, and what accepting one prints in its citation. */
import { describe, expect, test } from "vitest";
import { acknowledgements, withAcknowledged } from "../../../src/core/citations/acknowledgements.ts";
import { acknowledgementEffect, citationNotes, shortCitation } from "../../../src/core/citations/citation.ts";
import { verifyQuote } from "../../../src/core/citations/verify.ts";
import { source } from "../library.ts";
import { assertVerified } from "./quote-check.ts";

const BRIBES = "Police allegedly extorted bribes from child sex trafficking victims through threats of arrest for prostitution";
const HIDDEN = "children are kept in private homes used as hidden brothels; however, it is a widespread phenomenon.";

describe("acknowledgements", () => {
  test("each caution is acknowledged by its kind; a kind acknowledged that the quote no longer has is stale", () => {
    const verdict = verifyQuote(source("ecpat"), HIDDEN, { locator: "Child prostitution ¶4" });
    assertVerified(verdict);
    expect(verdict.cautions.map((c) => c.kind)).toEqual(["attribution", "older-data"]);
    const { cautions, stale } = acknowledgements(verdict, ["older-data", "qualified"]);
    expect(cautions.map((c) => [c.kind, c.acknowledged])).toEqual([
      ["attribution", false],
      ["older-data", true],
    ]);
    expect(stale).toEqual(["qualified"]);
  });

  test("a rejected quote has no cautions, and its acknowledgements are not called stale: its words are the problem", () => {
    const verdict = verifyQuote(source("tip"), BRIBES.replace("allegedly", "often"), { locator: "Protection ¶2" });
    expect(verdict.status).toBe("rejected");
    expect(acknowledgements(verdict, ["attribution"])).toEqual({ cautions: [], stale: [] });
  });

  test("ticking and unticking a kind keeps the canonical order", () => {
    expect(withAcknowledged(["long-elision"], "attribution", true)).toEqual(["attribution", "long-elision"]);
    expect(withAcknowledged(["attribution", "long-elision"], "attribution", false)).toEqual(["long-elision"]);
  });
});

describe("what an acknowledged caution prints", () => {
  test("attribution: whom the source cites, in its words; older data: the year of the data; qualified and long elision: nothing", () => {
    const verdict = verifyQuote(source("ecpat"), HIDDEN, { locator: "Child prostitution ¶4" });
    assertVerified(verdict);
    const [attribution, older] = verdict.cautions;
    expect(acknowledgementEffect(attribution!)).toBe("citing non-government organizations");
    expect(acknowledgementEffect(older!)).toBe("data from 2004");
    expect(acknowledgementEffect({ ...older!, kind: "qualified" })).toBeUndefined();
    const passage = source("ecpat").reading.passages[verdict.match.passageIndex]!;
    const all = acknowledgements(verdict, ["attribution", "older-data"]).cautions;
    expect(shortCitation(source("ecpat"), passage, citationNotes(all))).toBe(
      "ECPAT International (2012; data from 2004), Child prostitution ¶4, citing non-government organizations",
    );
    // Unacknowledged, neither prints.
    expect(shortCitation(source("ecpat"), passage, citationNotes(acknowledgements(verdict, []).cautions))).toBe(
      "ECPAT International (2012), Child prostitution ¶4",
    );
  });

  test("words the source gives to no one in particular print as such", () => {
    expect(citationNotes([{ kind: "attribution", message: "", trigger: { start: 0, end: 0 }, acknowledged: true }])).toEqual({
      citing: "sources it does not name",
    });
  });

  test("a compilation: the data year goes with the quoted report, whom it cites after 'quoted in'", () => {
    const patt = source("patt");
    const verdict = verifyQuote(patt, "police officers allegedly threatened, extorted, and raped child sex-trafficking victims");
    assertVerified(verdict);
    const passage = patt.reading.passages[verdict.match.passageIndex]!;
    expect(shortCitation(patt, passage, { dataYear: 2004, citing: "police" })).toBe(
      "Human Rights Reports » 2019 Country Reports on Human Rights Practices (U.S. Dept of State Bureau of Democracy, Human Rights, and Labor, March 10, 2020; data from 2004), quoted in Patt (2020), citing police",
    );
  });
});
