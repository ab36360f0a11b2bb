import { expect, test } from "vitest";
import { parseCatalog } from "../../../src/core/library/catalog-file.ts";
import { languageVersions } from "../../../src/core/library/language-versions.ts";
import { catalogWithRussian, RUSSIAN_ID } from "../russian-library.ts";

const entries = parseCatalog(catalogWithRussian()).sources;
const entry = (id: string) => entries.find((e) => e.id === id)!;

test("an original and its translation are each other's language versions; other sources have none", () => {
  expect(languageVersions(entries, entry("un-hrc-25-48-add1")).map((e) => e.id)).toEqual([RUSSIAN_ID]);
  expect(languageVersions(entries, entry(RUSSIAN_ID)).map((e) => e.id)).toEqual(["un-hrc-25-48-add1"]);
  expect(languageVersions(entries, entry("us-tip-2016-kg"))).toEqual([]);
});
