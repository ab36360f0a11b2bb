/** `sourcebook add-source` with a PDF, a web page and files it must refuse: told apart by content, not by name. */
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Content, TDocumentDefinitions } from "pdfmake/interfaces";
import { beforeAll, describe, expect, test } from "vitest";
import { renderPdf } from "../../src/cli/render-pdf.ts";
import { libraryCopy, sourcebook } from "./run-cli.ts";

const required = (id: string) => [
  "--id",
  id,
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

const SENTENCES = [
  "Child victims were heard four times on average before trial.",
  "Few courts had a separate waiting room for children.",
  "Judges seldom allowed a support person to sit beside the child.",
  "Interview rooms with video links existed in two cities only.",
];

const ORDINALS = ["first", "second", "third", "fourth"];

/** A report of four numbered paragraphs a page, with a running header and a printed page number from 5. */
function report(pages: number, extra: Partial<TDocumentDefinitions> = {}): Promise<Buffer> {
  const content: Content[] = [];
  for (let p = 0; p < pages; p++)
    for (let k = 0; k < 4; k++) {
      const n = p * 4 + k + 1;
      content.push({
        text: `${n}. ${SENTENCES[(k + p) % 4]} It is paragraph ${n}, on the ${ORDINALS[p]} page of the review, long enough to wrap onto a second line.`,
        margin: [0, 0, 0, 10],
      });
      if (k === 3 && p < pages - 1) content.push({ text: "", pageBreak: "after" });
    }
  return renderPdf({
    header: { text: "Child-friendly justice: a regional review", fontSize: 8, margin: [40, 20, 40, 0] },
    footer: (page: number) => ({ text: String(page + 4), alignment: "center", fontSize: 8 }),
    content,
    ...extra,
  });
}

function inLibrary(name: string, content: Buffer | string) {
  const dir = libraryCopy();
  const file = join(dir, name);
  writeFileSync(file, content);
  const sources = () => readdirSync(join(dir, "sources")).sort();
  return { dir, file, catalog: () => readFileSync(join(dir, "sources", "catalog.yaml"), "utf8"), sources };
}

describe("a PDF", () => {
  let pdf: Buffer;
  beforeAll(async () => {
    pdf = await report(3);
  });

  test("is added whatever its name, with its pages, passages, locator scheme and removed header and footer printed", () => {
    const { dir, file } = inLibrary("review.bin", pdf);
    const r = sourcebook(["add-source", file, ...required("cfj-pdf"), "--library", dir]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("added cfj-pdf (sources/review.bin.pdf, 12 passages)");
    expect(r.stdout).toContain("PDF: 3 pages, 12 passages, 0 notes; cited as para. N, p. N");
    expect(r.stdout).toContain('"Child-friendly justice: a regional review" (3 pages)');
    expect(r.stdout).toContain('"5" … "7" (3 pages)');
    expect(readFileSync(join(dir, "sources", "review.bin.pdf")).equals(pdf)).toBe(true);

    const cite = sourcebook(["cite", "cfj-pdf", `${SENTENCES[1]} It is paragraph 2`, "--library", dir]);
    expect(cite.stderr).toBe("");
    expect(cite.stdout).toContain("Example Institute (2024), para. 2, p. 5");
    // With an empty parse cache the PDF is extracted again, in a thread of its own.
    const fresh = { env: { SOURCEBOOK_CACHE_DIR: mkdtempSync(join(tmpdir(), "sourcebook-cache-")) } };
    expect(sourcebook(["cite", "cfj-pdf", `${SENTENCES[1]} It is paragraph 2`, "--library", dir], fresh).stdout).toContain(
      "Example Institute (2024), para. 2, p. 5",
    );
    const quote = `${SENTENCES[1]} It is paragraph 5`;
    expect(sourcebook(["cite", "cfj-pdf", quote, "--locator", "p. 6", "--library", dir]).code).toBe(0);
    const elsewhere = sourcebook(["cite", "cfj-pdf", quote, "--locator", "p. 5", "--library", dir]);
    expect(elsewhere.code).toBe(1);
    expect(elsewhere.stdout + elsewhere.stderr).toContain("p. 6 (para. 5)");

    const listed = JSON.parse(sourcebook(["sources", "--json", "--library", dir]).stdout) as {
      id: string;
      locators: string;
      pages: number | null;
    }[];
    expect(listed.find((s) => s.id === "cfj-pdf")).toMatchObject({ locators: "para. N, p. N", pages: 3 });
    expect(listed.find((s) => s.id === "un-hrc-25-48-add1")).toMatchObject({ locators: "para. N, note N", pages: null });
  });

  test.each([
    [
      "an encrypted PDF",
      () => report(1, { userPassword: "secret", ownerPassword: "secret" } as Partial<TDocumentDefinitions>),
      /encrypted/,
    ],
    [
      "a scan with no text layer",
      () => renderPdf({ content: [{ canvas: [{ type: "rect", x: 0, y: 0, w: 400, h: 600, color: "#888" }] }] }),
      /no text layer/,
    ],
    ["a broken file", async () => (await report(2)).subarray(0, 1500), /cannot be read/],
  ])("refuses %s with one sentence, and writes nothing", async (_, make, message) => {
    const { dir, file, catalog, sources } = inLibrary("report.pdf", await make());
    const [before, files] = [catalog(), sources()];
    const r = sourcebook(["add-source", file, ...required("refused"), "--library", dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/nothing was added\.\n?$/);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(catalog()).toBe(before);
    expect(sources()).toEqual(files);
  });
});

test("a web page saved as .txt is read as a web page and stored under a name that says so", () => {
  const page = `<!doctype html><html><body><nav>Home | News</nav><h1>Findings</h1><p>${SENTENCES[0]}</p><p>${SENTENCES[1]}</p></body></html>`;
  const { dir, file } = inLibrary("findings.txt", page);
  const r = sourcebook(["add-source", file, ...required("cfj-html"), "--library", dir]);
  expect(r.stderr).toBe("");
  expect(r.stdout).toContain("added cfj-html (sources/findings.txt.html, 2 passages)");
  expect(r.stdout).toContain("web page: 2 passages, 0 notes; cited as section ¶k");
  expect(existsSync(join(dir, "sources", "findings.txt.html"))).toBe(true);
  const cite = sourcebook(["cite", "cfj-html", SENTENCES[1]!, "--library", dir]);
  expect(cite.stdout).toContain("Example Institute (2024), Findings ¶2");
});
