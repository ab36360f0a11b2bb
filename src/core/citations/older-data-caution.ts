/** older-data: the quoted words, or a note they cite, give data years older than the source. */
import type { Passage } from "../sources/model.ts";
import type { Caution } from "./caution-types.ts";
import { canonicalRange } from "./canonical-ranges.ts";
import { passageOf, pieceAt, sourceWords, triggerOf, type QuotedPlace } from "./quoted-place.ts";
import { isWordChar, perPassage, type Span } from "./sentences.ts";
import { passageEndCanonical, type SourceIndex } from "./source-index.ts";

/** Data more than this many years older than the source's publication is a caution. */
export const OLDER_DATA_YEARS = 3;

/** A year the checks consider: 1950 to 2099. */
const YEAR = /(?:19[5-9]|20\d)\d/g;
const MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
/**
 * A year is a date when the words say so: after a preposition or a month, in brackets, in a
 * range, or before a word for data ("in 2004", "April 2004", "(2004)", "2004-2006", "2004 survey").
 * "Law No. 1996" or "1,200 children" are not dates.
 */
const DATE_BEFORE = new RegExp(
  String.raw`(?:(?:^|[^A-Za-z0-9])(?:in|since|from|until|till|by|during|between|before|after|through|as of|back to|early|mid|late|end of|year|years|circa) (?:(?:\d{1,2} )?${MONTH} )?|${MONTH} (?:\d{1,2},? )?|\()$`,
  "i",
);
const DATE_AFTER =
  /^(?:[-/](?:(?:19[5-9]|20\d)\d|\d\d)(?!\d)| (?:study|survey|data|census|report|estimates?|figures|statistics|research|assessment|analysis|findings|review|evaluation)(?![A-Za-z]))/i;
/** The end year of a range that starts at a dated year ("2001-2010", "2006 - 2007", "2003/2004", "2005 and 2010"). */
const RANGE_END = /^(?: ?- ?|\/| (?:and|to) )((?:19[5-9]|20\d)\d|\d\d)(?!\d)/;
/** After a year, a plural noun makes it a count ("2000 prostitutes"), not a date. */
const COUNTED = /^ (?:children|people|women|men|persons|(?!(?:was|is|has|as|this|its|his|thus)\b)[a-z]+s)\b/;
/**
 * What makes quoted words data rather than history: a figure (not a year, a day of a date, or a
 * law's, article's or page's number) or a word for data. "Gained independence in 1991" is history.
 */
const FIGURE =
  /%|\d[\d,.]*|per ?cent|data|statistic|figures|survey|stud(?:y|ies)|research|estimat|census|information|findings|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|million|half/gi;
/** Before a number that is neither a figure nor a year: a law's, article's or page's number. */
const NUMBERED = /(?:^|\s)(?:No|Nos|art|arts|para|paras|p|pp|[Aa]rticles?|[Cc]hapter)\.? $/;
const DAY_OF = new RegExp(String.raw`^ ${MONTH}`);
/** In a note, every year that stands alone is the date of the work it cites, except where it was accessed. */
const NOTE_YEAR = /(?<![A-Za-z0-9/._-])((?:19[5-9]|20\d)\d)(?![A-Za-z0-9/_-])/g;
const ACCESSED = /accessed(?: on)?(?: \d{1,2})?(?: [A-Z][a-z]+)?(?: \d{1,2},?)? \d{4}/gi;
/** Between the quote's end and a note marker "right after it": punctuation at most (a few characters). */
const RIGHT_AFTER = /^[\s.,;:!?"'’”)\]]*$/;

interface DatedYear {
  year: number;
  /** Canonical range of the year (of a range: from its first year to its last). */
  at: Span;
  /** The note that gives it, when a note does. */
  note?: Passage;
}

/** The caution, when the quote or a note it cites dates its data more than OLDER_DATA_YEARS before the source. */
export function olderDataCaution(place: QuotedPlace, reading: { start: number; end: number }): Caution | undefined {
  const { index } = place;
  let latest = latestQuotedYear(place);
  const noted = latestNoteYear(place, reading.start, reading.end);
  if (noted && (!latest || noted.year > latest.year)) latest = noted;
  if (!latest) return undefined;
  const published = publicationYear(index, place.passageIndex);
  // "From eight cases in 2009 to 13 in 2012": the data are as recent as their latest year.
  if (published === undefined || published - latest.year <= OLDER_DATA_YEARS) return undefined;
  const where = latest.note ? `${latest.note.locator} cites ` : "";
  const limit = latest.note ? canonicalRange(index, latest.note) : pieceAt(place, latest.at.start)!;
  return {
    kind: "older-data",
    message: `The data are older than the source: ${where}"${sourceWords(place, around(index.canonical, latest.at.start, limit))}" (the source was published in ${published}).`,
    trigger: triggerOf(place, latest.at),
    dataYear: latest.year,
  };
}

/** Whether a passage dates anything: a dated year, or a note marker (when not, no quote from it needs the check). */
export function dates(index: SourceIndex, passageIndex: number): boolean {
  return yearsOf(index, passageIndex).length > 0 || index.source.reading.passages[passageIndex]!.noteRefs.length > 0;
}

/** The year a passage was published: its own report's, in a compilation, else the source's. */
const publicationYear = perPassage(function publishedIn(index: SourceIndex, passageIndex: number): number | undefined {
  const dated = index.source.reading.passages[passageIndex]!.quotedIn?.date ?? index.source.entry.date;
  const years = dated.match(/(?:19|20)\d\d/g);
  return years ? Number(years[years.length - 1]) : undefined;
});

/** The latest dated year in the quoted words, when the words give data. */
function latestQuotedYear(place: QuotedPlace): DatedYear | undefined {
  let latest: DatedYear | undefined;
  let passage = -1;
  for (const piece of place.pieces) {
    const at = passageOf(place, piece.start);
    if (at === passage) continue;
    passage = at;
    for (const y of yearsOf(place.index, at)) if (pieceAt(place, y.at.start) && (!latest || y.year > latest.year)) latest = y;
  }
  return latest && givesData(place) ? latest : undefined;
}

/** Whether the quoted words give a figure or a word for data. */
function givesData(place: QuotedPlace): boolean {
  for (const piece of place.pieces) {
    const figures = figuresOf(place.index, passageOf(place, piece.start));
    const next = figures[firstAtOrAfter(figures, piece.start)];
    if (next !== undefined && next < piece.end) return true;
  }
  return false;
}

/** The position of the first value at or after `at` in a sorted list (its length when none). */
function firstAtOrAfter(values: readonly number[], at: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The dated years of a passage. */
const yearsOf = perPassage(function findYears(index: SourceIndex, passageIndex: number): DatedYear[] {
  const base = index.passageStarts[passageIndex]!;
  const words = passageText(index, passageIndex);
  const years: DatedYear[] = [];
  for (const m of words.matchAll(YEAR)) {
    const end = m.index + 4;
    if (isWordChar(words[m.index - 1]) || isWordChar(words[end])) continue;
    const after = words.slice(end, end + 24);
    if (!DATE_BEFORE.test(words.slice(Math.max(0, m.index - 28), m.index)) && !DATE_AFTER.test(after)) continue;
    if (COUNTED.test(after)) continue;
    const range = RANGE_END.exec(after);
    const last = !range ? Number(m[0]) : range[1]!.length === 2 ? Number(m[0].slice(0, 2) + range[1]) : Number(range[1]);
    years.push({ year: last, at: { start: base + m.index, end: base + end + (range?.[0].length ?? 0) } });
  }
  return years;
});

/** Where a passage gives a figure or a word for data (looked for only in passages with a dated year quoted). */
const figuresOf = perPassage(function findFigures(index: SourceIndex, passageIndex: number): number[] {
  const base = index.passageStarts[passageIndex]!;
  const words = passageText(index, passageIndex);
  const figures: number[] = [];
  for (const m of words.matchAll(FIGURE)) if (isFigure(words, m.index, m[0])) figures.push(base + m.index);
  return figures;
});

function passageText(index: SourceIndex, passageIndex: number): string {
  return index.canonical.slice(
    index.passageStarts[passageIndex]!,
    passageEndCanonical(index, index.source.reading.passages[passageIndex]!),
  );
}

/** Whether a FIGURE match is a whole word, and a number that is not a year, a day of a month or a law's number. */
function isFigure(words: string, at: number, match: string): boolean {
  const end = at + match.length;
  if (match === "%") return true;
  if (!/^\d/.test(match)) return !isWordChar(words[at - 1]) && (/^(?:estimat|stud|statistic)/i.test(match) || !isWordChar(words[end]));
  if (isWordChar(words[at - 1])) return false;
  const number = match.replace(/[.,]$/, "");
  if (/^(?:19[5-9]|20\d)\d$/.test(number)) return false;
  return !NUMBERED.test(words.slice(Math.max(0, at - 9), at)) && !DAY_OF.test(words.slice(at + number.length, at + number.length + 11));
}

/** The latest year in the notes whose markers are inside the quote or right after it. */
function latestNoteYear(place: QuotedPlace, readingStart: number, readingEnd: number): DatedYear | undefined {
  const { index } = place;
  const { text, passages } = index.source.reading;
  let latest: DatedYear | undefined;
  for (let p = place.passageIndex; p <= place.passageIndex + 1 && p < passages.length; p++) {
    for (const ref of passages[p]!.noteRefs) {
      const after = ref.start >= readingEnd;
      if (ref.start < readingStart || (after && (ref.start - readingEnd > 4 || !RIGHT_AFTER.test(text.slice(readingEnd, ref.start)))))
        continue;
      for (const id of ref.noteIds) {
        const note = notesOf(index).get(id);
        if (!note) continue;
        for (const y of yearsOfNote(index, note.index)) if (!latest || y.year > latest.year) latest = y;
      }
    }
  }
  return latest;
}

/** The years of a note, except where it says when a web page was accessed. */
const yearsOfNote = perPassage(function findNoteYears(index: SourceIndex, passageIndex: number): DatedYear[] {
  const note = index.source.reading.passages[passageIndex]!;
  const base = index.passageStarts[passageIndex]!;
  const words = passageText(index, passageIndex);
  const accessed = [...words.matchAll(ACCESSED)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const found: DatedYear[] = [];
  for (const m of words.matchAll(NOTE_YEAR)) {
    if (accessed.some((a) => m.index >= a.start && m.index < a.end) || NUMBERED.test(words.slice(Math.max(0, m.index - 9), m.index)))
      continue;
    found.push({ year: Number(m[1]), at: { start: base + m.index, end: base + m.index + 4 }, note });
  }
  return found;
});

/** The words to quote for a year: up to eight before it, and four after it (not an access date or an address). */
function around(text: string, at: number, limit: Span): Span {
  const before = text.slice(limit.start, at).split(" ");
  const start = at - before.slice(-Math.min(before.length, 9)).join(" ").length;
  const after = /^\S*(?: (?!Accessed|Available|<|http|www)\S+){0,4}/.exec(text.slice(at, limit.end))![0];
  return { start, end: at + after.length };
}

const noteCache = new WeakMap<SourceIndex, Map<string, Passage>>();

function notesOf(index: SourceIndex): Map<string, Passage> {
  let notes = noteCache.get(index);
  if (!notes) {
    notes = new Map(index.source.reading.passages.filter((p) => p.noteId !== undefined).map((p) => [p.noteId!, p]));
    noteCache.set(index, notes);
  }
  return notes;
}
