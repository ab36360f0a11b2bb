import type { UiLanguage } from "../languages.ts";
import { en } from "./en.ts";
import type { HandoutWords } from "./messages.ts";
import { ky } from "./ky.ts";
import { ru } from "./ru.ts";

export type { HandoutWords } from "./messages.ts";

const catalogues: Readonly<Record<UiLanguage, HandoutWords>> = { en, ru, ky };

/** The words a handout prints itself, in `language` (English when not given). */
export const handoutWords = (language: UiLanguage = "en"): HandoutWords => catalogues[language];
