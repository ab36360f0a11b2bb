import { configureLocalization } from "@lit/localize";
import { sourceLocale, targetLocales } from "../locales/generated/locale-codes.ts";
import { pickLanguage, type UiLanguage } from "../core/i18n/languages.ts";

/** Where the chosen interface language is remembered between visits. */
const storageKey = "sourcebook-language";

const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  // Each catalogue is its own chunk, fetched the first time its language is chosen.
  loadLocale: (locale) => import(`../locales/generated/${locale}.ts`),
});

function savedLanguage(): string | null {
  try {
    return globalThis.localStorage?.getItem(storageKey) ?? null;
  } catch {
    return null; // storage refused (private mode, a sandboxed frame): start from the browser's languages
  }
}

/** The interface language now shown. */
export const currentLanguage = (): UiLanguage => pickLanguage(getLocale(), []);

/** Switches every element to `language`, remembers it, and sets the page's `lang` for screen readers and hyphenation. */
export async function chooseLanguage(language: UiLanguage): Promise<void> {
  await setLocale(language);
  document.documentElement.lang = language;
  try {
    globalThis.localStorage?.setItem(storageKey, language);
  } catch {
    // Not remembered; the choice still holds for this visit.
  }
}

/** Starts in the remembered language, else the browser's first one that Sourcebook speaks. */
export function startInPreferredLanguage(): Promise<void> {
  const language = pickLanguage(savedLanguage(), globalThis.navigator?.languages ?? []);
  return language === "en" ? Promise.resolve() : chooseLanguage(language);
}
