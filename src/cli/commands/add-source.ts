import { existsSync, readFileSync, statSync, unlinkSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { isSeq, parseDocument } from "yaml";
import { LIMITS, tooLargeProblem } from "../../core/files/limits.ts";
import { fieldName } from "../../core/files/yaml-file.ts";
import { CatalogEntrySchema, type CatalogEntry } from "../../core/schema/catalog.ts";
import { documentKind, type DocumentKind } from "../../core/sources/document-kind.ts";
import { locatorScheme } from "../../core/sources/pages.ts";
import { passageCounts } from "../../core/sources/reading-text.ts";
import { fingerprintOf, loadSource, SourceFileError, sourceFromExtraction, type Source } from "../../core/sources/source.ts";
import type { RemovedLine } from "../../core/sources/pdf-furniture.ts";
import { green } from "../format.ts";
import { readCatalog } from "../catalog.ts";
import { withFileLock } from "../file-lock.ts";
import { rememberExtraction } from "../library.ts";
import { writeFileSafely } from "../safe-write.ts";
import { UsageError } from "../usage-error.ts";

export interface AddSourceArgs {
  root: string;
  file: string;
  fields: Record<string, string | boolean | undefined>;
  json: boolean;
}

/** The extension a stored file of each kind must have (the catalog knows a file's kind by it). */
const EXTENSIONS: Record<DocumentKind, string[]> = {
  pdf: [".pdf"],
  docx: [".docx"],
  html: [".html", ".htm"],
  markdown: [".md"],
  "plain-text": [".txt"],
};

/**
 * `sourcebook add-source`: reads a PDF, web page, Word, Markdown or plain-text file (the kind
 * told from its content), prints what it found, copies it into sources/ and catalogues it.
 */
export async function addSource(args: AddSourceArgs): Promise<number> {
  if (!existsSync(args.file)) throw new UsageError(`No such file: ${args.file}.`);
  const size = statSync(args.file).size;
  if (size > LIMITS.sourceFileBytes)
    throw new UsageError(`${basename(args.file)} ${tooLargeProblem(size, LIMITS.sourceFileBytes, "a source file")}; nothing was added.`);
  const bytes = readFileSync(args.file);
  const given = basename(args.file);
  const found = refusing(() => documentKind(bytes, given));
  // Text can be read either way: a .md or .txt name says which was meant.
  const ext = extname(given).toLowerCase();
  const kind =
    (found === "markdown" || found === "plain-text") && (ext === ".md" || ext === ".txt")
      ? ext === ".md"
        ? "markdown"
        : "plain-text"
      : found;
  const named = EXTENSIONS[kind].includes(ext) ? given : `${given}${EXTENSIONS[kind][0]}`;
  const entry = entryFrom(args.fields, named, kind);
  const fingerprint = fingerprintOf(bytes);
  const { source: loaded, removed } = await read(entry, bytes, kind, given, fingerprint);
  const { passages, notes } = passageCounts(loaded.reading);
  if (passages === 0) throw new UsageError(`${given} holds no text to quote; nothing was added.`);
  const catalogFile = join(args.root, "sources", "catalog.yaml");
  if (!existsSync(catalogFile)) throw new UsageError(`No library here: ${catalogFile} does not exist.`);
  // One run at a time reads, checks and extends the catalog: runs at once all land, none is lost.
  withFileLock(catalogFile, { shown: "sources/catalog.yaml" }, () => addUnderLock(args.root, entry, bytes));
  if (kind === "pdf" || kind === "docx" || kind === "html") rememberExtraction(loaded);
  const pages = loaded.reading.pages?.length;
  const scheme = locatorScheme(loaded.reading);
  if (args.json) console.log(JSON.stringify({ ...entry, fingerprint, kind, passages, notes, pages, locators: scheme, removed }, null, 2));
  else {
    console.log(`${green("✔")} added ${entry.id} (sources/${entry.file}, ${passages} passages)`);
    console.log(
      `  ${KIND_NAMES[kind]}: ${pages !== undefined ? `${pages} pages, ` : ""}${passages} passages, ${notes} notes; cited as ${scheme}`,
    );
    if (removed && removed.length > 0) {
      console.log(`  running headers and footers removed:`);
      for (const line of removed)
        console.log(
          `    "${line.text}"${line.last !== undefined ? ` … "${line.last}"` : ""} (${line.pages} ${line.pages === 1 ? "page" : "pages"})`,
        );
    } else if (pages !== undefined) console.log(`  no running headers or footers found`);
  }
  return 0;
}

/**
 * Checks the entry against the catalog as it is now, then writes the source file and the catalog
 * entry: both land, or (on any failure) neither.
 */
function addUnderLock(root: string, entry: CatalogEntry, bytes: Uint8Array): void {
  const catalog = readCatalog(root);
  if (catalog.sources.some((s) => s.id === entry.id))
    throw new UsageError(`A source with id "${entry.id}" is already in the catalog; nothing was added.`);
  const target = join(root, "sources", entry.file);
  const fingerprint = fingerprintOf(bytes);
  // A file no entry lists, with these very bytes, is what an interrupted add left: it is taken over.
  const leftOver =
    existsSync(target) && !catalog.sources.some((s) => s.file === entry.file) && fingerprintOf(readFileSync(target)) === fingerprint;
  if (existsSync(target) && !leftOver)
    throw new UsageError(`sources/${entry.file} already exists; rename the file or pass --file-name. Nothing was added.`);
  for (const s of catalog.sources) {
    const existing = join(root, "sources", s.file);
    if (existsSync(existing) && fingerprintOf(readFileSync(existing)) === fingerprint) {
      throw new UsageError(`This file is already in the library as "${s.id}"; nothing was added.`);
    }
  }
  writeFileSafely(target, bytes, { shown: `sources/${entry.file}`, command: "add-source" });
  try {
    appendToCatalog(root, entry);
  } catch (e) {
    unlinkSync(target); // leave the library as it was
    throw e;
  }
}

const KIND_NAMES: Record<DocumentKind, string> = {
  pdf: "PDF",
  docx: "Word document",
  html: "web page",
  markdown: "Markdown",
  "plain-text": "plain text",
};

/** The file read as its kind: text files by their parser, the others extracted by the general reader. */
async function read(
  entry: CatalogEntry,
  bytes: Uint8Array,
  kind: DocumentKind,
  name: string,
  fingerprint: string,
): Promise<{ source: Source; removed?: RemovedLine[] }> {
  if (kind !== "pdf" && kind !== "docx" && kind !== "html") return { source: refusing(() => loadSource(entry, bytes)) };
  const { extractDocument } = await import("../../extract/extract-document.ts");
  try {
    const extracted = await extractDocument(bytes, kind, { name });
    return { source: sourceFromExtraction(entry, fingerprint, extracted), ...(extracted.removed ? { removed: extracted.removed } : {}) };
  } catch (e) {
    if (e instanceof SourceFileError) throw new UsageError(`${name}: ${e.message}; nothing was added.`);
    throw e;
  }
}

/** Runs a step that may find the file unreadable, as one sentence that says nothing was added. */
function refusing<T>(step: () => T): T {
  try {
    return step();
  } catch (e) {
    if (e instanceof SourceFileError) throw new UsageError(`${e.message}; nothing was added.`);
    throw e;
  }
}

function entryFrom(fields: AddSourceArgs["fields"], file: string, kind: DocumentKind): CatalogEntry {
  const str = (k: string) => (typeof fields[k] === "string" ? (fields[k] as string) : undefined);
  const structure = str("structure");
  if (structure !== undefined && (kind === "pdf" || kind === "docx" || kind === "html") && structure !== kind)
    throw new UsageError(
      `--structure ${structure}: this file is a ${KIND_NAMES[kind]}, read by the general reader; leave --structure out. Nothing was added.`,
    );
  const publisher = str("publisher");
  const date = str("date");
  const candidate = {
    id: str("id"),
    file: str("file-name") ?? file,
    title: str("title"),
    ...(str("author") ? { author: str("author") } : {}),
    publisher,
    date,
    ...(str("url") ? { url: str("url") } : {}),
    ...(str("accessed") ? { accessed: str("accessed") } : {}),
    kind: str("kind") ?? "other",
    language: str("language") ?? "en",
    rights: {
      notice: str("rights"),
      permissionRequired: fields["permission-required"] === true,
      ...(str("licence") ? { licence: str("licence") } : {}),
    },
    ...(str("series") ? { series: str("series") } : {}),
    ...(str("edition") ? { edition: str("edition") } : {}),
    shortCite: str("short-cite") ?? (publisher && date ? `${publisher} (${date.slice(0, 4)})` : undefined),
    structure: structure ?? kind,
  };
  const result = CatalogEntrySchema.safeParse(candidate);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const flag = OPTION_OF[fieldName(issue.path)] ?? fieldName(issue.path);
    const missing = issue.code === "invalid_type" && /undefined/.test(issue.message);
    throw new UsageError(`--${flag}: ${missing ? "is required" : issue.message}; nothing was added.`);
  }
  return result.data;
}

/** Catalog fields → the command-line option that sets them. */
const OPTION_OF: Record<string, string> = {
  "rights.notice": "rights",
  "rights.licence": "licence",
  shortCite: "short-cite",
  file: "file-name",
};

/** Appends the entry, keeping the file's comments; written to a temporary file first. */
function appendToCatalog(root: string, entry: CatalogEntry): void {
  const path = join(root, "sources", "catalog.yaml");
  const doc = parseDocument(readFileSync(path, "utf8"));
  const list = doc.get("sources", true);
  if (!isSeq(list)) throw new UsageError("sources/catalog.yaml: sources: expected a list.");
  list.add(doc.createNode(entry));
  writeFileSafely(path, doc.toString({ lineWidth: 100 }), { shown: "sources/catalog.yaml", command: "add-source" });
}
