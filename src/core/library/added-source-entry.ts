import { stringify } from "yaml";
import { fieldName } from "../files/yaml-file.ts";
import { CatalogEntrySchema, type CatalogEntry, type SourceStructure } from "../schema/catalog.ts";
import type { DocumentKind } from "../sources/document-kind.ts";

/** What the trainer types about a file they add in the workbench. */
export interface SourceForm {
  title: string;
  publisher: string;
  date: string;
  language: string;
  url: string;
  rights: string;
  permissionRequired: boolean;
}

export type SourceFormField = keyof SourceForm;

/** A file's name, kind and the ids already taken: what the entry needs besides the form. */
export interface AddedFile {
  name: string;
  kind: DocumentKind;
  takenIds: ReadonlySet<string>;
}

const EXTENSION: Record<DocumentKind, string> = { pdf: ".pdf", docx: ".docx", html: ".html", markdown: ".md", "plain-text": ".txt" };
const STRUCTURE: Record<DocumentKind, SourceStructure> = {
  pdf: "pdf",
  docx: "docx",
  html: "html",
  markdown: "markdown",
  "plain-text": "plain-text",
};

/** Catalog fields → the form field that sets them. */
const FORM_FIELD: Record<string, SourceFormField> = {
  title: "title",
  publisher: "publisher",
  date: "date",
  language: "language",
  url: "url",
  "rights.notice": "rights",
  shortCite: "publisher",
  id: "title",
};

/**
 * The catalog entry for a file added in the workbench, checked by the catalog's own schema; a bad
 * form gives one sentence per field and no entry.
 */
export function entryFromForm(
  form: SourceForm,
  file: AddedFile,
): { ok: true; entry: CatalogEntry } | { ok: false; errors: Partial<Record<SourceFormField, string>> } {
  const title = form.title.trim();
  const publisher = form.publisher.trim();
  const date = form.date.trim();
  const url = form.url.trim();
  const candidate = {
    id: uniqueId(slugOf(`${title} ${date.slice(0, 4)}`), file.takenIds),
    file: fileNameOf(file.name, file.kind),
    title,
    publisher,
    date,
    ...(url ? { url } : {}),
    kind: "other",
    language: form.language.trim(),
    rights: { notice: form.rights.trim(), permissionRequired: form.permissionRequired },
    shortCite: publisher && date ? `${publisher} (${date.slice(0, 4)})` : undefined,
    structure: STRUCTURE[file.kind],
  };
  const result = CatalogEntrySchema.safeParse(candidate);
  if (result.success) return { ok: true, entry: result.data };
  const errors: Partial<Record<SourceFormField, string>> = {};
  for (const issue of result.error.issues) {
    const field = FORM_FIELD[fieldName(issue.path)];
    if (!field || errors[field]) continue;
    const given = form[field];
    const missing = typeof given === "string" && given.trim() === "";
    errors[field] = `${LABEL[field]}: ${missing ? "this is required" : issue.message}.`;
  }
  return { ok: false, errors };
}

const LABEL: Record<SourceFormField, string> = {
  title: "Title",
  publisher: "Publisher",
  date: "Date",
  language: "Language",
  url: "URL",
  rights: "Rights notice",
  permissionRequired: "Permission",
};

/** A lower-case id from words: "Child-friendly justice 2024" → "child-friendly-justice-2024". */
function slugOf(text: string): string {
  const slug = text
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48)
    .replace(/-+$/, "");
  return slug || "source";
}

function uniqueId(base: string, taken: ReadonlySet<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** The file's name as the catalog keeps it: no folders, safe characters, the extension of its kind. */
function fileNameOf(name: string, kind: DocumentKind): string {
  const base = name.replace(/^.*[/\\]/, "").replace(/\.[^.]*$/, "");
  const safe = base.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[-.]+|-+$/g, "") || "source";
  return `${safe}${EXTENSION[kind]}`;
}

/** The entry as `sources/catalog.yaml` lists it: one item of `sources:`, to paste into the organisation's catalog. */
export function catalogEntryYaml(entry: CatalogEntry): string {
  return stringify({ sources: [entry] }, { lineWidth: 100 });
}
