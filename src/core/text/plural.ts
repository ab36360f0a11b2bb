/**
 * A noun's forms: one per plural category of the language (`Intl.PluralRules`: English has "one" and "other",
 * Russian adds "few" and "many"), and `none`, said for a count of 0 ("no excerpts"). A plain string is an English
 * noun whose plural adds -s.
 */
export type Noun = string | ({ other: string; none?: string } & Partial<Record<Intl.LDMLPluralRule, string>>);

const rules = new Map<string, Intl.PluralRules>();

/** The form of a noun that goes with a count: `nounFor(1, "excerpt")` → "excerpt", `nounFor(2, "excerpt")` → "excerpts". */
export function nounFor(count: number, noun: Noun, locale = "en"): string {
  const forms = typeof noun === "string" ? { one: noun, other: `${noun}s` } : noun;
  let rule = rules.get(locale);
  if (!rule) rules.set(locale, (rule = new Intl.PluralRules(locale)));
  return forms[rule.select(count)] ?? forms.other;
}

/** A count with its noun as a person reads it: "no excerpts", "1 excerpt", "2 excerpts". */
export function plural(count: number, noun: Noun, locale = "en"): string {
  if (count === 0) return (typeof noun === "string" ? undefined : noun.none) ?? `no ${nounFor(count, noun, locale)}`;
  return `${count} ${nounFor(count, noun, locale)}`;
}
