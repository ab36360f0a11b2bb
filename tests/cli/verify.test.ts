import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { libraryCopy, sourcebook } from "./run-cli.ts";

/** A valid module file named `id`.md holding the given blocks (its first block is on line 15). */
const module = (id: string, blocks: string) =>
  `---\nid: ${id}\ntitle: Test module\nsummary: For the tests.\nversion: 1\naudiences: [police]\ntopics: [testing]\nminutes: 30\nobjectives:\n  - Check the verifier\nreview: {status: draft}\n---\n## Section\n\n${blocks}\n`;
const GOOD = `:::excerpt un-hrc-25-48-add1 "para. 75"\nChildren are interrogated by police officers and give their statements in the same way\nas adults, in public areas of police stations […]\n:::\n`;
const TAMPERED = `:::excerpt us-tip-2016-kg "Protection ¶2"\nPolice allegedly extorted bribes from child sex trafficking victims through threats of arrest\nfor prostitution, even though prostitution was illegal.\n:::\n`;

function libraryWith(files: Record<string, string>): string {
  const dir = libraryCopy();
  mkdirSync(join(dir, "modules"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, "modules", name), text);
  return dir;
}

test("verify with no modules finds none and passes", () => {
  const dir = libraryCopy();
  const r = sourcebook(["verify", "--library", dir]);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain("No module files to verify.");
});

test("every excerpt of every module is checked; one tampered quote fails the run, exit 1", () => {
  const dir = libraryWith({ "a-good.md": module("a-good", GOOD), "b-tampered.md": module("b-tampered", GOOD + "\n" + TAMPERED) });
  const r = sourcebook(["verify", "--library", dir]);
  expect(r.code).toBe(1);
  expect(r.stdout).toMatch(/modules\/a-good\.md\s+1\s+1\s+0\s+1\s+0/);
  expect(r.stdout).toMatch(/modules\/b-tampered\.md\s+2\s+1\s+1\s+2\s+0/);
  expect(r.stdout).toContain('✘ modules/b-tampered.md:20 us-tip-2016-kg "Protection ¶2": altered');
  expect(r.stdout).toContain('leaves out "neither" without an elision mark');
  expect(r.stdout).toContain("even though prostitution was [-neither-] illegal");
  expect(r.stdout).toContain("2 of 3 excerpts verified in 2 module files");
});

test("verify of named files with --json, all verified, exit 0", () => {
  const dir = libraryWith({ "a-good.md": module("a-good", GOOD) });
  const r = sourcebook(["verify", join(dir, "modules", "a-good.md"), "--library", dir, "--json"]);
  expect(r.code).toBe(0);
  const out = JSON.parse(r.stdout);
  expect(out.rejected).toBe(0);
  expect(out.files[0].excerpts[0]).toMatchObject({ line: 15, sourceId: "un-hrc-25-48-add1", status: "verified" });
});

test("a module citing an unknown source or with a broken fence is reported with its line; the others are still checked", () => {
  const dir = libraryWith({
    "a-unknown.md": module("a-unknown", `:::excerpt no-such-source "para. 1"\nSome words.\n:::\n`),
    "b-broken.md": module("b-broken", `:::excerpt un-hrc-25-48-add1 "para. 75"\nChildren are interrogated by police officers\n`),
    "c-good.md": module("c-good", GOOD),
  });
  const r = sourcebook(["verify", "--library", dir]);
  expect(r.code).toBe(1);
  expect(r.stdout).toContain('modules/a-unknown.md:15 no-such-source "para. 1": unknown-source');
  expect(r.stdout).toContain('modules/b-broken.md:15: block :::excerpt un-hrc-25-48-add1 "para. 75" is not closed with a ::: line');
  expect(r.stdout).toMatch(/modules\/c-good\.md\s+1\s+1\s+0/);
});

test("an excerpt citing a further-reading id is refused in one sentence with its file and line: further reading has no text to quote", () => {
  const dir = libraryWith({
    "a-further.md": module(
      "a-further",
      `:::excerpt lanzarote-convention "art. 35"\nInterviews with the child take place without unjustified delay.\n:::\n`,
    ),
  });
  const r = sourcebook(["verify", "--library", dir]);
  expect(r.code).toBe(1);
  expect(r.stdout).toContain(
    '✘ modules/a-further.md:15 lanzarote-convention "art. 35": further-reading: "lanzarote-convention" is further reading, cited in the bibliography only; it has no text in the library to quote.',
  );
  expect(r.stdout).not.toContain("catalog.yaml");
});

test("a module with no summary or no objectives is reported as incomplete, as its handouts are DRAFT, without failing the run", () => {
  const unfinished = module("b-unfinished", GOOD)
    .replace("summary: For the tests.\n", 'summary: ""\n')
    .replace("objectives:\n  - Check the verifier\n", "objectives: []\n");
  const dir = libraryWith({ "a-good.md": module("a-good", GOOD), "b-unfinished.md": unfinished });
  const r = sourcebook(["verify", "--library", dir]);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain(
    "modules/b-unfinished.md is incomplete: Module “Test module” has no summary. Module “Test module” has no learning objectives.",
  );
  expect(r.stdout).not.toContain("modules/a-good.md is incomplete");
  expect(r.stdout).toContain("2 of 2 excerpts verified in 2 module files");
  const json = JSON.parse(sourcebook(["verify", "--library", dir, "--json"]).stdout);
  expect(json.files.map((f: { incomplete: string[] }) => f.incomplete)).toEqual([
    [],
    ["Module “Test module” has no summary.", "Module “Test module” has no learning objectives."],
  ]);
});

test("every shipped module is complete: a summary and learning objectives", () => {
  const json = JSON.parse(sourcebook(["verify", "--json"]).stdout);
  expect(json.files.length).toBeGreaterThanOrEqual(9);
  for (const f of json.files) expect(f.incomplete, f.file).toEqual([]);
});

test("a named file that does not exist is a usage error, exit 2", () => {
  const r = sourcebook(["verify", "modules/nope.md"]);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain("No such module file");
});

test("--update records each excerpt's anchor; a hand-added excerpt still verifies; a changed source is reported as relocated", async () => {
  const { readFileSync } = await import("node:fs");
  const dir = libraryWith({ "a-good.md": module("a-good", GOOD) });
  const update = sourcebook(["verify", "--update", "--library", dir]);
  expect(update.code).toBe(0);
  const lock = JSON.parse(readFileSync(join(dir, "modules", "anchors.lock.json"), "utf8"));
  expect(lock.modules["a-good"]).toEqual([
    expect.objectContaining({ sourceId: "un-hrc-25-48-add1", locator: "para. 75", quote: expect.stringMatching(/^[0-9a-f]{16}$/) }),
  ]);

  // A trainer adds an excerpt by hand: it verifies, and is listed as not yet in the lock.
  const HAND = `:::excerpt us-tip-2016-kg "Protection ¶2"\nPolice allegedly extorted bribes from child sex trafficking victims through threats of arrest for prostitution\n:::\n`;
  writeFileSync(join(dir, "modules", "a-good.md"), module("a-good", GOOD + "\n" + HAND));
  const added = sourcebook(["verify", "--library", dir]);
  expect(added.code).toBe(0);
  expect(added.stdout).toMatch(/modules\/a-good\.md\s+2\s+2\s+0\s+1\s+0/);

  // The UN report gains a paragraph before para. 75: the quote is found again at para. 76.
  const unFile = join(dir, "sources", "001_3fd3fb04905dff67.txt");
  const raw = readFileSync(unFile, "utf8");
  const renumber = (l: string) =>
    l.replace(/^(\s?)(\d{2,3})\. /, (m, sp: string, n: string) => (Number(n) >= 21 ? `${sp}${Number(n) + 1}. ` : m));
  const lines = raw.split("\n");
  const at = lines.findIndex((l) => l.startsWith("21. "));
  const edited = [...lines.slice(0, at), "21. A paragraph added in the revised edition. ", "", ...lines.slice(at).map(renumber)];
  writeFileSync(unFile, edited.join("\n"));
  const moved = sourcebook(["verify", "--library", dir]);
  expect(moved.code).toBe(1);
  expect(moved.stdout).toContain(
    "the source changed since this excerpt was anchored. Relocated: the words moved from para. 75 to para. 76.",
  );
  expect(moved.stdout).toMatch(/modules\/a-good\.md\s+2\s+1\s+1\s+1\s+1/);
});

test("a broken lock file is a usage error that says how to recover, and is left as it was", async () => {
  const { readFileSync } = await import("node:fs");
  const dir = libraryWith({ "a-good.md": module("a-good", GOOD) });
  writeFileSync(join(dir, "modules", "anchors.lock.json"), "{ not json");
  const r = sourcebook(["verify", "--update", "--library", dir]);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain("modules/anchors.lock.json is not valid JSON");
  expect(readFileSync(join(dir, "modules", "anchors.lock.json"), "utf8")).toBe("{ not json");
});

/** The TIP report gives these words to the 2013 UN special rapporteur report, in the sentence before. */
const ATTRIBUTED = (acknowledge = "") =>
  `:::excerpt us-tip-2016-kg "Protection ¶2"${acknowledge}\nPolice allegedly extorted bribes from child sex trafficking victims through threats of arrest\nfor prostitution\n:::\n`;
const ATTRIBUTION_MESSAGE =
  'attribution: The source attributes this to the 2013 UN special rapporteur report ("According to the 2013 UN special rapporteur report, …").';

test("cautions are listed per excerpt (file:line, locator, kind, message) with a count by kind; plain verify passes, --strict fails on them", () => {
  const dir = libraryWith({ "a-cautioned.md": module("a-cautioned", GOOD + "\n" + ATTRIBUTED()) });
  const r = sourcebook(["verify", "--library", dir]);
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/modules\/a-cautioned\.md\s+2\s+2\s+0\s+2\s+0\s+1\n/);
  expect(r.stdout).toContain(`⚠ modules/a-cautioned.md:20 us-tip-2016-kg "Protection ¶2": ${ATTRIBUTION_MESSAGE}`);
  expect(r.stdout).toContain("⚠ 1 caution on verified words (1 attribution): 0 acknowledged, 1 not.");
  expect(r.stdout).toContain("verify --strict fails on them.");

  const strict = sourcebook(["verify", "--strict", "--library", dir]);
  expect(strict.code).toBe(1);
  expect(strict.stdout).toContain("✘ 1 caution on verified words (1 attribution): 0 acknowledged, 1 not.");
  expect(strict.stdout).toContain("2 of 2 excerpts verified");
});

test("an acknowledged caution is marked as such and --strict passes; acknowledging a caution the quote does not have is a warning, not an error", () => {
  const dir = libraryWith({
    "a-acknowledged.md": module(
      "a-acknowledged",
      GOOD.replace('"para. 75"', '"para. 75" acknowledge=older-data') + "\n" + ATTRIBUTED(" acknowledge=attribution"),
    ),
  });
  const r = sourcebook(["verify", "--strict", "--library", dir]);
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/modules\/a-acknowledged\.md\s+2\s+2\s+0\s+2\s+0\s+1 \(1 acknowledged\)\n/);
  expect(r.stdout).toContain(
    `⚠ modules/a-acknowledged.md:20 us-tip-2016-kg "Protection ¶2": attribution (acknowledged): The source attributes`,
  );
  expect(r.stdout).toContain(
    '• modules/a-acknowledged.md:15 un-hrc-25-48-add1 "para. 75" acknowledges older-data, which no longer applies; take it out of acknowledge=.',
  );
  expect(r.stdout).toContain("✔ 1 caution on verified words (1 attribution): 1 acknowledged, 0 not.");
});

test("--json carries each excerpt's cautions, whether acknowledged, the stale acknowledgements, and the counts by kind", () => {
  const dir = libraryWith({
    "a-json.md": module("a-json", GOOD.replace('"para. 75"', '"para. 75" acknowledge=qualified') + "\n" + ATTRIBUTED()),
  });
  const r = sourcebook(["verify", "--library", dir, "--json", "--strict"]);
  expect(r.code).toBe(1);
  const out = JSON.parse(r.stdout);
  const [good, attributed] = out.files[0].excerpts;
  expect(good).toMatchObject({ line: 15, cautions: [], staleAcknowledgements: ["qualified"] });
  expect(attributed).toMatchObject({
    line: 20,
    cautions: [{ kind: "attribution", message: ATTRIBUTION_MESSAGE.replace("attribution: ", ""), acknowledged: false }],
    staleAcknowledgements: [],
  });
  expect(out.cautions).toEqual({
    attribution: 1,
    "older-data": 0,
    qualified: 0,
    "long-elision": 0,
    total: 1,
    acknowledged: 0,
    unacknowledged: 1,
  });
});
