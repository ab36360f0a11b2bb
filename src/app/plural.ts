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

/** A date (and, if asked, a time) as the interface language writes it. */
export const formatDate = (date: Date, options: Intl.DateTimeFormatOptions = { dateStyle: "long" }): string =>
  new Intl.DateTimeFormat(currentLanguage(), options).format(date);

/** "Police and Social workers", "полиция и социальные работники": a list joined as the interface language joins one. */
export const formatList = (items: readonly string[]): string =>
  new Intl.ListFormat(currentLanguage(), { type: "conjunction" }).format(items);
