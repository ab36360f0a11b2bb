import { z } from "zod";
import { parseModule } from "../modules/parse-module.ts";
import type { Module } from "../schema/module.ts";
import { fieldName } from "../files/yaml-file.ts";
import { CatalogEntrySchema } from "../schema/catalog.ts";

/** The backup file: the trainer's whole personal library (own modules and edited copies) in one JSON file. */
export const BACKUP_FORMAT = "sourcebook-backup";
export const BACKUP_VERSION = 1;

const kebab = z.string({ error: "expected text" }).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a lower-case-with-hyphens name");
const timestamp = z.string({ error: "expected a date and time" }).refine((s) => !Number.isNaN(Date.parse(s)), "expected a date and time");

export const BackupModuleSchema = z
  .object({
    id: kebab,
    origin: z.enum(["own", "copy"]),
    text: z.string({ error: "expected the module file as text" }),
    revision: z.number({ error: "expected a whole number" }).int("expected a whole number").nonnegative("expected 0 or more"),
    updatedAt: timestamp,
    /** For a copy: the version of the shipped module it was made from. */
    basedOnVersion: z.number().int().positive().optional(),
  })
  .strict();

/** A source added in the workbench: its catalog entry and the original file, base64. */
export const BackupSourceSchema = z
  .object({
    entry: CatalogEntrySchema,
    fingerprint: z.string().regex(/^[0-9a-f]{64}$/, "expected a SHA-256 fingerprint"),
    bytes: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, "expected the file as base64"),
    addedAt: timestamp,
  })
  .strict();

export const BackupSchema = z
  .object({
    format: z.literal(BACKUP_FORMAT, { error: `expected "${BACKUP_FORMAT}": this is not a Sourcebook backup file` }),
    version: z.literal(BACKUP_VERSION, { error: `expected ${BACKUP_VERSION}: this backup was made by another version of Sourcebook` }),
    exportedAt: timestamp,
    modules: z.array(BackupModuleSchema, { error: "expected a list of modules" }),
    /** Sources added in the workbench (backups made before they could be added have none). */
    sources: z.array(BackupSourceSchema, { error: "expected a list of sources" }).optional(),
  })
  .strict();

export type Backup = z.infer<typeof BackupSchema>;
export type BackupModule = z.infer<typeof BackupModuleSchema>;
export type BackupSource = z.infer<typeof BackupSourceSchema>;

/** A backup read and checked: every module text parses, ids are unique and match the front matter. */
export interface ParsedBackup {
  backup: Backup;
  /** The parsed module of each entry, parallel to `backup.modules`. */
  modules: Module[];
}

/** The backup file text, two-space indented so it diffs and reads well. */
export function writeBackup(modules: readonly BackupModule[], exportedAt: string, sources: readonly BackupSource[] = []): string {
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt,
    modules: modules.map((m) => ({ ...m })),
    ...(sources.length > 0 ? { sources: [...sources] } : {}),
  };
  return JSON.stringify(backup, null, 2) + "\n";
}

/** The name a backup is downloaded as: sourcebook-backup-2026-03-14.json. */
export function backupFileName(exportedAt: string): string {
  return `${BACKUP_FORMAT}-${exportedAt.slice(0, 10)}.json`;
}

/**
 * Reads and fully checks a backup file. A bad file gives one reason that names the file and
 * the field: `backup.json: modules[2] (criminal-law.md):14: objectives[0]: expected text`.
 */
export function parseBackup(text: string, fileName: string): { ok: true; value: ParsedBackup } | { ok: false; error: string } {
  const fail = (where: string, problem: string) => ({ ok: false as const, error: `${fileName}: ${where ? `${where}: ` : ""}${problem}` });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return fail("", `not a Sourcebook backup: the file is not valid JSON (${jsonProblem(e, text)})`);
  }
  const result = BackupSchema.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const path = issue.code === "unrecognized_keys" ? [...issue.path, issue.keys[0]!] : issue.path;
    const missing = issue.code === "invalid_type" && valueAt(json, issue.path) === undefined;
    const problem =
      issue.code === "unrecognized_keys"
        ? `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.join(", ")}`
        : missing
          ? "is missing"
          : issue.code === "invalid_value" && issue.values.length > 1
            ? `expected one of ${issue.values.map(String).join(", ")}`
            : issue.message;
    return fail(fieldName(path), problem);
  }
  const backup = result.data;
  const modules: Module[] = [];
  const seen = new Map<string, number>();
  for (const [i, entry] of backup.modules.entries()) {
    const where = `modules[${i}]`;
    const first = seen.get(entry.id);
    if (first !== undefined) return fail(`${where}.id`, `"${entry.id}" appears twice (also modules[${first}])`);
    seen.set(entry.id, i);
    const parsed = parseModule(entry.text, `${entry.id}.md`);
    const error = parsed.errors[0];
    if (error) {
      const at = `${where} (${error.file})${error.line ? `:${error.line}` : ""}`;
      return fail(error.field ? `${at}: ${error.field}` : at, error.problem);
    }
    const module = parsed.module!;
    const idLine = entry.text.split("\n").findIndex((l) => /^id:/.test(l)) + 1;
    if (module.meta.id !== entry.id)
      return fail(`${where} (${entry.id}.md):${idLine}: id`, `the file says "${module.meta.id}" but the backup lists it as "${entry.id}"`);
    modules.push(module);
  }
  return { ok: true, value: { backup, modules } };
}

function jsonProblem(e: unknown, text: string): string {
  const message = e instanceof Error ? e.message : String(e);
  const position = /position (\d+)/.exec(message);
  if (!position) return message;
  const line = text.slice(0, Number(position[1])).split("\n").length;
  return `line ${line}: ${message.replace(/ in JSON at position \d+.*$/, "").replace(/\s*\(line \d+ column \d+\)$/, "")}`;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((v, k) => (v !== null && typeof v === "object" ? (v as Record<PropertyKey, unknown>)[k] : undefined), data);
}
