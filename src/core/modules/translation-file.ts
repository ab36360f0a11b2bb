import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex } from "@noble/hashes/utils.js";
import type { ContentError } from "../files/yaml-file.ts";
import type { YamlSource } from "../files/yaml-file.ts";
import type { BodyNode } from "../schema/module.ts";
import { TranslationMetaSchema, type TranslationMeta } from "../schema/translation.ts";
import { checkAudienceBlocks, parseModuleParts } from "./parse-module.ts";

/** A module's translation as written: its own front matter and its translated body. */
export interface ModuleTranslation {
  meta: TranslationMeta;
  body: BodyNode[];
}

export interface ParsedTranslation {
  /** The translation, when its front matter could be read (it may still have errors). */
  translation?: ModuleTranslation;
  /** The 1-based line of each body node, parallel to `translation.body`. */
  lines: number[];
  /** The front matter's lines by field, for problems found later (the mirror check). */
  lineAt: (path: readonly PropertyKey[]) => number | undefined;
  errors: ContentError[];
}

/** `modules/<id>.<language>.md` → its module id and language; undefined for any other name (an original module's). */
export function translationFileName(file: string): { id: string; language: string } | undefined {
  const m = /(?:^|[/\\])([a-z0-9]+(?:-[a-z0-9]+)*)\.([a-z]{2,3})\.md$/.exec(file);
  return m ? { id: m[1]!, language: m[2]! } : undefined;
}

/** What `translated-from` holds: the first 16 hex digits of the SHA-256 of the original file's UTF-8 bytes. */
export function moduleFingerprint(text: string): string {
  return bytesToHex(sha256(new TextEncoder().encode(text))).slice(0, 16);
}

/** The `translated-from:` line to write, quoted where YAML would otherwise read the digits as a number. */
export function translatedFromLine(fingerprint: string): string {
  return /^\d+(?:e\d+)?$/.test(fingerprint) ? `translated-from: "${fingerprint}"` : `translated-from: ${fingerprint}`;
}

/** Parses a module's translation: its front matter (TranslationMetaSchema), then its body as a module's. */
export function parseTranslation(text: string, file: string): ParsedTranslation {
  const { meta, yaml, body, errors } = parseModuleParts(text, file, TranslationMetaSchema);
  if (meta) checkAudienceBlocks(meta.audiences, body, file, errors);
  const lineAt = (path: readonly PropertyKey[]) => (yaml as YamlSource | undefined)?.lineAt(path);
  const lines = body.map((b) => b.line);
  return meta ? { translation: { meta, body: body.map((b) => b.node) }, lines, lineAt, errors } : { lines, lineAt, errors };
}
