/**
 * A saved web page and a Word file, both written here, read by the general reader: headings,
 * paragraphs, lists and tables as passages, footnotes as notes linked from their markers, and
 * the page's navigation, scripts and styles left out.
 */
import { describe, expect, test } from "vitest";
import { verifyQuote } from "../../src/core/citations/verify.ts";
import { CatalogEntrySchema } from "../../src/core/schema/catalog.ts";
import { documentKind } from "../../src/core/sources/document-kind.ts";
import { sourceFromExtraction, type Source } from "../../src/core/sources/source.ts";
import { extractDocument, type ExtractedKind } from "../../src/extract/extract-document.ts";
import { storedZip } from "./stored-zip.ts";

const PAGE = `<!doctype html>
<html lang="en"><head><title>Child protection in Kyrgyzstan</title><style>p { color: red }</style>
<script>document.write("<p>Not text of the report</p>")</script></head>
<body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<header><p>Site banner: Child Rights Monitor</p></header>
<main>
<h1>Child protection in Kyrgyzstan</h1>
<p>Children in street situations are at risk of sexual exploitation.<sup id="ref1"><a href="#fn1">1</a></sup> Few shelters exist outside Bishkek.</p>
<h2>Law enforcement</h2>
<p>Police officers rarely open cases against exploiters &amp; their clients.</p>
<ul><li>Train investigators in child-friendly interviews.</li><li>Fund shelters in Osh and Jalal-Abad.</li></ul>
<table><tr><th>Year</th><th>Cases</th></tr><tr><td>2012</td><td>13</td></tr></table>
</main>
<aside><p>Related: donate now</p></aside>
<footer><p>Copyright Child Rights Monitor</p></footer>
<ol class="footnotes"><li id="fn1"><p>UNICEF, Child Trafficking in Kyrgyzstan, 2008. <a href="#ref1">↩</a></p></li></ol>
</body></html>`;

const w = (body: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${body}`;
const NS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`;
const para = (text: string, style?: string) =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ""}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

/** A .docx written part by part: the content types, the package's relationships, the body and its footnotes. */
function wordFile(): Uint8Array {
  const body = [
    para("Protection", "Heading1"),
    `<w:p><w:r><w:t xml:space="preserve">The government identified 49 victims in 2015.</w:t></w:r><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r><w:r><w:t xml:space="preserve"> Most were girls.</w:t></w:r></w:p>`,
    para("It funded two shelters run by NGOs."),
    para("Prevention", "Heading1"),
    para("The government conducted awareness campaigns in schools."),
  ].join("");
  return storedZip({
    "[Content_Types].xml": w(
      `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>`,
    ),
    "_rels/.rels": w(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    ),
    "word/_rels/document.xml.rels": w(
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>`,
    ),
    "word/document.xml": w(`<w:document ${NS}><w:body>${body}</w:body></w:document>`),
    "word/footnotes.xml": w(
      `<w:footnotes ${NS}><w:footnote w:id="1"><w:p><w:r><w:t xml:space="preserve">U.S. Department of State, Trafficking in Persons Report 2016.</w:t></w:r></w:p></w:footnote></w:footnotes>`,
    ),
  });
}

const entry = (structure: ExtractedKind) =>
  CatalogEntrySchema.parse({
    id: `test-${structure}`,
    file: `test.${structure}`,
    title: "A test document",
    publisher: "Tests",
    date: "2024",
    kind: "other",
    language: "en",
    rights: { notice: "Written for the tests.", permissionRequired: false },
    shortCite: "Tests (2024)",
    structure,
  });

async function read(bytes: Uint8Array, kind: ExtractedKind): Promise<Source> {
  return sourceFromExtraction(entry(kind), "0".repeat(64), await extractDocument(bytes, kind));
}

const passages = (s: Source) => s.reading.passages.map((p) => [p.kind, p.locator, s.reading.text.slice(p.start, p.end)]);

describe("a saved web page", () => {
  const bytes = new TextEncoder().encode(PAGE);

  test("is told a web page by its content, whatever its name", () => {
    expect(documentKind(bytes, "report.txt")).toBe("html");
    expect(documentKind(new TextEncoder().encode("# Title\n\nText with <b>bold</b> inline."), "notes.html")).toBe("markdown");
  });

  test("reads as headings, paragraphs, list items, a table and a note; navigation, banners, asides, scripts and styles left out", async () => {
    const s = await read(bytes, "html");
    expect(passages(s)).toEqual([
      ["heading", "§ Child protection in Kyrgyzstan", "Child protection in Kyrgyzstan"],
      [
        "paragraph",
        "Child protection in Kyrgyzstan ¶1",
        "Children in street situations are at risk of sexual exploitation.¹ Few shelters exist outside Bishkek.",
      ],
      ["heading", "§ Law enforcement", "Law enforcement"],
      ["paragraph", "Law enforcement ¶1", "Police officers rarely open cases against exploiters & their clients."],
      ["list-item", "Law enforcement ¶2", "Train investigators in child-friendly interviews."],
      ["list-item", "Law enforcement ¶3", "Fund shelters in Osh and Jalal-Abad."],
      ["table", "Law enforcement ¶4", expect.stringMatching(/^Year\s+Cases\n2012\s+13$/)],
      ["note", "note 1", "UNICEF, Child Trafficking in Kyrgyzstan, 2008."],
    ]);
    const first = s.reading.passages[1]!;
    expect(first.noteRefs.map((r) => r.noteIds)).toEqual([["1"]]);
    expect(verifyQuote(s, "Police officers rarely open cases", { locator: "Law enforcement ¶1" }).status).toBe("verified");
  });
});

describe("a Word file", () => {
  const bytes = wordFile();

  test("is told a Word file by its content (a zip holding word/document.xml), whatever its name", () => {
    expect(documentKind(bytes, "report.pdf")).toBe("docx");
    expect(() => documentKind(storedZip({ "notes.txt": "just a zip" }), "archive.docx")).toThrow(/zip archive, not a Word document/);
  });

  test("reads as headings and paragraphs with its footnote as a note linked from its marker", async () => {
    const s = await read(bytes, "docx");
    const found = passages(s);
    expect(found.filter(([kind]) => kind === "paragraph")).toEqual([
      ["paragraph", "Protection ¶1", "The government identified 49 victims in 2015.¹ Most were girls."],
      ["paragraph", "Protection ¶2", "It funded two shelters run by NGOs."],
      ["paragraph", "Prevention ¶1", "The government conducted awareness campaigns in schools."],
    ]);
    expect(found.filter(([kind]) => kind === "note")).toEqual([
      ["note", "note 1", "U.S. Department of State, Trafficking in Persons Report 2016."],
    ]);
    expect(s.reading.passages.find((p) => p.locator === "Protection ¶1")!.noteRefs.map((r) => r.noteIds)).toEqual([["1"]]);
    expect(verifyQuote(s, "identified 49 victims in 2015. Most were girls.", { locator: "Protection ¶1" }).status).toBe("verified");
  });
});
