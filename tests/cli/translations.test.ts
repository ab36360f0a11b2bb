/**
 * `sourcebook verify` checks a module's translation (modules/<id>.ru.md) and warns when it is outdated;
 * `sourcebook export` prints a session in Russian from it. The fixtures (tests/fixtures/translations and
 * tests/fixtures/russian) were written for the tests, not reviewed by a native speaker.
 */
import { copyFileSync, cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { flat, readPdf } from "../pdf-text.ts";
import { libraryWithRussian } from "../core/russian-library.ts";
import { projectRoot, sourcebook } from "./run-cli.ts";

const FIXTURES = join(projectRoot, "tests", "fixtures", "translations");

/** A library folder with the seeds, the Russian source fixture, and the fixture module and its translation. */
function library(): string {
  const dir = libraryWithRussian();
  mkdirSync(join(dir, "modules"));
  for (const f of ["saunas.md", "saunas.ru.md"]) copyFileSync(join(FIXTURES, f), join(dir, "modules", f));
  return dir;
}

function editOriginal(dir: string): void {
  const file = join(dir, "modules", "saunas.md");
  writeFileSync(file, readFileSync(file, "utf8").replace("Ask the group which saunas", "Ask the group which saunas and hotels"));
}

test("verify checks a translation's original and parallel quotes with the modules", () => {
  const r = sourcebook(["verify", "--library", library()]);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  expect(r.stdout).toContain("modules/saunas.ru.md");
  expect(r.stdout).toContain("4 of 4 excerpts verified in 2 module files.");
  expect(r.stdout).not.toContain("outdated");
});

test("an outdated translation is a warning that says what to look at and how to mark it current; --strict fails on it", () => {
  const dir = library();
  editOriginal(dir);
  const r = sourcebook(["verify", "--library", dir]);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain(
    "⚠ modules/saunas.ru.md is outdated: modules/saunas.md changed after it was translated, so its handouts print as DRAFT. verify --strict fails on it.",
  );
  expect(r.stdout).toContain("git diff $(git log -1 --format=%H -- modules/saunas.ru.md) -- modules/saunas.md");
  const fingerprint = /mark it current in its front matter: translated-from: ([0-9a-f]{16})/.exec(r.stdout)?.[1];
  expect(fingerprint).toBeDefined();
  expect(sourcebook(["verify", "--strict", "--library", dir]).code).toBe(1);
  // Writing the fingerprint given marks it current.
  const file = join(dir, "modules", "saunas.ru.md");
  writeFileSync(file, readFileSync(file, "utf8").replace(/translated-from: \w+/, `translated-from: ${fingerprint}`));
  const again = sourcebook(["verify", "--strict", "--library", dir]);
  expect(again.stdout).not.toContain("outdated");
  expect(again.code).toBe(0);
});

test("a translation whose quote is not the original's fails verify with file, line and excerpt", () => {
  const dir = library();
  const file = join(dir, "modules", "saunas.ru.md");
  writeFileSync(file, readFileSync(file, "utf8").replace("especially in Bishkek\n:::parallel", "especially in Osh\n:::parallel"));
  const r = sourcebook(["verify", "--library", dir]);
  expect(r.code).toBe(1);
  expect(r.stdout).toContain("✘ modules/saunas.ru.md:16: excerpt 1 quotes a different passage from the original (para. 14)");
});

const SESSION = `title: Сауны\naudience: police\ndate: 2026-12-08\nstart: "09:00"\nlength: 60\nplace: Бишкек\ntrainer: А. Тренер\norganisation: Test Org\nlanguage: ru\nagenda:\n  - module: saunas\n    minutes: 30\n`;

test("export prints a session in Russian from the translation, each quote verified in Russian or marked unofficial", async () => {
  const dir = library();
  cpSync(join(projectRoot, "templates"), join(dir, "templates"), { recursive: true });
  writeFileSync(join(dir, "s.ru.yaml"), SESSION);
  const out = join(dir, "ru.pdf");
  const r = sourcebook(["export", join(dir, "s.ru.yaml"), "--edition", "participant", "--out", out, "--library", dir]);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  const text = flat((await readPdf(out)).text);
  expect(text).toContain(
    "“Специальному докладчику сообщили о работе «саун», особенно в Бишкеке” — Специальный докладчик ООН (2013), para. 14",
  );
  expect(text).toContain("в общих помещениях отделов полиции” Неофициальный перевод — UN Special Rapporteur (2013), para. 75");
  expect(text).not.toContain("operation of");

  // The same session once the translation is gone: refused in one sentence.
  writeFileSync(
    join(dir, "modules", "saunas.ru.md"),
    readFileSync(join(dir, "modules", "saunas.ru.md"), "utf8").replace("language: ru", "language: ky"),
  );
  const refused = sourcebook(["export", join(dir, "s.ru.yaml"), "--edition", "participant", "--out", out, "--library", dir]);
  expect(refused.code).toBe(2);
  expect(refused.stderr).toBe(
    'sourcebook: s.ru.yaml:11: agenda[0].module: "saunas" has no Russian translation that can be printed (modules/saunas.ru.md); translate it, or take it out of this session; the translation has errors: modules/saunas.ru.md:3: language: "ky" does not match the file name (expected ru)\n',
  );
});
