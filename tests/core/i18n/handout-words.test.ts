import { describe, expect, test } from "vitest";
import { handoutWords, type HandoutWords } from "../../../src/core/i18n/handout/catalogue.ts";
import { uiLanguages } from "../../../src/core/i18n/languages.ts";

/** Every word a catalogue prints, each function called with sample arguments, by key. */
function printedWords(words: HandoutWords): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(words)) {
    if (key === "code" || key === "reviewedByNativeSpeaker") continue;
    if (typeof value === "function") {
      const f = value as (...args: unknown[]) => string;
      const args = Array.from({ length: f.length }, (_, i) => (key === "date" ? "2026-12-08" : String(i + 3)));
      out.set(key, key === "forAudiences" || key === "avoid" ? f(["x", "y"]) : key === "moduleNotApproved" ? f("T", "draft") : f(...args));
    } else if (typeof value === "string") out.set(key, value);
    else for (const [k, v] of Object.entries(value as object)) out.set(`${key}.${k}`, String(v));
  }
  return out;
}

describe("the handouts' catalogue", () => {
  const en = printedWords(handoutWords("en"));
  // The same in every language: the referral directory's empty rows to fill in.
  const alike = new Set(["referralBlankRows.4", "referralBlankRows.5"]);

  test.each(["ru", "ky"] as const)("%s says every word in its own language: nothing is left as the English", (code) => {
    const words = printedWords(handoutWords(code));
    expect([...words.keys()]).toEqual([...en.keys()]);
    const english = [...words].filter(([key, text]) => !alike.has(key) && text === en.get(key)).map(([key]) => key);
    expect(english).toEqual([]);
    // Every word of it in Cyrillic (quotation marks and numbers alone have none).
    for (const [key, text] of words) if (/\p{L}/u.test(text.replace(/[xy]/g, ""))) expect(text, key).toMatch(/\p{Script=Cyrillic}/u);
  });

  test("English is reviewed; Russian and Kyrgyz say on the cover that no native speaker has read them yet", () => {
    expect(uiLanguages.map((l) => handoutWords(l).reviewedByNativeSpeaker)).toEqual([true, false, false]);
    expect(handoutWords("ru").unreviewedTranslation).toBe("Перевод не проверен носителем языка");
  });

  test("counts take the language's plural forms, and dates are written by Intl", () => {
    const ru = handoutWords("ru");
    expect([1, 3, 5, 21].map((n) => ru.minutes(n))).toEqual(["1 минута", "3 минуты", "5 минут", "21 минута"]);
    expect(ru.moreNotVerified(2)).toBe("…и ещё 2 выдержки не подтверждены.");
    expect(ru.date("2026-12-08")).toBe("8 декабря 2026 г.");
    expect(ru.date("2026")).toBe("2026");
    expect(handoutWords("ky").date("2026-12-08")).toBe(
      new Intl.DateTimeFormat("ky", { dateStyle: "long", timeZone: "UTC" }).format(Date.UTC(2026, 11, 8)),
    );
    expect(handoutWords("en").date("2026-12-08")).toBe("8 December 2026");
  });
});
