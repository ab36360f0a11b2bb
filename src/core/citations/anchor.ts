import type { Passage } from "../sources/model.ts";
import type { Source } from "../sources/source.ts";
import { cautionsFor, type Caution } from "./cautions.ts";
import type { Closest } from "./closest.ts";
import { indexSource } from "./source-index.ts";
import { CitationInputError, verifyQuote, type Location, type Match, type Verdict } from "./verify.ts";

/** Where an excerpt was found, and in which version of its source. */
export interface Anchor {
  /** SHA-256 of the source file the excerpt was verified against. */
  fingerprint: string;
  /** Reading-text range of the quoted words. */
  start: number;
  end: number;
  /** Reading text just before and after, to find the place again after the source changes. */
  prefix: string;
  suffix: string;
}

/** A quote lifted from a source, anchored and verified. */
export interface Excerpt {
  sourceId: string;
  quote: string;
  locator: string;
  anchor: Anchor;
}

const CONTEXT = 32;

/**
 * Turns a reader's selection (reading-text offsets) into an excerpt: widened to whole words,
 * note markers left out of the quote, anchored, and verified on the spot.
 */
export function anchorSelection(source: Source, start: number, end: number): { excerpt: Excerpt; verdict: Verdict } {
  const { text, passages } = source.reading;
  const passage = passages.find((p) => start >= p.start && start < p.end);
  if (!passage || end > passage.end) {
    throw new CitationInputError("Select words within one paragraph; make one excerpt for each paragraph.");
  }
  while (start > passage.start && /[\p{L}\p{N}]/u.test(text[start - 1]!)) start--;
  while (end < passage.end && /[\p{L}\p{N}]/u.test(text[end]!)) end++;
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (start >= end) throw new CitationInputError("The selection holds no words.");
  const quote = quoteText(text, passage, start, end);
  const verdict = verifyQuote(source, quote, { locator: passage.locator });
  return { excerpt: excerptAt(source, quote, passage.locator, start, end), verdict };
}

/** The selected words without note markers, white space as one space. */
function quoteText(text: string, passage: Passage, start: number, end: number): string {
  let out = "";
  let at = start;
  for (const ref of passage.noteRefs) {
    if (ref.end <= start || ref.start >= end) continue;
    out += text.slice(at, Math.max(at, ref.start));
    at = Math.min(end, ref.end);
  }
  out += text.slice(at, end);
  return out.replace(/\s+/g, " ").trim();
}

/** An excerpt anchored at reading-text range [start, end) of the source as it is now. */
export function excerptAt(source: Source, quote: string, locator: string, start: number, end: number): Excerpt {
  const { text } = source.reading;
  return {
    sourceId: source.entry.id,
    quote,
    locator,
    anchor: {
      fingerprint: source.fingerprint,
      start,
      end,
      prefix: text.slice(Math.max(0, start - CONTEXT), start),
      suffix: text.slice(end, end + CONTEXT),
    },
  };
}

/** What became of an excerpt when its source was read again. */
export interface Reanchored {
  /** verified: same place; relocated: same words elsewhere; altered / not-found: the words changed. */
  status: "verified" | "relocated" | "altered" | "not-found";
  /** The excerpt with its new locator and anchor (verified and relocated). */
  excerpt?: Excerpt;
  previousLocator: string;
  message: string;
  closest?: Closest;
  /** Verified and relocated: the cautions of the words where they are now (empty otherwise). */
  cautions: Caution[];
}

/**
 * Finds an excerpt again in a (possibly changed) source. The words must still be there
 * verbatim; where they occur several times the stored context and position choose.
 */
export function reanchor(excerpt: Excerpt, source: Source): Reanchored {
  const previousLocator = excerpt.locator;
  let verdict: Verdict;
  try {
    verdict = verifyQuote(source, excerpt.quote);
  } catch (e) {
    // A short quote that now occurs in several places cannot be placed: say so, do not throw.
    if (!(e instanceof CitationInputError)) throw e;
    return { status: "not-found", previousLocator, message: `The source changed: ${e.message}`, cautions: [] };
  }
  const places: Match[] = verdict.status === "verified" ? [verdict.match] : verdict.reason === "ambiguous" ? (verdict.foundAt ?? []) : [];
  if (verdict.status === "rejected" && places.length === 0) {
    const { closest } = verdict;
    const found = closest ? { closest } : {};
    if (verdict.reason !== "altered") {
      return {
        status: "not-found",
        previousLocator,
        message: `The source changed: the words are no longer in ${source.entry.id}.`,
        ...found,
        cautions: [],
      };
    }
    // Without a closest passage (a cut that now drops a "not", pieces now out of order) the verdict says what changed.
    const why = closest ? `the words at ${previousLocator} now read differently (${closest.summary}).` : lowerFirst(verdict.message);
    return { status: "altered", previousLocator, message: `The source changed: ${why}`, ...found, cautions: [] };
  }
  const best = places.reduce((a, b) => (contextScore(source, excerpt, b) > contextScore(source, excerpt, a) ? b : a));
  const moved = best.locator !== previousLocator;
  const updated = excerptAt(source, excerpt.quote, best.locator, best.start, best.end);
  return {
    status: moved ? "relocated" : "verified",
    excerpt: updated,
    previousLocator,
    message: moved ? `Relocated: the words moved from ${previousLocator} to ${best.locator}.` : `Verified at ${best.locator}.`,
    cautions: verdict.status === "verified" ? verdict.cautions : cautionsFor(indexSource(source), best),
  };
}

/** How well the text around a place agrees with the stored context (and position). */
function contextScore(source: Source, excerpt: Excerpt, place: Location): number {
  const { text } = source.reading;
  const before = text.slice(Math.max(0, place.start - CONTEXT), place.start);
  const after = text.slice(place.end, place.end + CONTEXT);
  let score = 0;
  for (let i = 1; i <= Math.min(before.length, excerpt.anchor.prefix.length); i++) {
    if (before[before.length - i] !== excerpt.anchor.prefix[excerpt.anchor.prefix.length - i]) break;
    score++;
  }
  for (let i = 0; i < Math.min(after.length, excerpt.anchor.suffix.length); i++) {
    if (after[i] !== excerpt.anchor.suffix[i]) break;
    score++;
  }
  if (place.locator === excerpt.locator) score += CONTEXT;
  return score - Math.abs(place.start - excerpt.anchor.start) / Math.max(1, text.length);
}

function lowerFirst(sentence: string): string {
  return sentence.charAt(0).toLowerCase() + sentence.slice(1);
}
