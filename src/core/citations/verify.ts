import type { Passage } from "../sources/model.ts";
import { LIMITS, quoteTooLong } from "../files/limits.ts";
import type { Source } from "../sources/source.ts";
import { cautionsFor, type Caution } from "./cautions.ts";
import { closestPassage, type Closest } from "./closest.ts";
import { elidedWord, type ElidedEffect } from "./elided-words.ts";
import { pageAt } from "../sources/pages.ts";
import { locatorProblem, pageOfLocator, passagesAtLocator } from "./locator.ts";
import { gapsHold, otherReadings, parseQuote, type Gap } from "./quote.ts";
import type { Span } from "./sentences.ts";
import { indexSource, keyWords, passageAtCanonical, passageEndCanonical, type SourceIndex } from "./source-index.ts";

export type RejectReason = "altered" | "not-found" | "wrong-locator" | "ambiguous" | "elision-too-far";

/** Where quoted words sit, in reading-text offsets. */
export interface Location {
  locator: string;
  passageIndex: number;
  start: number;
  end: number;
}

/** Where a verified quote sits: the whole range, and each elided piece's range. */
export type Match = Location & { pieces: { start: number; end: number }[] };

/** The quote's exact words are in the source, at the cited locator when one is given. */
export interface VerifiedVerdict {
  status: "verified";
  /** One sentence a reviewer can act on. */
  message: string;
  match: Match;
  /** Where the verified words may still mislead a reader; empty when nowhere. */
  cautions: Caution[];
}

/** The quote is not faithful to its source, with a reason a reviewer can act on. */
export interface RejectedVerdict {
  status: "rejected";
  reason: RejectReason;
  /** One sentence a reviewer can act on. */
  message: string;
  /** Wrong locator, ambiguous, or an elision that drops a negation: every place the words do occur. */
  foundAt?: Match[];
  /** Altered or not found: the nearest passage and a word diff against it. */
  closest?: Closest;
  /** Not found here but verbatim in another source of the library. */
  elsewhere?: { sourceId: string; locator: string }[];
  /** Set when the excerpt's own words verify but its parallel quote does not: the translation's id (`closest` is then in it). */
  parallelOf?: string;
  /** Always empty: cautions are for verified words. */
  cautions: Caution[];
}

export type Verdict = VerifiedVerdict | RejectedVerdict;

/** A request that cannot be answered as a verdict: empty quote, a too-short quote. */
export class CitationInputError extends Error {}

export interface VerifyOptions {
  locator?: string;
  /** Other sources to look in when the words are not in this one. */
  library?: readonly Source[];
}

/** A quote of fewer words than this that occurs in several places cannot be anchored. */
const MIN_ANCHOR_WORDS = 3;

/** Checks a quote against its source by the citation rules of DESIGN.md. */
export function verifyQuote(source: Source, quote: string, options: VerifyOptions = {}): Verdict {
  if (quote.length > LIMITS.quoteCharacters) throw new CitationInputError(quoteTooLong(quote.length));
  const parsed = parseQuote(quote);
  if (parsed.pieces.length === 0) throw new CitationInputError("The quote is empty: give the words to check.");
  const index = indexSource(source);
  const allowed = options.locator !== undefined ? passagesAtLocator(source, options.locator) : undefined;
  if (allowed && allowed.length === 0) {
    return {
      status: "rejected",
      cautions: [],
      reason: "wrong-locator",
      message: locatorProblem(source, options.locator!),
      ...foundElsewhere(index, parsed.pieces),
    };
  }
  const search = findAll(index, parsed.pieces);
  const matches = search.matches;
  if (matches.length > 0) {
    // A page locator names a page: the quote must start on it.
    const page = options.locator !== undefined ? pageOfLocator(source, options.locator) : undefined;
    const inPlace = allowed
      ? matches.filter(
          (m) => allowed.some((p) => p.index === m.passageIndex) && (page === undefined || pageAt(source.reading, m.start) === page),
        )
      : matches;
    if (allowed && inPlace.length === 0) {
      const at = unique(matches.map((m) => (page !== undefined ? `p. ${pageAt(source.reading, m.start)} (${m.locator})` : m.locator)));
      return {
        status: "rejected",
        cautions: [],
        reason: "wrong-locator",
        message: `The words are in ${source.entry.id} at ${at.join(", ")}, not at ${options.locator}.`,
        foundAt: matches,
      };
    }
    const places = unique(inPlace.map((m) => m.locator));
    if (places.length > 1) {
      if (parsed.wordCount < MIN_ANCHOR_WORDS) {
        throw new CitationInputError(
          `"${quote.trim()}" is too short to cite: it occurs in ${places.length} passages of ${source.entry.id}; quote more words or give a locator.`,
        );
      }
      return {
        status: "rejected",
        cautions: [],
        reason: "ambiguous",
        message: `The words occur in ${places.length} places (${places.slice(0, 5).join(", ")}${places.length > 5 ? ", …" : ""}); give a locator.`,
        foundAt: inPlace,
      };
    }
    const m = inPlace[0]!;
    const canonical = canonicalPieces.get(m);
    const dropped = m.pieces.length > 1 ? elidedWord(index, m, canonical) : undefined;
    if (dropped) {
      return {
        status: "rejected",
        reason: "altered",
        message: `The elision at ${m.locator} leaves out "${dropped.word}", ${ELIDED_EFFECT[dropped.effect]}.`,
        foundAt: [m],
        cautions: [],
      };
    }
    return { status: "verified", message: `Verified at ${m.locator}.`, match: m, cautions: cautionsFor(index, m, canonical) };
  }
  if (search.outOfOrder) {
    return {
      status: "rejected",
      cautions: [],
      reason: "altered",
      message: `The pieces are all in ${search.outOfOrder}, but not in the order quoted; an elision may leave words out, never reorder them.`,
    };
  }
  if (search.tooFar) {
    return {
      status: "rejected",
      cautions: [],
      reason: "elision-too-far",
      message: `Every piece is in ${source.entry.id}, but the elision skips past the next passage (${search.tooFar.join(" … ")}); split it into separate excerpts.`,
    };
  }
  const spliced = findSplice(index, parsed.pieces);
  if (spliced) return spliced;
  const closest = closestPassage(index, parsed.pieces.join(" "), allowed);
  const elsewhere = foundElsewhere(index, parsed.pieces, options.library);
  if (closest && closest.altered) {
    return {
      status: "rejected",
      cautions: [],
      reason: "altered",
      message: `Altered from ${closest.locator}: ${closest.summary}.`,
      closest,
      ...elsewhere,
    };
  }
  const hint = elsewhere.elsewhere ? ` It is in ${elsewhere.elsewhere.map((e) => `${e.sourceId} at ${e.locator}`).join(", ")}.` : "";
  return {
    status: "rejected",
    cautions: [],
    reason: "not-found",
    message: `Not found in ${source.entry.id}${allowed ? ` at ${options.locator}` : ""}.${hint}`,
    ...(closest ? { closest } : {}),
    ...elsewhere,
  };
}

/** What an elided word did, for the message that rejects the cut. */
const ELIDED_EFFECT: Record<ElidedEffect, string> = {
  reverses: "which reverses what the source says",
  uncertain: "which says the source is not certain of it",
  attribution: "which says who claims it",
};

interface Search {
  matches: Match[];
  /** Locators of pieces that were each found, but too far apart. */
  tooFar?: string[];
  /** The pieces are all in one passage (or it and the next), but not in the order quoted. */
  outOfOrder?: string;
}

/** Every place where all pieces occur in order within one passage or it and the next. */
function findAll(index: SourceIndex, pieces: string[]): Search {
  const exact = findPieces(index, pieces, []);
  if (exact.matches.length > 0 || exact.tooFar) return exact;
  // Copied note markers and hyphens left out at a line end count only where the source has them.
  for (const reading of otherReadings(pieces, index)) {
    const found = findPieces(
      index,
      reading.map((r) => r.text),
      reading.map((r) => r.gaps),
    );
    if (found.matches.length > 0 || found.tooFar) return found;
  }
  return exact;
}

function findPieces(index: SourceIndex, pieces: string[], gaps: Gap[][]): Search {
  const text = index.canonical;
  const first = pieces[0]!;
  const matches: Search["matches"] = [];
  let tooFar: string[] | undefined;
  for (const at of occurrences(index, first)) {
    if (!gapsHold(index, at, gaps[0])) continue;
    const passage = passageAtCanonical(index, at);
    const next = index.source.reading.passages[passage.index + 1];
    const limit = next && next.kind !== "note" ? passageEndCanonical(index, next) : passageEndCanonical(index, passage);
    const ranges = [{ start: at, end: at + first.length }];
    let ok = true;
    for (let k = 1; k < pieces.length && ok; k++) {
      const from = ranges[ranges.length - 1]!.end;
      // The rest of the quote is looked for up to twice the window, enough to tell "too far".
      const ahead = text.slice(from, Math.min(text.length, limit + (limit - at) * 2));
      let found = ahead.indexOf(pieces[k]!);
      while (found >= 0 && !(gapsHold(index, from + found, gaps[k]) && onWordBoundaries(index, from + found, pieces[k]!))) {
        found = ahead.indexOf(pieces[k]!, found + 1);
      }
      if (found >= 0) found += from;
      if (found < 0) ok = false;
      else if (found + pieces[k]!.length > limit) {
        ok = false;
        tooFar ??= [passage.locator, passageAtCanonical(index, found).locator];
      } else ranges.push({ start: found, end: found + pieces[k]!.length });
    }
    if (ok) matches.push(toLocation(index, passage, ranges));
  }
  if (matches.length === 0 && !tooFar && pieces.length > 1) {
    // Each piece is in the source, but not in the order quoted within one passage and the next.
    const places = pieces.map((p) => occurrences(index, p)[0]);
    if (places.every((at) => at !== undefined)) {
      const passages = places.map((at) => passageAtCanonical(index, at!).index);
      const near = Math.max(...passages) - Math.min(...passages) <= 1;
      if (near) return { matches, outOfOrder: passageAtCanonical(index, places[0]!).locator };
      tooFar = unique(places.map((at) => passageAtCanonical(index, at!).locator));
    }
  }
  return matches.length > 0 ? { matches } : tooFar ? { matches, tooFar } : { matches };
}

/**
 * Canonical offsets where `piece` occurs. Only passages holding all of the piece's inner
 * words are searched (edge words may be cut, digits may be note markers), so a
 * quote costs the same in a 27 MB library as in a small one.
 */
function occurrences(index: SourceIndex, piece: string): number[] {
  const text = index.canonical;
  const found: number[] = [];
  const inner = keyWords(piece)
    .slice(1, -1)
    .filter((w) => !/^\d+$/.test(w));
  const lists = [...new Set(inner)].map((w) => index.wordPassages.get(w) ?? []).sort((a, b) => a.length - b.length);
  if (lists.length === 0) {
    for (let at = text.indexOf(piece); at >= 0; at = text.indexOf(piece, at + 1)) if (onWordBoundaries(index, at, piece)) found.push(at);
    return found;
  }
  for (const p of intersect(lists.slice(0, 3))) {
    const start = index.passageStarts[p]!;
    // Searched in a slice: indexOf on the whole text would run on past the passage's end.
    const region = text.slice(start, passageEndCanonical(index, index.source.reading.passages[p]!));
    for (let at = region.indexOf(piece); at >= 0; at = region.indexOf(piece, at + 1)) {
      if (onWordBoundaries(index, start + at, piece)) found.push(start + at);
    }
  }
  return found;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** A quote starts and ends on word boundaries: "lawful" is not a quote from "unlawful". */
function onWordBoundaries(index: SourceIndex, at: number, piece: string): boolean {
  const text = index.canonical;
  const end = at + piece.length;
  if (WORD_CHAR.test(piece[0]!) && WORD_CHAR.test(text[at - 1] ?? " ")) return false;
  return !(WORD_CHAR.test(piece[piece.length - 1]!) && WORD_CHAR.test(text[end] ?? " ") && !index.markerGaps.has(end));
}

/** Passages on every list (each list is sorted ascending; the shortest comes first). */
function intersect(lists: number[][]): number[] {
  const [shortest, ...rest] = lists;
  if (!shortest) return [];
  return shortest.filter((p) => rest.every((l) => sortedHas(l, p)));
}

function sortedHas(list: number[], value: number): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = list[mid]!;
    if (v === value) return true;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/**
 * Sentences that are each verbatim but were joined without an elision mark: rejected as
 * altered, with the words the quote skipped shown as the diff.
 */
function findSplice(index: SourceIndex, pieces: string[]): RejectedVerdict | undefined {
  const sentences = pieces.flatMap((p) => p.split(/(?<=[.!?]["')\]]?) (?=["'(]?\p{Lu})/u));
  if (sentences.length < 2) return undefined;
  const found = findPieces(index, sentences, []).matches[0];
  if (!found) return undefined;
  const passage = index.source.reading.passages[found.passageIndex]!;
  const closest = closestPassage(index, pieces.join(" "), [passage]);
  if (!closest) return undefined;
  return {
    status: "rejected",
    cautions: [],
    reason: "altered",
    message: `Joins separate sentences of ${found.locator} without an elision mark ([…]): ${closest.summary}.`,
    closest,
  };
}

/** The canonical ranges each match was found at: the caution checks read them without mapping back. */
const canonicalPieces = new WeakMap<Match, Span[]>();

function toLocation(index: SourceIndex, passage: Passage, ranges: Span[]): Match {
  const reading = ranges.map((r) => ({ start: index.toReading[r.start]!, end: index.toReading[r.end - 1]! + 1 }));
  const match = {
    locator: passage.locator,
    passageIndex: passage.index,
    start: reading[0]!.start,
    end: reading[reading.length - 1]!.end,
    pieces: reading,
  };
  canonicalPieces.set(match, ranges);
  return match;
}

/** Where else in the library the exact words are. */
function foundElsewhere(index: SourceIndex, pieces: string[], library: readonly Source[] = []): Pick<RejectedVerdict, "elsewhere"> {
  const hits: { sourceId: string; locator: string }[] = [];
  for (const other of library) {
    if (other === index.source) continue;
    const m = findAll(indexSource(other), pieces).matches[0];
    if (m) hits.push({ sourceId: other.entry.id, locator: m.locator });
  }
  return hits.length > 0 ? { elsewhere: hits } : {};
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
