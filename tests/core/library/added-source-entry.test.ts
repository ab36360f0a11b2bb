import { parse } from "yaml";
import { describe, expect, test } from "vitest";
import { catalogEntryYaml, entryFromForm, type SourceForm } from "../../../src/core/library/added-source-entry.ts";
import { parseCatalog } from "../../../src/core/library/catalog-file.ts";

const form: SourceForm = {
  title: "Child-friendly justice in Central Asia",
  publisher: "Example Institute",
  date: "2024-05",
  language: "en",
  url: "https://example.org/review.pdf",
  rights: "Quote with attribution.",
  permissionRequired: true,
};
const file = { name: "C:\\Downloads\\review (final).PDF", kind: "pdf" as const, takenIds: new Set<string>() };

describe("the catalog entry of a file added in the workbench", () => {
  test("takes the form's fields, an id from the title and year, and the file's name with its kind's extension", () => {
    const result = entryFromForm(form, file);
    expect(result).toEqual({
      ok: true,
      entry: {
        id: "child-friendly-justice-in-central-asia-2024",
        file: "review-final.pdf",
        title: "Child-friendly justice in Central Asia",
        publisher: "Example Institute",
        date: "2024-05",
        url: "https://example.org/review.pdf",
        kind: "other",
        language: "en",
        rights: { notice: "Quote with attribution.", permissionRequired: true },
        shortCite: "Example Institute (2024)",
        structure: "pdf",
      },
    });
  });

  test("an id already in the library gets a number", () => {
    const taken = new Set(["child-friendly-justice-in-central-asia-2024", "child-friendly-justice-in-central-asia-2024-2"]);
    const result = entryFromForm(form, { ...file, takenIds: taken });
    expect(result.ok && result.entry.id).toBe("child-friendly-justice-in-central-asia-2024-3");
  });

  test("refuses a javascript: URL, a date not in the calendar and missing fields, one sentence per field", () => {
    const result = entryFromForm({ ...form, url: "javascript:alert(1)", date: "2024-02-30", publisher: " ", rights: "" }, file);
    expect(result).toEqual({
      ok: false,
      errors: {
        publisher: "Publisher: this is required.",
        date: "Date: 2024-02-30 is not a date in the calendar.",
        url: "URL: expected a web address starting http:// or https://.",
        rights: "Rights notice: this is required.",
      },
    });
  });

  test("its YAML snippet is a catalog the command line reads back to the same entry", () => {
    const result = entryFromForm({ ...form, url: "" }, { ...file, kind: "docx" });
    if (!result.ok) throw new Error("expected an entry");
    const yaml = catalogEntryYaml(result.entry);
    expect(parseCatalog(yaml).sources).toEqual([result.entry]);
    expect(parse(yaml).sources[0].file).toBe("review-final.docx");
  });
});
