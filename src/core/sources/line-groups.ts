import type { RawLine } from "./raw-lines.ts";

/** Groups lines into blocks separated by lines for which `isSeparator` holds. */
export function lineGroups(lines: RawLine[], isSeparator: (line: RawLine) => boolean): RawLine[][] {
  const groups: RawLine[][] = [];
  let current: RawLine[] = [];
  for (const line of lines) {
    if (isSeparator(line)) {
      if (current.length > 0) groups.push(current);
      current = [];
    } else if (line.text) current.push(line);
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** A short line in capitals: "PROTECTION", "RECOMMENDATIONS FOR KYRGYZSTAN:". */
export function isUpperCaseHeading(text: string): boolean {
  return text.length <= 90 && /^[\p{Lu}][\p{Lu}\d ,:'’&/()–-]+$/u.test(text) && (text.match(/\p{Lu}/gu)?.length ?? 0) >= 3;
}

/** Sentence-final punctuation, ignoring trailing note markers and closing quotes. */
export function endsSentence(text: string): boolean {
  return /[.!?:;…]["”’)\]*]*$/.test(text.replace(/(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\^\{[\d ]+\})+$/, "").trimEnd());
}

/** Words a heading never ends with: a line ending in one is a broken sentence. */
export const TRAILING_FUNCTION_WORD = /\b(?:a|an|and|as|at|by|for|from|in|into|of|on|or|than|that|the|to|with)$/i;
