/**
 * Real PDFs nobody here wrote, from Debian documentation packages (`.ci/run` installs them and
 * poppler-utils): extraction must not crash or lose text, and no running header or footer may
 * be left inside a passage. Checked against `pdftotext`, an extractor of its own.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { extractedReading } from "../../src/core/sources/extracted-text.ts";
import { extractDocument } from "../../src/extract/extract-document.ts";

const MANUALS = [
  { file: "/usr/share/doc/libtasn1-doc/libtasn1.pdf", debianPackage: "libtasn1-doc" },
  { file: "/usr/share/doc/shared-mime-info/shared-mime-info-spec.pdf", debianPackage: "shared-mime-info" },
];

/** Words as both sides count them: runs between white space that hold a letter or digit. */
const wordCount = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** A page's first and last two lines, as pdftotext gives them. */
function edgeLines(page: string): string[] {
  const text = page
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "");
  return [...text.slice(0, 2), ...text.slice(-2)];
}

/** The lines pdftotext puts at the top and bottom of at least three pages (numbers aside): the running headers and footers. */
function runningLines(pages: string[]): Set<string> {
  const seen = new Map<string, Set<number>>();
  const lines = new Set<string>();
  pages.forEach((page, p) => {
    for (const line of edgeLines(page)) {
      const key = line.replace(/\d+/g, "#");
      seen.set(key, (seen.get(key) ?? new Set()).add(p));
    }
  });
  pages.forEach((page) => {
    for (const line of edgeLines(page)) if ((seen.get(line.replace(/\d+/g, "#"))?.size ?? 0) >= 3) lines.add(line);
  });
  return lines;
}

for (const { file, debianPackage } of MANUALS) {
  const present = existsSync(file) && existsSync("/usr/bin/pdftotext");
  describe.skipIf(!present)(`${file} (skipped only when the Debian package ${debianPackage} or poppler-utils is not installed)`, () => {
    test("is read whole: the passages hold as many words as pdftotext finds, within 2 %, and no running header or footer", async () => {
      const extracted = await extractDocument(new Uint8Array(readFileSync(file)), "pdf", { name: file });
      const reading = extractedReading(extracted);
      const passages = reading.passages.map((p) => reading.text.slice(p.start, p.end));
      const theirs = execFileSync("pdftotext", ["-enc", "UTF-8", "-layout", file, "-"]).toString();
      const ours = wordCount(passages.join("\n"));
      expect(Math.abs(ours - wordCount(theirs)) / wordCount(theirs)).toBeLessThan(0.02);

      const pages = theirs.split("\f");
      const running = [...runningLines(pages)].filter((l) => /\p{L}{3}/u.test(l));
      expect(running.length).toBeGreaterThan(0);
      // Of a running line's occurrences in pdftotext's text, those at a page's edge are the header
      // or footer; the reading text may hold the others (the text quoting it) and, at most, one
      // edge line that is the document's title on its first page.
      const flat = (text: string) => text.replace(/\s+/g, " ");
      const count = (text: string, line: string) => text.split(line).length - 1;
      const ourText = flat(passages.join(" \n "));
      for (const line of running.map(flat)) {
        const atEdges = pages.filter((page) => edgeLines(page).map(flat).includes(line)).length;
        expect(count(ourText, line), line).toBeLessThanOrEqual(count(flat(theirs), line) - atEdges + 1);
      }
      expect(extracted.removed!.length).toBeGreaterThan(0);
    });
  });
}
