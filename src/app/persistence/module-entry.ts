import { msg, str } from "@lit/localize";
import type { ContentError } from "../../core/files/yaml-file.ts";
import { setMeta } from "../../core/modules/module-edits.ts";
import { parseModule } from "../../core/modules/parse-module.ts";
import { serializeModule } from "../../core/modules/serialize-module.ts";
import type { Module } from "../../core/schema/module.ts";
import type { ModuleDb, ModuleRecord } from "./module-db.ts";
import type { RecordKind, SavedEntry } from "./record-kind.ts";
import type { RevisionSaver } from "./revision-saver.ts";

/** One of the trainer's modules as a tab holds it: what is on screen and what is stored. */
export interface OwnEntry extends SavedEntry<ModuleRecord> {
  /** What the trainer sees; ahead of `stored` while a write is pending or failed. */
  module: Module;
  basedOnVersion?: number;
}

/** The saver of the trainer's modules. */
export type ModuleSaver = RevisionSaver<ModuleRecord, OwnEntry, ModuleDb>;

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

/** Modules as the saver keeps them: module files, checked to read back as they are. */
export const moduleKind: RecordKind<ModuleRecord, OwnEntry> = {
  noun: "module",
  channel: "sourcebook-modules",
  journal: "sourcebook-journal/",
  entryOf(record, base) {
    const read = readModule(record.text, moduleFile(record.id));
    if (!read.module) {
      const why = read.error!.message;
      return { problem: msg(str`Your module ${why} (it is kept in the browser's storage, unchanged).`) };
    }
    const { basedOnVersion } = record;
    return {
      module: read.module,
      origin: record.origin,
      updatedAt: record.updatedAt,
      ...(basedOnVersion !== undefined ? { basedOnVersion } : {}),
      stored: record,
      base,
    };
  },
  recordOf(id, entry, revision) {
    const { text, error } = asStored(entry.module, id);
    const { basedOnVersion } = entry;
    const record = { id, text, origin: entry.origin, revision, updatedAt: entry.updatedAt, ...(basedOnVersion ? { basedOnVersion } : {}) };
    return error ? { record, invalid: error } : { record };
  },
  contentOf: (record) => record.text,
  titleOf: (entry) => entry.module.meta.title,
  renamed: (entry, id, title, updatedAt) => ({ module: setMeta(entry.module, { id, title }), origin: "own", updatedAt }),
  withId(record, id) {
    const read = readModule(record.text, moduleFile(record.id));
    return { ...record, id, text: read.module ? serializeModule(setMeta(read.module, { id })) : record.text };
  },
};
