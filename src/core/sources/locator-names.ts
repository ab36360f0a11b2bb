import type { Heading, Passage } from "./model.ts";

/** A passage still to be named, and where it sits in its section. */
export interface PassagePlace {
  passage: Passage;
  /** The n-th passage of its section (for `¶n`). */
  ordinal?: number;
  /** A section heading, named `§ <section>`. */
  heading?: true;
  /** The n-th display line (title, byline) of its section, named `<section>, line n`. */
  line?: number;
}

/** "PROTECTION" → "Protection"; "RECOMMENDATIONS FOR KYRGYZSTAN:" → "Recommendations for Kyrgyzstan". */
export function sectionName(title: string): string {
  const t = title
    .replace(/\s+/g, " ")
    .replace(/\s*\[(?:PDF|DOC)\]/g, "")
    .trim()
    .replace(/[:.]$/, "");
  if (/\p{Ll}/u.test(t)) return t;
  const small = new Set(["a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"]);
  return t
    .toLowerCase()
    .split(" ")
    .map((w, i, all) => (i > 0 && small.has(w) && !all[i - 1]!.endsWith(":") ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(" ");
}

/**
 * Gives each passage a locator that names it alone: `para. N`, `note N`, `<section> ¶n`,
 * `§ <section>` for a heading, `<section>, line n` for a title or byline.
 */
export function nameLocators(places: PassagePlace[], headings: Heading[], leadName: string): void {
  // Names are counted without case: "Coordination and Cooperation" and "… cooperation" recur.
  const counts = new Map<string, number>();
  for (const h of headings) {
    if (h.level === 0) continue;
    const key = sectionName(h.title).toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  for (const { passage: p, ordinal, heading, line } of places) {
    const section = qualified(p.path.map(sectionName), counts);
    if (p.kind === "note") p.locator = `note ${p.noteId}`;
    else if (p.number !== undefined) p.locator = `para. ${p.number}`;
    else if (heading) p.locator = `§ ${section}`;
    else if (line !== undefined) p.locator = `${section ?? leadName}, line ${line}`;
    else p.locator = `${section ?? leadName} ¶${ordinal}`;
  }
  numberRepeats(places.map((p) => p.passage));
}

/** The last section name, qualified by its parents ("Priority Actions Required › Protection") while it recurs. */
function qualified(names: string[], counts: Map<string, number>): string | undefined {
  let depth = names.length - 1;
  if (depth < 0) return undefined;
  let name = names[depth]!;
  while (depth > 0 && (counts.get(names[depth]!.toLowerCase()) ?? 0) > 1) {
    depth--;
    name = `${names[depth]} › ${name}`;
  }
  return name;
}

/** A locator still shared (a heading printed twice under one parent) gets "(2)", "(3)" after the first. */
function numberRepeats(passages: Passage[]): void {
  const seen = new Map<string, number>();
  for (const p of passages) {
    const key = p.locator.toLowerCase();
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    if (n > 1) p.locator = `${p.locator} (${n})`;
  }
}
