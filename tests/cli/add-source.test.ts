import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { libraryCopy, sourcebook } from "./run-cli.ts";

const REPORT = `# Child-friendly justice in Central Asia\n\n## Findings\n\nChild victims were heard four times on average before trial.\n\nFew courts had a separate waiting room for children.\n`;
const required = [
  "--id",
  "cfj-2024",
  "--title",
  "Child-friendly justice in Central Asia",
  "--publisher",
  "Example Institute",
  "--date",
  "2024-05",
  "--kind",
  "ngo-report",
  "--rights",
  "Quote with attribution.",
];

function withFile(name: string, content: string | Buffer) {
  const dir = libraryCopy();
  const file = join(dir, name);
  writeFileSync(file, content);
  return { dir, file, catalog: () => readFileSync(join(dir, "sources", "catalog.yaml"), "utf8") };
}

test("adds a Markdown document, keeps the catalog's comments, and its quotes can be cited", () => {
  const { dir, file, catalog } = withFile("cfj.md", REPORT);
  const r = sourcebook(["add-source", file, ...required, "--library", dir]);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  expect(r.stdout).toContain("added cfj-2024 (sources/cfj.md, 2 passages)");
  expect(catalog()).toContain("# The source library.");
  expect(catalog()).toContain("id: cfj-2024");
  expect(readFileSync(join(dir, "sources", "cfj.md"), "utf8")).toBe(REPORT);
  const cite = sourcebook(["cite", "cfj-2024", "Few courts had a separate waiting room for children.", "--library", dir]);
  expect(cite.code).toBe(0);
  expect(cite.stdout).toContain("Example Institute (2024), Findings ¶2");
});

test.each([
  ["a duplicate id", ["--id", "un-hrc-25-48-add1"], /already in the catalog/],
  ["a bad date", ["--date", "May 2024"], /--date: expected a date as YYYY/],
  ["no rights notice", ["--rights", ""], /--rights: expected the notice a printer must carry/],
  ["an unknown kind", ["--kind", "blog"], /--kind: Invalid option/],
])("refuses %s with a clear message and changes nothing", (_, override, message) => {
  const { dir, file, catalog } = withFile("cfj.md", REPORT);
  const before = catalog();
  const args = [...required];
  args[args.indexOf(override[0]!) + 1] = override[1]!;
  const r = sourcebook(["add-source", file, ...args, "--library", dir]);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(message);
  expect(catalog()).toBe(before);
});

test.each(["javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,<b>x</b>", "vbscript:msgbox(1)", "file:///etc/passwd"])(
  "refuses --url %s: only http(s) addresses (issue 11, F16), exit 2, nothing added",
  (url) => {
    const { dir, file, catalog } = withFile("cfj.md", REPORT);
    const before = catalog();
    const r = sourcebook(["add-source", file, ...required, "--url", url, "--library", dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--url: expected a web address starting http:// or https://; nothing was added.");
    expect(catalog()).toBe(before);
  },
);

test("refuses a source over the 10 MB limit before reading it, saying the limit", () => {
  const { dir, file, catalog } = withFile("huge.txt", Buffer.alloc(0));
  writeFileSync(file, `${"Child victims were heard four times on average before trial. ".repeat(170_000)}\n`);
  const before = catalog();
  const r = sourcebook(["add-source", file, ...required, "--library", dir]);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain("huge.txt is 10.4 MB, over the 10 MB limit for a source file; nothing was added.");
  expect(catalog()).toBe(before);
});

test("refuses a binary file", () => {
  const { dir, file, catalog } = withFile("report.txt", Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]));
  const before = catalog();
  const r = sourcebook(["add-source", file, ...required, "--library", dir]);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain("report.txt is a binary file");
  expect(catalog()).toBe(before);
});

test("never overwrites an existing source file, and refuses a document already in the library", () => {
  const { dir, file } = withFile("001_3fd3fb04905dff67.txt", REPORT);
  const r = sourcebook(["add-source", file, ...required, "--library", dir]);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain("sources/001_3fd3fb04905dff67.txt already exists");
  const copy = withFile("same.txt", readFileSync(join(dir, "sources", "002_aede3dbb667e7d00.txt")));
  const again = sourcebook(["add-source", copy.file, ...required, "--library", copy.dir]);
  expect(again.code).toBe(2);
  expect(again.stderr).toContain('already in the library as "us-tip-2016-kg"');
});
