import { copyFileSync, existsSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { isSeq, parseDocument } from "yaml";
import { LIMITS, tooLargeProblem } from "../../core/files/limits.ts";
import { fieldName } from "../../core/files/yaml-file.ts";
import { CatalogEntrySchema, type CatalogEntry } from "../../core/schema/catalog.ts";
import { passageCounts } from "../../core/sources/reading-text.ts";
import { decodeSourceText, fingerprintOf, loadSource, SourceFileError } from "../../core/sources/source.ts";
import { green } from "../format.ts";
import { readCatalog } from "../catalog.ts";
import { UsageError } from "../usage-error.ts";

export interface AddSourceArgs {
  root: string;
  file: string;
  fields: Record<string, string | boolean | undefined>;
  json: boolean;
}

/** `sourcebook add-source`: copies a text or Markdown file into sources/ and catalogues it. */
export function addSource(args: AddSourceArgs): number {
  if (!existsSync(args.file)) throw new UsageError(`No such file: ${args.file}.`);
  const ext = extname(args.file).toLowerCase();
  if (ext !== ".txt" && ext !== ".md")
    throw new UsageError(`${basename(args.file)}: only plain-text (.txt) or Markdown (.md) sources can be added.`);
  const size = statSync(args.file).size;
  if (size > LIMITS.sourceFileBytes)
    throw new UsageError(`${basename(args.file)} ${tooLargeProblem(size, LIMITS.sourceFileBytes, "a source file")}; nothing was added.`);
  const bytes = readFileSync(args.file);
  try {
    decodeSourceText(bytes, basename(args.file));
  } catch (e) {
    if (e instanceof SourceFileError) throw new UsageError(`${e.message}; nothing was added.`);
    throw e;
  }
  const catalog = readCatalog(args.root);
  const entry = entryFrom(args.fields, basename(args.file), ext);
  if (catalog.sources.some((s) => s.id === entry.id))
    throw new UsageError(`A source with id "${entry.id}" is already in the catalog; nothing was added.`);
  const target = join(args.root, "sources", entry.file);
  if (existsSync(target))
    throw new UsageError(`sources/${entry.file} already exists; rename the file or pass --file-name. Nothing was added.`);
  const fingerprint = fingerprintOf(bytes);
  for (const s of catalog.sources) {
    const existing = join(args.root, "sources", s.file);
    if (existsSync(existing) && fingerprintOf(readFileSync(existing)) === fingerprint) {
      throw new UsageError(`This file is already in the library as "${s.id}"; nothing was added.`);
    }
  }
  const loaded = loadSource(entry, bytes);
  const { passages } = passageCounts(loaded.reading);
  if (passages === 0) throw new UsageError(`${basename(args.file)} holds no text to quote; nothing was added.`);

  copyFileSync(args.file, target);
  try {
    appendToCatalog(args.root, entry);
  } catch (e) {
    unlinkSync(target); // leave the library as it was
    throw e;
  }
  if (args.json) console.log(JSON.stringify({ ...entry, fingerprint, passages }, null, 2));
  else console.log(`${green("✔")} added ${entry.id} (sources/${entry.file}, ${passages} passages)`);
  return 0;
}

function entryFrom(fields: AddSourceArgs["fields"], file: string, ext: string): CatalogEntry {
  const str = (k: string) => (typeof fields[k] === "string" ? (fields[k] as string) : undefined);
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
    structure: str("structure") ?? (ext === ".md" ? "markdown" : "plain-text"),
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
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, doc.toString({ lineWidth: 100 }));
  renameSync(temp, path);
}
