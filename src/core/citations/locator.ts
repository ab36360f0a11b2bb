import { sectionName } from "../sources/locator-names.ts";
import type { Passage } from "../sources/model.ts";
import { passagesOnPage } from "../sources/pages.ts";
import type { Source } from "../sources/source.ts";

/** What a trainer's locator names: exactly one passage, or why it names none. */
export interface LocatorResolution {
  passage?: Passage;
  /** When no single passage is named: one sentence saying why. */
  problem?: string;
}

/**
 * The passage a citation's locator names — never more than one. Accepts a passage's own
 * locator and the forms a trainer writes: "para 75", "¶75", "n. 12", "Protection, para. 2",
 * the full heading path ("Priority Actions Required › Protection ¶3"), a heading without its
 * numbering, any case or spacing while that still names one passage.
 */
export function passagesAtLocator(source: Source, locator: string): Passage[] {
  const page = pageOfLocator(source, locator);
  if (page !== undefined) return passagesOnPage(source.reading, page);
  const { passage } = resolveLocator(source, locator);
  return passage ? [passage] : [];
}

/**
 * The page label a page locator ("p. 12", "page 12", "p 12") names, for a paged source (a PDF).
 * A page locator is the one that names a page, not a passage: a quote cited at it must start on it.
 */
export function pageOfLocator(source: Source, locator: string): string | undefined {
  if (!source.reading.pages) return undefined;
  const m = /^(?:p|pp|pg|page)\.? ?(\S+)$/i.exec(normalize(locator));
  return m && source.reading.pages.some((p) => p.label === m[1]) ? m[1] : undefined;
}

/** Why a locator names no single passage of the source (for a verdict's message). */
export function locatorProblem(source: Source, locator: string): string {
  return resolveLocator(source, locator).problem ?? "";
}

export function resolveLocator(source: Source, locator: string): LocatorResolution {
  let cache = resolved.get(source);
  if (!cache) resolved.set(source, (cache = new Map()));
  let found = cache.get(locator);
  if (!found) cache.set(locator, (found = resolve(source, locator)));
  return found;
}

/** Locators already resolved, per loaded source (trainers cite the same places again and again). */
const resolved = new WeakMap<Source, Map<string, LocatorResolution>>();

function resolve(source: Source, locator: string): LocatorResolution {
  const passages = source.reading.passages;
  const l = normalize(locator);
  const one = (named: Passage[]): LocatorResolution =>
    named.length === 1 ? { passage: named[0]! } : named.length === 0 ? unknown(source, locator) : several(source, locator, named);
  const note = /^(?:note|n|fn|footnote|endnote)\.? ?(\d+|\*)$/i.exec(l);
  if (note) return one(passages.filter((p) => p.noteId === note[1]));
  const para = /^(?:paras?\.?|paragraphs?|¶) ?(\d+)(?: ?[-–] ?(\d+))?$/i.exec(l);
  if (para && passages.some((p) => p.number !== undefined)) {
    const from = Number(para[1]);
    const to = Number(para[2] ?? para[1]);
    return one(passages.filter((p) => p.number !== undefined && p.number >= from && p.number <= to));
  }
  const names = namesOf(source);
  const own = names.own.get(l);
  if (own) return { passage: own };
  const exact = names.exact.get(l);
  if (exact) return one(exact);
  // Case is ignored only while that still names one passage.
  return one(names.anyCase.get(l.toLowerCase()) ?? []);
}

function unknown(source: Source, locator: string): LocatorResolution {
  const pages = source.reading.pages;
  if (pages && /^(?:p|pp|pg|page)\.? ?\S+$/i.test(normalize(locator)))
    return {
      problem: `${source.entry.id} has no page "${locator}" (its pages are p. ${pages[0]!.label}–p. ${pages[pages.length - 1]!.label}).`,
    };
  const numbered = source.reading.passages.filter((p) => p.number !== undefined);
  const hint = numbered.length > 0 ? ` (it has paragraphs ${numbered[0]!.number}–${numbered[numbered.length - 1]!.number})` : "";
  return { problem: `${source.entry.id} has no passage "${locator}"${hint}.` };
}

function several(source: Source, locator: string, named: Passage[]): LocatorResolution {
  const list = named.length <= 3 ? named.map((p) => p.locator).join(", ") : `${named[0]!.locator} … ${named[named.length - 1]!.locator}`;
  return {
    problem: `"${locator}" names ${named.length} passages of ${source.entry.id} (${list}); a locator names one passage: cite the one the words are in.`,
  };
}

/** Every name of every passage of a source, in normalised form. */
interface Names {
  /** Each passage's own locator. */
  own: Map<string, Passage>;
  /** Every accepted name (own locator, heading path and its tails, numbering left out). */
  exact: Map<string, Passage[]>;
  /** The same names in lower case. */
  anyCase: Map<string, Passage[]>;
}

const namesCache = new WeakMap<Source, Names>();

function namesOf(source: Source): Names {
  const cached = namesCache.get(source);
  if (cached) return cached;
  const names: Names = { own: new Map(), exact: new Map(), anyCase: new Map() };
  const add = (map: Map<string, Passage[]>, name: string, p: Passage) => {
    const list = map.get(name);
    if (!list) map.set(name, [p]);
    else if (!list.includes(p)) list.push(p);
  };
  for (const p of source.reading.passages) {
    const own = normalize(p.locator);
    names.own.set(own, p);
    for (const name of [own, ...pathNames(p)]) {
      add(names.exact, name, p);
      add(names.anyCase, name.toLowerCase(), p);
    }
  }
  namesCache.set(source, names);
  return names;
}

/** A passage's names by its heading path: every tail of the path, with and without the headings' numbering. */
function pathNames(p: Passage): string[] {
  if (p.kind === "note" || p.number !== undefined || p.path.length === 0) return [];
  const place = /(?: ¶\d+|, line \d+)$/.exec(p.locator)?.[0] ?? "";
  if (p.kind !== "heading" && place === "") return [];
  const titles = p.path.map(sectionName);
  const found: string[] = [];
  for (const form of [titles, titles.map(withoutNumbering)]) {
    for (let from = 0; from < form.length; from++) found.push(normalize(form.slice(from).join(" › ") + place));
  }
  return found;
}

/** "III. Situational analysis" → "Situational analysis"; "(a) Sale of children" → "Sale of children". */
function withoutNumbering(name: string): string {
  return name.replace(/^(?:[IVX]+|[A-Za-z]|\d{1,2})\. |^\([a-z]\) /, "");
}

/**
 * A locator in comparable form: NFC, no invisible characters, one space, straight apostrophes,
 * `>` as `›`, "¶ 2", ", para. 2" and "paragraph 2" after a section as "¶2", no leading "§".
 */
export function normalize(locator: string): string {
  return locator
    .normalize("NFC")
    .replace(/\p{Cf}/gu, "")
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/ ?> ?| ?› ?/g, " › ")
    .replace(/^§ ?/, "")
    .replace(/(?<=\S),? ?(?:¶|(?<![\p{L}.])(?:para\.?|paragraph)) ?(\d+)$/iu, " ¶$1")
    .replace(/^¶ (\d+)$/, "¶$1")
    .replace(/,? line (\d+)$/i, ", line $1");
}
