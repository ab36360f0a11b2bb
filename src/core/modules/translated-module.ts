import { ContentError } from "../files/yaml-file.ts";
import type { Module } from "../schema/module.ts";
import { mirrorProblems } from "./translation-mirror.ts";
import { moduleFingerprint, parseTranslation, type ParsedTranslation } from "./translation-file.ts";

/** A translation checked against its original: its problems, whether it is current, and the module it prints as. */
export interface CheckedTranslation extends ParsedTranslation {
  /** Parse problems and the mirror check's; the translation prints only without any. */
  errors: ContentError[];
  /** Whether `translated-from` is the original's fingerprint now; `fingerprint` is that fingerprint, to write when updated. */
  status?: { current: boolean; fingerprint: string };
  /** The translation put together with its original, as a session in its language prints it; only when it has no errors. */
  module?: Module;
}

/** Parses a translation and checks it against its original (its module and file text, when there is one). */
export function checkTranslation(text: string, file: string, original: { module: Module; text: string } | undefined): CheckedTranslation {
  const parsed = parseTranslation(text, file);
  const t = parsed.translation;
  if (!t) return parsed;
  if (!original) {
    const of = t.meta["translation-of"];
    const problem = `there is no module "${of}" (modules/${of}.md) for this to be a translation of`;
    return { ...parsed, errors: [...parsed.errors, new ContentError(file, parsed.lineAt(["translation-of"]), "translation-of", problem)] };
  }
  const errors = [...parsed.errors, ...mirrorProblems(original.module, parsed, file)];
  const fingerprint = moduleFingerprint(original.text);
  const status = { current: t.meta["translated-from"] === fingerprint, fingerprint };
  if (errors.length > 0) return { ...parsed, errors, status };
  return { ...parsed, errors, status, module: translatedModule(original.module, parsed, status.current) };
}

/** The module a translation prints as: the original's id, version and topics; everything a reader reads, translated. */
function translatedModule(original: Module, parsed: ParsedTranslation, current: boolean): Module {
  const { meta, body } = parsed.translation!;
  return {
    meta: {
      ...original.meta,
      title: meta.title,
      summary: meta.summary,
      audiences: meta.audiences,
      minutes: meta.minutes,
      objectives: meta.objectives,
      // The translation is reviewed on its own: an approved original does not approve its translation.
      review: meta.review,
    },
    body,
    translation: { language: meta.language, originalTitle: original.meta.title, current },
  };
}

/** The languages a module is translated into, by name, for what a handout says in English. */
const LANGUAGE_NAMES: Readonly<Record<string, string>> = { ru: "Russian", ky: "Kyrgyz", en: "English" };

export const languageName = (code: string): string => LANGUAGE_NAMES[code] ?? `“${code}”`;

/** Why a module printed from an outdated translation is a DRAFT; none when it is not one. */
export function translationDraftReasons(module: Module): string[] {
  const t = module.translation;
  if (!t || t.current) return [];
  return [`The ${languageName(t.language)} translation of “${t.originalTitle}” was made from an earlier version of the module.`];
}

/** A translation as a module library shows it on its original: its language, and whether it is current. */
export interface TranslationState {
  language: string;
  current: boolean;
}

/**
 * The state of each translation file (`<id>.<language>.md`, with its text) by the id of the original it translates
 * (`originals`: id → the original file's text). A translation whose front matter cannot be read, or with no original, is left out.
 */
export function translationStates(originals: ReadonlyMap<string, string>, translations: Iterable<readonly [string, string]>): Map<string, TranslationState[]> {
  const states = new Map<string, TranslationState[]>();
  for (const [file, text] of translations) {
    const meta = parseTranslation(text, file).translation?.meta;
    const original = meta && originals.get(meta["translation-of"]);
    if (!meta || original === undefined) continue;
    const state = { language: meta.language, current: meta["translated-from"] === moduleFingerprint(original) };
    states.set(meta["translation-of"], [...(states.get(meta["translation-of"]) ?? []), state]);
  }
  return states;
}
