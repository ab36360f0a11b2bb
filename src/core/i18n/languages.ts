/** The languages Sourcebook speaks: its screens and the words a handout prints itself. */
export const uiLanguages = ["en", "ru", "ky"] as const;
export type UiLanguage = (typeof uiLanguages)[number];

/** Each language named in itself, as a language menu shows it. */
export const languageNames: Readonly<Record<UiLanguage, string>> = { en: "English", ru: "Русский", ky: "Кыргызча" };

export const isUiLanguage = (code: string): code is UiLanguage => (uiLanguages as readonly string[]).includes(code);

/**
 * The language to start in: the one the trainer chose last, else the first of the browser's languages that
 * Sourcebook speaks ("ru-RU" counts as "ru"), else English.
 */
export function pickLanguage(saved: string | null | undefined, preferred: readonly string[]): UiLanguage {
  if (saved && isUiLanguage(saved)) return saved;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split(/[-_]/)[0] ?? "";
    if (isUiLanguage(base)) return base;
  }
  return "en";
}
