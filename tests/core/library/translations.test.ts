/** `language` and `translationOf` in the catalog, on the real catalog plus the Russian test fixture. */
import { describe, expect, test } from "vitest";
import { ContentError } from "../../../src/core/files/yaml-file.ts";
import { parseCatalog } from "../../../src/core/library/catalog-file.ts";
import { catalogWithRussian, RUSSIAN_ID } from "../russian-library.ts";

const FILE = "sources/catalog.yaml";
const yaml = catalogWithRussian();

function errorOf(text: string): ContentError {
  try {
    parseCatalog(text, FILE);
  } catch (e) {
    expect(e).toBeInstanceOf(ContentError);
    return e as ContentError;
  }
  throw new Error("the broken catalog parsed");
}

const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split("\n").length;

describe("a translation in the catalog", () => {
  test("names its language and the document it translates", () => {
    const ru = parseCatalog(yaml, FILE).sources.find((s) => s.id === RUSSIAN_ID);
    expect(ru).toMatchObject({ language: "ru", translationOf: "un-hrc-25-48-add1", structure: "un-report" });
  });

  test("an original that is not in the catalog is reported at the field's line", () => {
    const bad = yaml.replace("translationOf: un-hrc-25-48-add1", "translationOf: un-hrc-25-48-add9");
    const e = errorOf(bad);
    expect(e.line).toBe(lineOf(bad, "translationOf: un-hrc-25-48-add9"));
    expect(e.message).toBe(`sources/catalog.yaml:${e.line}: sources[5].translationOf: "un-hrc-25-48-add9" is not in the catalog`);
  });

  test("a translation of itself is refused", () => {
    const e = errorOf(yaml.replace("translationOf: un-hrc-25-48-add1", `translationOf: ${RUSSIAN_ID}`));
    expect(e.message).toContain("sources[5].translationOf: a source cannot be a translation of itself");
  });

  test("a translation in the original's own language is refused", () => {
    const e = errorOf(yaml.replace("    language: ru\n", "    language: en\n"));
    expect(e.message).toContain(`sources[5].translationOf: "un-hrc-25-48-add1" is in en too`);
  });
});
