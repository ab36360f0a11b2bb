import { existsSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseHandoutTemplate } from "../core/library/handout-template-file.ts";
import { ContentError } from "../core/files/yaml-file.ts";
import { parseModule } from "../core/modules/parse-module.ts";
import { checkTranslation, type CheckedTranslation } from "../core/modules/translated-module.ts";
import { translationFileName } from "../core/modules/translation-file.ts";
import type { ModuleTranslations } from "../core/sessions/session-file.ts";
import type { HandoutTemplate } from "../core/schema/handout-template.ts";
import type { Module } from "../core/schema/module.ts";
import { readContentFile } from "./content-file.ts";
import { UsageError } from "./usage-error.ts";

/** Every module of `modules/` that parses cleanly, and the problems of those that do not. */
export function readModules(root: string): { modules: Map<string, Module>; problems: Map<string, string[]> } {
  const dir = join(root, "modules");
  const modules = new Map<string, Module>();
  const problems = new Map<string, string[]>();
  if (!existsSync(dir)) return { modules, problems };
  for (const f of readdirSync(dir)
    .filter((n) => n.endsWith(".md") && !translationFileName(n))
    .sort()) {
    const parsed = parseModuleFile(join(dir, f), `modules/${f}`);
    if (parsed.module && parsed.errors.length === 0) modules.set(parsed.module.meta.id, parsed.module);
    else
      problems.set(
        f.replace(/\.md$/, ""),
        parsed.errors.map((e) => e.message),
      );
  }
  return { modules, problems };
}

/**
 * Every translation in `modules/` (`<id>.<language>.md`) checked against its original, by file name; and the
 * printable ones (no errors) by language and module id, for sessions in those languages.
 */
export function readTranslations(root: string): { checked: Map<string, CheckedTranslation>; printable: ModuleTranslations } {
  const dir = join(root, "modules");
  const checked = new Map<string, CheckedTranslation>();
  const printable = new Map<string, Map<string, Module>>();
  if (!existsSync(dir)) return { checked, printable };
  for (const f of readdirSync(dir).sort()) {
    const named = translationFileName(f);
    if (!named) continue;
    const result = checkTranslationFile(join(dir, f), `modules/${f}`);
    checked.set(f, result);
    if (!result.module) continue;
    const inLanguage = printable.get(named.language) ?? new Map<string, Module>();
    printable.set(named.language, inLanguage.set(named.id, result.module));
  }
  return { checked, printable };
}

/** A translation file checked against its original, `<id>.md` beside it (read afresh: its exact text is fingerprinted). */
export function checkTranslationFile(path: string, name: string): CheckedTranslation {
  const id = translationFileName(name)!.id;
  const originalPath = join(dirname(path), `${id}.md`);
  const originalName = join(dirname(name), `${id}.md`);
  try {
    const text = readContentFile(path, name);
    if (!existsSync(originalPath)) return checkTranslation(text, name, undefined);
    const originalText = readContentFile(originalPath, originalName);
    const parsed = parseModule(originalText, originalName);
    if (!parsed.module || parsed.errors.length > 0) {
      const problem = `its original ${originalName} has errors, so the translation cannot be checked against it`;
      return { lines: [], lineAt: () => undefined, errors: [new ContentError(name, undefined, undefined, problem)] };
    }
    return checkTranslation(text, name, { module: parsed.module, text: originalText });
  } catch (e) {
    if (e instanceof ContentError) return { lines: [], lineAt: () => undefined, errors: [e] };
    throw e;
  }
}

/** A module file parsed; one that is not UTF-8 is parsed as nothing, with that error. */
export function parseModuleFile(path: string, name: string): ReturnType<typeof parseModule> {
  try {
    return parseModule(readContentFile(path, name), name);
  } catch (e) {
    if (e instanceof ContentError) return { lines: [], errors: [e] };
    throw e;
  }
}

/** A handout template by id from templates/handouts/. */
export function readHandoutTemplate(root: string, id: string): HandoutTemplate {
  const file = join(root, "templates", "handouts", `${id}.yaml`);
  if (!existsSync(file)) {
    const known = existsSync(join(root, "templates", "handouts"))
      ? readdirSync(join(root, "templates", "handouts")).map((f) => f.replace(/\.yaml$/, ""))
      : [];
    throw new UsageError(`No handout template "${id}" (templates: ${known.join(", ")}).`);
  }
  try {
    const name = `templates/handouts/${id}.yaml`;
    return parseHandoutTemplate(readContentFile(file, name), name);
  } catch (e) {
    if (e instanceof ContentError) throw new UsageError(e.message);
    throw e;
  }
}
