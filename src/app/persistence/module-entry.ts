import type { ContentError } from "../../core/library/yaml-file.ts";
import { parseModule } from "../../core/modules/parse-module.ts";
import { serializeModule } from "../../core/modules/serialize-module.ts";
import type { Module } from "../../core/schema/module.ts";
import type { ModuleSummary } from "../module-store-api.ts";
import type { ModuleRecord } from "./module-db.ts";

/** One of the trainer's modules as a tab holds it: what is on screen and what is stored. */
export interface OwnEntry {
  /** What the trainer sees; ahead of `stored` while a write is pending or failed. */
  module: Module;
  origin: "own" | "copy";
  updatedAt: string;
  basedOnVersion?: number;
  /** The record last read from or written to the database. */
  stored?: ModuleRecord;
  /** The stored revision the trainer's version is based on (undefined: none stored yet). */
  base?: number;
}

/** The file name a module is read and exported as. */
export const moduleFile = (id: string) => `${id}.md`;

/** Parses a module file and checks it round-trips: the module, or the first problem. */
export function readModule(text: string, file: string): { module: Module; error?: undefined } | { module?: Module; error: ContentError } {
  const parsed = parseModule(text, file);
  const error = parsed.errors[0];
  if (error || !parsed.module) return { module: parsed.module, error: error! };
  return { module: parsed.module };
}

/** The module as it will read back from its own file: parsed from the text it serialises to. */
export function asStored(module: Module, id: string): { module: Module; text: string; error?: ContentError } {
  const text = serializeModule(module);
  const read = readModule(text, moduleFile(id));
  return read.error ? { module, text, error: read.error } : { module: read.module, text };
}

/** An entry for a record read from the database, or why its text cannot be read. */
export function entryOf(record: ModuleRecord, base: number | undefined): OwnEntry | ContentError {
  const read = readModule(record.text, moduleFile(record.id));
  if (!read.module) return read.error!;
  return {
    module: read.module,
    origin: record.origin,
    updatedAt: record.updatedAt,
    ...(record.basedOnVersion !== undefined ? { basedOnVersion: record.basedOnVersion } : {}),
    stored: record,
    base,
  };
}

/** An id not used by any module: `base`, else `base-2`, `base-3` … */
export function freeId(base: string, taken: (id: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n++) if (!taken(`${base}-${n}`)) return `${base}-${n}`;
}

export function summaryOf(id: string, module: Module, origin: ModuleSummary["origin"], updatedAt?: string): ModuleSummary {
  const { meta, body } = module;
  return {
    id,
    title: meta.title,
    summary: meta.summary,
    audiences: meta.audiences,
    topics: meta.topics,
    minutes: meta.minutes,
    reviewStatus: meta.review.status,
    excerpts: body.filter((n) => n.kind === "excerpt").length,
    origin,
    ...(updatedAt ? { updatedAt } : {}),
  };
}

/** A token for undoing a removal. */
export function newToken(): string {
  return typeof crypto !== "undefined" && "randomUUID" in crypto
    ? crypto.randomUUID()
    : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/** The database record for an entry's version. */
export function recordOf(id: string, entry: OwnEntry, text: string, revision: number): ModuleRecord {
  const { basedOnVersion } = entry;
  return { id, text, origin: entry.origin, revision, updatedAt: entry.updatedAt, ...(basedOnVersion ? { basedOnVersion } : {}) };
}
