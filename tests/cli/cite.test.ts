import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { libraryCopy, sourcebook } from "./run-cli.ts";

const PARA_75 =
  "Children are interrogated by police officers and give their statements in the same way as adults, in public areas of police stations";

describe("sourcebook cite", () => {
  test("a genuine quote is verified with its citation and context, exit 0", () => {
    const r = sourcebook(["cite", "un-hrc-25-48-add1", PARA_75, "--locator", "para. 75"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("✔ verified");
    expect(r.stdout).toContain("UN Special Rapporteur (2013), para. 75");
    expect(r.stdout).toContain("sexual abuse. Children are interrogated");
  });

  test("--json gives the contract: status, locator, citation, context, fingerprint", () => {
    const r = sourcebook(["cite", "un-hrc-25-48-add1", PARA_75, "--json"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({
      sourceId: "un-hrc-25-48-add1",
      status: "verified",
      locator: "para. 75",
      citation: "UN Special Rapporteur (2013), para. 75",
    });
    expect(out.path).toContain("2. Investigation and prosecution");
    expect(out.context.match).toBe(PARA_75);
    expect(out.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  test("a verified quote the source attributes to someone else prints its caution, and still exits 0", () => {
    const quote = "Police allegedly extorted bribes from child sex trafficking victims through threats of arrest for prostitution";
    const r = sourcebook(["cite", "us-tip-2016-kg", quote]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("✔ verified  Protection ¶2");
    expect(r.stdout).toContain(
      '  ⚠ attribution: The source attributes this to the 2013 UN special rapporteur report ("According to the 2013 UN special rapporteur report, …").',
    );
    const json = JSON.parse(sourcebook(["cite", "us-tip-2016-kg", quote, "--json"]).stdout);
    expect(json.cautions).toEqual([
      {
        kind: "attribution",
        message:
          'The source attributes this to the 2013 UN special rapporteur report ("According to the 2013 UN special rapporteur report, …").',
      },
    ]);
  });

  test("--json always has a list of cautions: empty for a quote without any, and for a rejected one", () => {
    const plain = sourcebook(["cite", "un-hrc-25-48-add1", PARA_75, "--json"]);
    expect(plain.stdout).not.toContain("⚠");
    expect(JSON.parse(plain.stdout).cautions).toEqual([]);
    const rejected = sourcebook([
      "cite",
      "un-hrc-25-48-add1",
      "as many as 30 per cent of prostitutes working in Bishkek are minors",
      "--json",
    ]);
    expect(rejected.code).toBe(1);
    expect(JSON.parse(rejected.stdout)).toMatchObject({ status: "rejected", cautions: [] });
  });

  test("a changed number is rejected as altered with a word diff, exit 1", () => {
    const r = sourcebook(["cite", "un-hrc-25-48-add1", "as many as 30 per cent of prostitutes working in Bishkek are minors"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("rejected (altered)");
    expect(r.stdout).toContain("[-20-] {+30+}");
    expect(r.stdout).toContain("closest: para. 14");
  });

  test("--json of a rejection carries reason, closest passage and diff", () => {
    const r = sourcebook(["cite", "un-hrc-25-48-add1", PARA_75, "--locator", "para. 74", "--json"]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ status: "rejected", reason: "wrong-locator", foundAt: ["para. 75"] });
  });

  test("a quote from the wrong source is not found, and the right source is named", () => {
    const quote = "Police allegedly extorted bribes from child sex trafficking victims through threats of arrest for prostitution";
    const r = sourcebook(["cite", "un-hrc-25-48-add1", quote, "--json"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({
      reason: "not-found",
      elsewhere: [{ sourceId: "us-tip-2016-kg", locator: "Protection ¶2" }],
    });
  });

  test("a quote from the Patt page is cited as the original report, quoted in Patt", () => {
    const r = sourcebook([
      "cite",
      "patt-child-prostitution-kg",
      "police officers allegedly threatened, extorted, and raped child sex-trafficking victims",
      "--json",
    ]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.citation).toMatch(
      /^Human Rights Reports » 2019 Country Reports on Human Rights Practices \(U\.S\. Dept of State.*\), quoted in Patt \(2020\)$/,
    );
    expect(out.quotedIn.date).toBe("March 10, 2020");
  });

  test.each([
    [
      ["cite", "no-such-source", "some words here"],
      /Unknown source "no-such-source"\. Known sources: patt-child-prostitution-kg, un-hrc-25-48-add1/,
    ],
    [["cite", "un-hrc-25-48-add1", "  "], /The quote is empty/],
    [["cite", "un-hrc-25-48-add1", "the Special"], /too short to cite: it occurs in \d+ passages/],
    [["cite", "un-hrc-25-48-add1"], /cite needs a source id and a quote/],
    [["cite", "--frobnicate"], /Unknown option '--frobnicate'/],
    [["publish"], /Unknown command "publish"/],
  ])("usage errors exit 2 with one sentence and no stack trace: %j", (args, message) => {
    const r = sourcebook(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  test.each([
    [
      ["cite", "un-hrc-25-48-add1", "as many as 20 per cent", "of prostitutes"],
      'sourcebook: cite takes one quote, but "of prostitutes" came after it; put the whole quote in quotes: sourcebook cite un-hrc-25-48-add1 "as many as 20 per cent of prostitutes".',
    ],
    [["cite", "un-hrc-25-48-add1", "…"], /only punctuation/],
    [["cite", "un-hrc-25-48-add1", ","], 'sourcebook: The quote "," has no words, only punctuation: give the words to check.'],
    [["cite", "un-hrc-25-48-add1", "— ; —"], /only punctuation/],
    [["cite", "un-hrc-25-48-add1", PARA_75, "--locator", "--json"], 'sourcebook: --locator needs a value, e.g. --locator "para. 14".'],
    [["cite", "un-hrc-25-48-add1", PARA_75, "--locator"], 'sourcebook: --locator needs a value, e.g. --locator "para. 14".'],
    [["cite", "un-hrc-25-48-add1", PARA_75, "-l"], 'sourcebook: --locator needs a value, e.g. --locator "para. 14".'],
  ])("a slip on the command line is a usage error that says what to do, exit 2: %j", (args, message) => {
    const r = sourcebook(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    if (typeof message === "string") expect(r.stderr.trim()).toBe(message);
    else expect(r.stderr).toMatch(message);
  });

  test("a changed punctuation mark is named in the message, not left blank", () => {
    const r = sourcebook(["cite", "un-hrc-25-48-add1", PARA_75.replace("adults,", "adults;"), "--json"]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.reason).toBe("altered");
    expect(out.message).toBe('Altered from para. 75: "adults," → "adults;".');
    expect(out.message).not.toContain("  ");
  });

  test("a malformed catalog names the file and line, exit 2", () => {
    const dir = libraryCopy();
    const path = join(dir, "sources", "catalog.yaml");
    const text = readFileSync(path, "utf8").replace("    kind: government-report", "    kind: blog");
    writeFileSync(path, text);
    const line = text.split("\n").findIndex((l) => l.includes("kind: blog")) + 1;
    const r = sourcebook(["cite", "us-tip-2016-kg", "The government decreased law enforcement efforts", "--library", dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`sources/catalog.yaml:${line}: sources[2].kind:`);
  });

  test("a missing source file is named, exit 2", () => {
    const dir = libraryCopy();
    rmSync(join(dir, "sources", "002_aede3dbb667e7d00.txt"));
    const r = sourcebook(["cite", "us-tip-2016-kg", "The government decreased law enforcement efforts", "--library", dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("file sources/002_aede3dbb667e7d00.txt is missing");
  });
});

describe("sourcebook sources", () => {
  test("lists the five seeds with passage and note counts", () => {
    const r = sourcebook(["sources", "--json"]);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.stdout) as { id: string; passages: number; notes: number }[];
    expect(rows.map((s) => s.id)).toEqual([
      "patt-child-prostitution-kg",
      "un-hrc-25-48-add1",
      "us-tip-2016-kg",
      "ecpat-gm-kg-2012",
      "wikipedia-prostitution-kg",
    ]);
    const un = rows.find((s) => s.id === "un-hrc-25-48-add1")!;
    expect(un).toMatchObject({ passages: 109, notes: 13 });
    expect(rows.find((s) => s.id === "ecpat-gm-kg-2012")!.notes).toBe(180);
  });
});
