import { ContentError, parseYamlFile } from "../files/yaml-file.ts";
import { languageName } from "../modules/translated-module.ts";
import type { Module } from "../schema/module.ts";
import { SessionSchema, type Session } from "../schema/session.ts";
import { assembleSession, type AssembledSession } from "./assemble-session.ts";

/** Modules as their translations print them (`checkTranslation(…).module`), by language, then module id. */
export type ModuleTranslations = ReadonlyMap<string, ReadonlyMap<string, Module>>;

/** The language the modules of `modules/` are written in; a session in another uses their translations. */
export const MODULE_LANGUAGE = "en";

/**
 * Parses a session file and resolves it against the modules; problems name file, line and field. A session
 * with `language: ru` uses each module's Russian translation and refuses a module that has none.
 */
export function loadSession(
  text: string,
  file: string,
  modules: ReadonlyMap<string, Module>,
  translations: ModuleTranslations = new Map(),
): AssembledSession {
  const { value, yaml } = parseYamlFile<Session>(SessionSchema, text, file);
  const language = value.language ?? MODULE_LANGUAGE;
  if (language === MODULE_LANGUAGE) return assembleSession(value, modules, file, yaml.lineAt);
  const translated = translations.get(language) ?? new Map<string, Module>();
  value.agenda.forEach((item, i) => {
    // A handout in one language with a module in another would not be read: say which translation is missing.
    if ("module" in item && modules.has(item.module) && !translated.has(item.module))
      throw new ContentError(
        file,
        yaml.lineAt(["agenda", i, "module"]),
        `agenda[${i}].module`,
        `"${item.module}" has no ${languageName(language)} translation that can be printed (modules/${item.module}.${language}.md); translate it, or take it out of this session`,
      );
  });
  return assembleSession(value, translated, file, yaml.lineAt);
}

export { ContentError };
