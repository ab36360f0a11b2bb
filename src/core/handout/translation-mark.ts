/** What a handout prints beside a translator's rendering of a quote, in the translation's language. */
interface TranslationMarks {
  /** Printed after the rendering: it is not the source's words. */
  unofficial: string;
  /** Introduces the original quote printed under it (trainer guide). */
  original: string;
}

const MARKS: Readonly<Record<string, TranslationMarks>> = {
  en: { unofficial: "Unofficial translation", original: "Original" },
  ru: { unofficial: "Неофициальный перевод", original: "Оригинал" },
  ky: { unofficial: "Расмий эмес котормо", original: "Түп нуска" },
};

/** The marks in a language; English for a language with none yet. */
export const translationMarks = (language: string): TranslationMarks => MARKS[language] ?? MARKS.en!;
