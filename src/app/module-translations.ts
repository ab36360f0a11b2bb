import { translationStates, type TranslationState } from "../core/modules/translated-module.ts";
import { bundledModuleFiles } from "./module-store.ts";
import type { BundledFiles } from "./persistence/revision-store.ts";

/** The translations shipped beside the modules (`modules/<id>.<language>.md`): never modules of their own. */
export function bundledTranslationFiles(): BundledFiles {
  return import.meta.glob<string>("../../modules/*.*.md", { query: "?raw", import: "default" });
}

/** Each module's translations, current or outdated against the module file as given. */
export async function readTranslationStates(originals: BundledFiles, translations: BundledFiles): Promise<Map<string, TranslationState[]>> {
  const read = (files: BundledFiles) =>
    Promise.all(Object.entries(files).map(async ([path, load]) => [path.slice(path.lastIndexOf("/") + 1), await load()] as const));
  const [texts, translated] = await Promise.all([read(originals), read(translations)]);
  return translationStates(new Map(texts.map(([file, text]) => [file.replace(/\.md$/, ""), text])), translated);
}

let shipped: Promise<Map<string, TranslationState[]>> | undefined;

/** Each shipped module's translations against the module as shipped; read once. */
export function shippedTranslations(): Promise<Map<string, TranslationState[]>> {
  return (shipped ??= readTranslationStates(bundledModuleFiles(), bundledTranslationFiles()));
}
