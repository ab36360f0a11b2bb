/**
 * `sourcebook verify` checks an excerpt's parallel quote against the translation at the same
 * locator, and `sourcebook export --languages` prints it. The translation is the Russian test fixture (tests/fixtures/russian): not an official
 * translation, not reviewed by a native speaker.
 */
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { flat, readPdf } from "../pdf-text.ts";
import { libraryWithRussian } from "../core/russian-library.ts";
import { projectRoot, sourcebook } from "./run-cli.ts";

/** A module whose one excerpt (line 14) quotes para. 14 with the given Russian words beside it. */
const module = (russian: string) =>
  `---\nid: saunas\ntitle: Saunas\nsummary: For the tests.\nversion: 1\naudiences: [police]\ntopics: [testing]\nminutes: 30\nobjectives:\n  - Check the verifier\nreview: {status: draft}\n---\n## Section\n:::excerpt un-hrc-25-48-add1 "para. 14"\nthe Special Rapporteur was informed of the operation of “saunas”, especially in Bishkek\n:::parallel un-hrc-25-48-add1-ru\n${russian}\n:::\n`;

function libraryWithModule(russian: string): string {
  const dir = libraryWithRussian();
  mkdirSync(join(dir, "modules"));
  writeFileSync(join(dir, "modules", "saunas.md"), module(russian));
  return dir;
}

const verify = (russian: string) => sourcebook(["verify", "--library", libraryWithModule(russian)]);

test("an excerpt whose parallel quote says the same words at the same para. N verifies", () => {
  const r = verify("Специальному докладчику сообщили о работе «саун», особенно в Бишкеке");
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  expect(r.stdout).toContain("1 of 1 excerpts verified");
});

test("a parallel quote that is altered fails the run, naming the file, the line and the word", () => {
  const r = verify("Специальному докладчику сообщили о работе «бань», особенно в Бишкеке");
  expect(r.code).toBe(1);
  expect(r.stdout).toContain(
    '✘ modules/saunas.md:14 un-hrc-25-48-add1 "para. 14": parallel: parallel quote from un-hrc-25-48-add1-ru: Altered from para. 14',
  );
  expect(r.stdout).toContain(`[-"саун",-] {+"бань",+}`);
});

test("a parallel quote from another paragraph of the translation fails the run", () => {
  const r = verify("Торговля детьми, в частности в целях международного усыновления");
  expect(r.code).toBe(1);
  expect(r.stdout).toContain("The words are in un-hrc-25-48-add1-ru at para. 13, not at para. 14.");
});

test("export --languages both prints the English and the Russian words; --languages fr-FR is refused", async () => {
  const dir = libraryWithModule("Специальному докладчику сообщили о работе «саун», особенно в Бишкеке");
  cpSync(join(projectRoot, "templates"), join(dir, "templates"), { recursive: true });
  const session = `title: Two languages\naudience: police\ndate: 2026-12-08\nstart: "09:00"\nlength: 60\nplace: Osh\ntrainer: A. Trainer\norganisation: Test Org\nagenda:\n  - module: saunas\n    minutes: 30\n`;
  writeFileSync(join(dir, "s.yaml"), session);
  const out = join(dir, "both.pdf");
  const r = sourcebook(["export", join(dir, "s.yaml"), "--edition", "participant", "--languages", "both", "--out", out, "--library", dir]);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  const text = flat((await readPdf(out)).text);
  expect(text).toContain("“the Special Rapporteur was informed of the operation of “saunas”, especially in Bishkek”");
  expect(text).toContain("“Специальному докладчику сообщили о работе «саун», особенно в Бишкеке”");
  const bad = sourcebook([
    "export",
    join(dir, "s.yaml"),
    "--edition",
    "participant",
    "--languages",
    "fr-FR",
    "--out",
    out,
    "--library",
    dir,
  ]);
  expect(bad.code).toBe(2);
  expect(bad.stderr).toBe('sourcebook: --languages must be both or a language code like en or ru, not "fr-FR".\n');
});
