import { sectionName } from "../sources/assemble.ts";
import type { Passage } from "../sources/model.ts";
import type { Source } from "../sources/source.ts";

/**
 * Which passages a citation's locator names. Accepts the forms a trainer writes:
 * "para. 75", "paras. 75–76", "¶75", "Protection ¶3", "Protection, para. 3", "§ Protection",
 * "Protection", "note 12", "n. 12", "fn. 12"; case and spacing do not matter.
 */
export function passagesAtLocator(source: Source, locator: string): Passage[] {
  let cache = resolved.get(source);
  if (!cache) resolved.set(source, (cache = new Map()));
  const l = normalize(locator);
  let found = cache.get(l);
  if (!found) cache.set(l, (found = resolve(source, l)));
  return found;
}

/** Locators already resolved, per loaded source (trainers cite the same places again and again). */
const resolved = new WeakMap<Source, Map<string, Passage[]>>();

function resolve(source: Source, l: string): Passage[] {
  const passages = source.reading.passages;
  const note = /^(?:note|n|fn|footnote|endnote)\.? ?(\S+)$/.exec(l);
  if (note) return passages.filter((p) => p.noteId === note[1]);
  const para = /^(?:paras?\.?|paragraphs?|¶) ?(\d+)(?: ?[-–] ?(\d+))?$/.exec(l);
  if (para && passages.some((p) => p.number !== undefined)) {
    const from = Number(para[1]);
    const to = Number(para[2] ?? para[1]);
    return passages.filter((p) => p.number !== undefined && p.number >= from && p.number <= to);
  }
  const exact = passages.filter((p) => normalize(p.locator) === l);
  if (exact.length > 0) return exact;
  const inSection = /^(?:§ ?)?(.*?)(?:,? ?(?:¶|para\.?|paragraph) ?(\d+))?$/.exec(l);
  if (!inSection) return [];
  const section = inSection[1]!;
  const ordinal = inSection[2];
  return passages.filter((p) => {
    const names = p.path.map((t) => normalize(sectionName(t)));
    if (!names.some((n) => n === section || stripNumbering(n) === section)) return false;
    if (ordinal === undefined) return true;
    return normalize(p.locator).endsWith(`¶${ordinal}`) && names[names.length - 1]!.startsWith(section.split(" › ").pop()!);
  });
}

/** A locator in comparable form. */
export function normalize(locator: string): string {
  return locator
    .normalize("NFC")
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, " ")
    .replace(/¶ /g, "¶")
    .replace(/ ?> ?/g, " › ")
    .trim();
}

/** "iii. situational analysis" → "situational analysis". */
function stripNumbering(name: string): string {
  return name.replace(/^(?:[ivx]+|[a-z]|\d+)\. |^\([a-z]\) /, "");
}
