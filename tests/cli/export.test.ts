import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { flat, readPdf } from "../pdf-text.ts";
import { printingLibrary, sourcebook } from "./run-cli.ts";
import { EDITIONS } from "../../src/core/handout/build-handout.ts";

const session = (modules: string, extra = "") => `title: Test session
audience: police
date: 2026-12-08
start: "09:00"
length: 120
place: Бишкек
trainer: Айгүл Токтосунова
organisation: Test Org
${extra}agenda:
${modules}`;

function approve(dir: string, id: string, edit: (t: string) => string = (t) => t) {
  const file = join(dir, "modules", `${id}.md`);
  writeFileSync(
    file,
    edit(
      readFileSync(file, "utf8").replace("review: {status: draft}", "review: {status: approved, reviewer: R. Reviewer, date: 2026-11-20}"),
    ),
  );
}

/** Acknowledges each caution `sourcebook verify` finds on a module's excerpts, on its fence line, as an author who checked them would. */
function acknowledgeCautions(dir: string, id: string) {
  const file = join(dir, "modules", `${id}.md`);
  const verified = JSON.parse(sourcebook(["verify", file, "--json", "--library", dir]).stdout) as {
    files: { excerpts: { line: number; cautions: { kind: string }[] }[] }[];
  };
  const lines = readFileSync(file, "utf8").split("\n");
  for (const e of verified.files[0]!.excerpts)
    if (e.cautions.length > 0)
      lines[e.line - 1] =
        `${lines[e.line - 1]!.replace(/ acknowledge=\S*$/, "")} acknowledge=${[...new Set(e.cautions.map((c) => c.kind))].join(",")}`;
  writeFileSync(file, lines.join("\n"));
}

describe("sourcebook export", () => {
  test("the DRAFT rule both ways: approved and verified prints clean; one unapproved module or one altered quote prints DRAFT, with the reason on the cover", async () => {
    const dir = printingLibrary();
    approve(dir, "non-punishment");
    acknowledgeCautions(dir, "non-punishment");
    // The module quotes ECPAT's report, which may be printed only with a permission on record.
    writeFileSync(
      join(dir, "sources", "permissions.yaml"),
      'permissions:\n  - source: ecpat-gm-kg-2012\n    granted-by: "A. Example"\n    date: 2026-03-02\n    scope: "the tests"\n    reference: "none"\n',
    );
    writeFileSync(join(dir, "s.yaml"), session("  - module: non-punishment\n    minutes: 90\n"));
    const clean = sourcebook([
      "export",
      join(dir, "s.yaml"),
      "--edition",
      "participant",
      "--out",
      join(dir, "clean.pdf"),
      "--library",
      dir,
    ]);
    expect(clean.stderr).toBe("");
    expect(clean.code).toBe(0);
    const cleanPdf = await readPdf(join(dir, "clean.pdf"));
    expect(cleanPdf.text).not.toContain("DRAFT");

    writeFileSync(
      join(dir, "s2.yaml"),
      session("  - module: non-punishment\n    minutes: 60\n  - module: corruption-and-complicity\n    minutes: 60\n"),
    );
    acknowledgeCautions(dir, "corruption-and-complicity");
    const unapproved = sourcebook([
      "export",
      join(dir, "s2.yaml"),
      "--edition",
      "trainer",
      "--out",
      join(dir, "draft.pdf"),
      "--library",
      dir,
    ]);
    expect(unapproved.code).toBe(0);
    expect(unapproved.stdout).toContain("(DRAFT: 1 reason)");
    const draft = await readPdf(join(dir, "draft.pdf"));
    expect(flat(draft.pages[0]!)).toContain("DRAFT — not for distribution");
    expect(flat(draft.pages[0]!)).toContain("Module “Corruption and complicity");

    // A reviewer-approved module whose quote was altered after approval still prints as DRAFT.
    approve(dir, "non-punishment", (t) => t.replace("children should never be convicted", "children should rarely be convicted"));
    const altered = sourcebook([
      "export",
      join(dir, "s.yaml"),
      "--edition",
      "participant",
      "--out",
      join(dir, "altered.pdf"),
      "--library",
      dir,
    ]);
    expect(altered.code).toBe(0);
    const alteredPdf = flat((await readPdf(join(dir, "altered.pdf"))).text);
    expect(alteredPdf).toContain("is not verified: Altered from para. 46");
    expect(alteredPdf).toContain("NOT VERIFIED");
  });

  test("Cyrillic and Kyrgyz (ң ө ү) print and read back", async () => {
    const dir = printingLibrary();
    const kyrgyz = "Балага өзүңүздү тааныштырыңыз, анын атын сураңыз жана үнүн угуңуз.";
    approve(dir, "child-sensitive-interviewing", (t) =>
      t.replace(":::trainer\n", `:::trainer\n${kyrgyz}\n\nРебёнок — потерпевший, а не правонарушитель.\n\n`),
    );
    writeFileSync(join(dir, "s.yaml"), session("  - module: child-sensitive-interviewing\n    minutes: 90\n"));
    const r = sourcebook(["export", join(dir, "s.yaml"), "--edition", "trainer", "--out", join(dir, "ky.pdf"), "--library", dir]);
    expect(r.code).toBe(0);
    const text = flat((await readPdf(join(dir, "ky.pdf"))).text);
    expect(text).toContain(kyrgyz);
    expect(text).toContain("Ребёнок — потерпевший, а не правонарушитель.");
    expect(text).toContain("Айгүл Токтосунова");
  });

  test.each([
    ["an unknown module", "  - module: no-such-module\n    minutes: 30\n", /s\.yaml:10: agenda\[0\]\.module: no module "no-such-module"/],
    [
      "a missing section",
      "  - module: non-punishment\n    sections: [Nothing like this]\n    minutes: 30\n",
      /s\.yaml:11: agenda\[0\]\.sections\[0\]: "non-punishment" has no section "Nothing like this"/,
    ],
    [
      "a module not written for the audience",
      "  - module: child-victims-in-court\n    minutes: 30\n",
      /"child-victims-in-court" is not written for police/,
    ],
    ["bad YAML", "  - module: non-punishment\n   minutes: 30\n", /s\.yaml:11: /],
    ["an agenda item that is neither", "  - lunch: yes\n    minutes: 30\n", /s\.yaml:10: agenda\[0\]: expected a module item/],
  ])("%s is a clear error with file and line, exit 2, and no PDF", (_, agenda, message) => {
    const dir = printingLibrary();
    writeFileSync(join(dir, "s.yaml"), session(agenda));
    const r = sourcebook(["export", join(dir, "s.yaml"), "--edition", "participant", "--out", join(dir, "x.pdf"), "--library", dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, "x.pdf"))).toBe(false);
  });

  test("a session listing a module twice prints, with a warning on stderr naming the module and both items", () => {
    const dir = printingLibrary();
    writeFileSync(
      join(dir, "s.yaml"),
      session("  - module: non-punishment\n    minutes: 45\n  - module: non-punishment\n    minutes: 45\n"),
    );
    const r = sourcebook(["export", join(dir, "s.yaml"), "--edition", "participant", "--out", join(dir, "twice.pdf"), "--library", dir]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      "warning: “Non-punishment of child victims of sexual exploitation” is on the agenda twice: items 1 (09:00–09:45) and 2 (09:45–10:30).",
    );
    expect(existsSync(join(dir, "twice.pdf"))).toBe(true);
  });

  test("an input file is never overwritten", () => {
    const dir = printingLibrary();
    writeFileSync(join(dir, "s.yaml"), session("  - module: non-punishment\n    minutes: 90\n"));
    const before = readFileSync(join(dir, "s.yaml"), "utf8");
    const onSession = sourcebook(["export", join(dir, "s.yaml"), "--edition", "card", "--out", join(dir, "s.yaml"), "--library", dir]);
    expect(onSession.code).toBe(2);
    expect(onSession.stderr).toContain("is an input file");
    expect(readFileSync(join(dir, "s.yaml"), "utf8")).toBe(before);
    const intoModules = sourcebook([
      "export",
      join(dir, "s.yaml"),
      "--edition",
      "card",
      "--out",
      join(dir, "modules", "x.pdf"),
      "--library",
      dir,
    ]);
    expect(intoModules.code).toBe(2);
    writeFileSync(join(dir, "notes.txt"), "my notes");
    const onText = sourcebook(["export", join(dir, "s.yaml"), "--edition", "card", "--out", join(dir, "notes.txt"), "--library", dir]);
    expect(onText.code).toBe(2);
    expect(onText.stderr).toContain("notes.txt exists and is not a PDF");
    expect(readFileSync(join(dir, "notes.txt"), "utf8")).toBe("my notes");
  });

  test("--all prints every starter session × edition with progress, on US Letter when asked", async () => {
    const dir = printingLibrary();
    mkdirSync(join(dir, "out"));
    const r = sourcebook(["export", "--all", "--out", join(dir, "out"), "--paper", "letter", "--library", dir]);
    expect(r.code).toBe(0);
    const files = readdirSync(join(dir, "out")).sort();
    const sessions = readdirSync(join(dir, "templates", "sessions")).length;
    expect(files).toHaveLength(sessions * EDITIONS.length);
    expect(files).toContain("judicial-seminar-audit.pdf");
    expect(files).toContain("judicial-seminar-knowledge-check.pdf");
    expect(files).toContain("judicial-seminar-evaluation.pdf");
    expect(r.stderr).toContain(`${sessions * EDITIONS.length}/${sessions * EDITIONS.length}`);
    const bytes = readFileSync(join(dir, "out", "police-induction-participant.pdf")).toString("latin1");
    expect(bytes).toMatch(/\/MediaBox \[0 0 612 792\]/);
  });
});
