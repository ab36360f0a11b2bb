import { currentLanguage } from "./locale.ts";

/**
 * A count's words in each plural form the interface languages use: English and Kyrgyz need `one` and `other`,
 * Russian also `few` ("3 модуля") and `many` ("5 модулей"). Each form is its own message, so a translator fills
 * in every form the language has; a form left out falls back to `other`.
 */
export interface PluralForms {
  one: string;
  few?: string;
  many?: string;
  other: string;
}

/** The form of `forms` that `count` takes in the interface language now shown, by `Intl.PluralRules`. */
export function plural(count: number, forms: PluralForms): string {
  const category = new Intl.PluralRules(currentLanguage()).select(count);
  return (category === "one" || category === "few" || category === "many" ? forms[category] : undefined) ?? forms.other;
}

/**
 * A date (and, if asked, a time) as the interface language writes it. A browser whose Intl has no data for the
 * language (Chromium's own ICU has no Kyrgyz, and would fall back to English month names) gets the date in
 * numbers, as Kyrgyzstan writes them: 08.12.2026, 14:30.
 */
export function formatDate(date: Date, options: Intl.DateTimeFormatOptions = { dateStyle: "long" }): string {
  const language = currentLanguage();
  if (Intl.DateTimeFormat.supportedLocalesOf(language).length > 0) return new Intl.DateTimeFormat(language, options).format(date);
  const { dateStyle, timeStyle, ...rest } = options;
  const numbers: Intl.DateTimeFormatOptions = {
    ...(dateStyle || rest.month ? { day: "2-digit", month: "2-digit", year: "numeric" } : {}),
    ...(timeStyle || rest.hour ? { hour: "2-digit", minute: "2-digit" } : {}),
  };
  return new Intl.DateTimeFormat("ru", numbers).format(date);
}

/** "Police and Social workers", "полиция и социальные работники": a list joined as the interface language joins one. */
export const formatList = (items: readonly string[]): string =>
  new Intl.ListFormat(currentLanguage(), { type: "conjunction" }).format(items);
