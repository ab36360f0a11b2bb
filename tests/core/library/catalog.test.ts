/** parseCatalog on the real sources/catalog.yaml and on broken copies of it. */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { ContentError } from "../../../src/core/files/yaml-file.ts";
import { parseCatalog } from "../../../src/core/library/catalog-file.ts";
import { CATALOG_PATH } from "../library.ts";

const FILE = "sources/catalog.yaml";
const text = readFileSync(CATALOG_PATH, "utf8");

/** The 1-based line of the first line of `text` that contains `needle`. */
function lineOf(haystack: string, needle: string): number {
  const at = haystack.indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" is not in the catalog`);
  return haystack.slice(0, at).split("\n").length;
}

/** A copy of the catalog with one edit; fails if the edit does not apply. */
function broken(find: string, replace: string): string {
  if (!text.includes(find)) throw new Error(`"${find}" is not in the catalog`);
  return text.replace(find, replace);
}

function errorOf(yaml: string): ContentError {
  try {
    parseCatalog(yaml, FILE);
  } catch (e) {
    expect(e).toBeInstanceOf(ContentError);
    return e as ContentError;
  }
  throw new Error("the broken catalog parsed");
}

describe("the real catalog", () => {
  test("parses: five sources with the fixed ids", () => {
    const catalog = parseCatalog(text, FILE);
    expect(catalog.sources.map((s) => s.id)).toEqual([
      "patt-child-prostitution-kg",
      "un-hrc-25-48-add1",
      "us-tip-2016-kg",
      "ecpat-gm-kg-2012",
      "wikipedia-prostitution-kg",
    ]);
  });

  test("each entry names its file, structure and rights", () => {
    const byId = new Map(parseCatalog(text, FILE).sources.map((s) => [s.id, s]));
    expect(byId.get("un-hrc-25-48-add1")).toMatchObject({ file: "001_3fd3fb04905dff67.txt", kind: "un-report", structure: "un-report" });
    expect(byId.get("us-tip-2016-kg")).toMatchObject({ structure: "tip-country-narrative", publisher: "U.S. Department of State" });
    expect(byId.get("ecpat-gm-kg-2012")?.rights.permissionRequired).toBe(true);
    expect(byId.get("wikipedia-prostitution-kg")?.rights.licence).toBe("CC BY-SA 4.0");
    expect(byId.get("patt-child-prostitution-kg")).toMatchObject({ kind: "web-compilation", structure: "patt-compilation" });
  });

  test("folded YAML text is read as one line", () => {
    const un = parseCatalog(text, FILE).sources[1]!;
    expect(un.title).toBe(
      "Report of the Special Rapporteur on the sale of children, child prostitution and child pornography, Najat Maalla M'jid. Addendum: Mission to Kyrgyzstan (15–26 April 2013)",
    );
  });
});

describe("a broken catalog is reported as file:line: field: problem", () => {
  test("a kind that is not one of the kinds", () => {
    const yaml = broken("    kind: un-report\n", "    kind: un-reprot\n");
    const e = errorOf(yaml);
    expect(e.line).toBe(lineOf(yaml, "kind: un-reprot"));
    expect(e.field).toBe("sources[1].kind");
    expect(e.message).toMatch(new RegExp(`^sources/catalog\\.yaml:${e.line}: sources\\[1\\]\\.kind: .*government-report`));
  });

  test("a missing publisher", () => {
    const yaml = broken("    publisher: U.S. Department of State\n", "");
    const e = errorOf(yaml);
    expect(e.field).toBe("sources[2].publisher");
    // The line of the entry that lacks it.
    expect(e.line).toBe(lineOf(yaml, "- id: us-tip-2016-kg"));
    expect(e.message).toBe(`sources/catalog.yaml:${e.line}: sources[2].publisher: is missing`);
  });

  test("an unknown field is reported at its own line", () => {
    const yaml = broken('    shortCite: "Wikipedia (2020)"\n', '    shortCite: "Wikipedia (2020)"\n    colour: blue\n');
    const e = errorOf(yaml);
    expect(e.message).toContain("colour");
    expect(e.message).toMatch(/^sources\/catalog\.yaml:\d+: sources\[4\]/);
    expect(e.line).toBe(lineOf(yaml, "colour: blue"));
  });

  test("a YAML syntax error (an unclosed quote)", () => {
    const yaml = broken('    title: "Prostitution in Kyrgyzstan"\n', '    title: "Prostitution in Kyrgyzstan\n');
    const e = errorOf(yaml);
    expect(e.line).toBe(lineOf(yaml, 'title: "Prostitution in Kyrgyzstan'));
    expect(e.message).toMatch(new RegExp(`^sources/catalog\\.yaml:${e.line}: .*quote`, "i"));
    expect(e.message).not.toMatch(/\n/);
  });

  test("a YAML syntax error (bad indentation)", () => {
    const yaml = broken(
      '    language: en\n    rights:\n      notice: "United Nations',
      '    language: en\n   rights: [\n      notice: "United Nations',
    );
    const e = errorOf(yaml);
    expect(e.message).toMatch(/^sources\/catalog\.yaml:\d+: /);
    expect(e.line).toBeGreaterThanOrEqual(lineOf(yaml, "   rights: ["));
    expect(e.line).toBeLessThanOrEqual(lineOf(yaml, "   rights: [") + 1);
  });

  test("a duplicate id is reported at the second use", () => {
    const yaml = broken("  - id: wikipedia-prostitution-kg\n", "  - id: un-hrc-25-48-add1\n");
    const e = errorOf(yaml);
    expect(e.field).toBe("sources[4].id");
    expect(e.line).toBe(lineOf(yaml, "id: un-hrc-25-48-add1\n    file: 004"));
    expect(e.message).toBe(`sources/catalog.yaml:${e.line}: sources[4].id: "un-hrc-25-48-add1" is used twice`);
  });

  test("a date that is not a date", () => {
    const yaml = broken('    date: "2016-06"\n', '    date: "June 2016"\n');
    const e = errorOf(yaml);
    expect(e.field).toBe("sources[2].date");
    expect(e.line).toBe(lineOf(yaml, 'date: "June 2016"'));
  });

  test("a nested field", () => {
    const yaml = broken("      permissionRequired: true\n", "      permissionRequired: maybe\n");
    const e = errorOf(yaml);
    expect(e.field).toBe("sources[3].rights.permissionRequired");
    expect(e.line).toBe(lineOf(yaml, "permissionRequired: maybe"));
  });

  test("an error names the file it is given", () => {
    const yaml = broken("    kind: un-report\n", "    kind: un-reprot\n");
    expect(() => parseCatalog(yaml, "elsewhere/catalog.yaml")).toThrow(/^elsewhere\/catalog\.yaml:\d+: /);
  });
});
