import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { flat, readPdf } from "../pdf-text.ts";
import { sourcebook, sourcebookAsync } from "./run-cli.ts";

// `sourcebook export --lang`: the handout's own words in Russian or Kyrgyz, the PDF's /Lang with them.
const out = mkdtempSync(join(tmpdir(), "sourcebook-lang-"));
const starter = "templates/sessions/police-induction.yaml";

const printed = { ru: join(out, "ru-participant.pdf"), ky: join(out, "ky-trainer.pdf"), en: join(out, "en-participant.pdf") };

// The three print at once: each takes half a minute on a busy machine.
beforeAll(async () => {
  const runs = await Promise.all(
    (["ru", "ky", "en"] as const).map((lang) =>
      sourcebookAsync(["export", starter, "--edition", lang === "ky" ? "trainer" : "participant", "--lang", lang, "--out", printed[lang]]),
    ),
  );
  for (const run of runs) expect(run.code, run.stderr).toBe(0);
}, 300_000);

/** The text as poppler's pdftotext reads it: an extractor other than the one the handout tests use. */
const pdftotext = (file: string) => execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"]).toString();

describe("sourcebook export --lang", () => {
  test("ru: the contents, page numbers, labels and dates are Russian, and the PDF says /Lang (ru)", async () => {
    const file = printed.ru;
    const pdf = await readPdf(file);
    expect(pdf.pages[1]).toContain("Содержание");
    expect(pdf.pages[0]).toContain("Страница 1 из");
    expect(pdf.pages[0]).toContain(`Страница 1 из ${pdf.numPages}`);
    const cover = flat(pdf.pages[0]!);
    expect(cover).toContain("8 декабря 2026 г.");
    expect(cover).toContain("Раздаточный материал для участников · для сотрудников полиции");
    expect(cover).toContain("Перевод не проверен носителем языка");
    expect(flat(pdf.text)).toContain("Источники");
    // The modules' own text is still English (it prints as the module gives it): the handout's own words are not.
    for (const english of ["Contents", "Page 1 of", "Participant handout", "Sources quoted", "Bibliography and rights", "Agenda"])
      expect(pdf.text).not.toContain(english);
    expect(pdf.pages[0]).not.toContain("December 2026");
    expect(readFileSync(file).toString("latin1")).toMatch(/\/Lang \(ru\)/);
  });

  test("ky: the Kyrgyz words, with ң ө ү read back by pdftotext, and /Lang (ky)", () => {
    const file = printed.ky;
    const text = pdftotext(file);
    expect(text).toContain("Мазмуну");
    expect(text).toMatch(/Бет 1 \/ \d+/);
    expect(text).toContain("Тренер үчүн колдонмо");
    expect(text).toContain("ТРЕНЕР ҮЧҮН ЭСКЕРТМЕ");
    expect(text).toContain("САБАКТАН МУРУН ТЕКШЕРИҢИЗ");
    expect(text).toContain("Котормону эне тилинде сүйлөгөн адам текшере элек");
    for (const letter of ["ң", "ө", "ү", "Ң", "Ү"]) expect(text).toContain(letter);
    expect(readFileSync(file).toString("latin1")).toMatch(/\/Lang \(ky\)/);
  });

  test("--lang en prints in English and says nothing about a translation", async () => {
    const pdf = await readPdf(printed.en);
    expect(pdf.pages[1]).toContain("Contents");
    expect(pdf.pages[0]).toContain("Page 1 of");
    expect(pdf.text).not.toContain("Перевод");
  });

  test("an unknown language is a usage error in one sentence", () => {
    const run = sourcebook(["export", starter, "--edition", "participant", "--lang", "fr", "--out", join(out, "fr.pdf")]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe('sourcebook: --lang must be one of en, ru, ky, not "fr".');
  });
});
