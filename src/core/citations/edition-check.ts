import type { Source } from "../sources/source.ts";
import { excerptAt, reanchor, type Excerpt } from "./anchor.ts";
import type { Closest } from "./closest.ts";
import { CitationInputError, verifyQuote } from "./verify.ts";

/**
 * What became of a quote in a new edition of its source: *unchanged* (the same words at the same
 * locator text), *moved* (the same words at another locator), *changed* (not verbatim, but a
 * passage close enough to read as an altered quote) or *gone* (nothing close).
 */
export type EditionOutcome = "unchanged" | "moved" | "changed" | "gone";

export interface EditionCheck {
  outcome: EditionOutcome;
  /** The locator the excerpt gives in the old edition. */
  oldLocator: string;
  /** Unchanged and moved: where the words are in the new edition. */
  newLocator?: string;
  /** One sentence a reviewer can act on. */
  message: string;
  /** Changed: the closest passage of the new edition and the word diff against it. */
  closest?: Closest;
}

/** Checks an excerpt citing `old` at `locator` against the edition `next`. */
export function checkAgainstEdition(old: Source, next: Source, quote: string, locator: string): EditionCheck {
  const base = { oldLocator: locator };
  if (verifiesAt(next, quote, locator))
    return { ...base, outcome: "unchanged", newLocator: locator, message: `Unchanged in ${next.entry.id} at ${locator}.` };
  const found = reanchor(anchoredIn(old, quote, locator), next);
  switch (found.status) {
    case "verified":
    case "relocated":
      return {
        ...base,
        outcome: "moved",
        newLocator: found.excerpt!.locator,
        message: `Moved in ${next.entry.id}: ${locator} → ${found.excerpt!.locator}.`,
      };
    case "altered":
      return {
        ...base,
        outcome: "changed",
        message: found.closest
          ? `Changed in ${next.entry.id}: not verbatim there; closest at ${found.closest.locator}, which differs from the excerpt (${found.closest.summary}).`
          : `Changed in ${next.entry.id}: ${found.message.replace(/^The source changed: /, "")}`,
        ...(found.closest ? { closest: found.closest } : {}),
      };
    case "not-found":
      return { ...base, outcome: "gone", message: `Gone from ${next.entry.id}: nothing there is close to these words.` };
  }
}

/** Whether the quote verifies in `source` at exactly this locator. */
function verifiesAt(source: Source, quote: string, locator: string): boolean {
  try {
    return verifyQuote(source, quote, { locator }).status === "verified";
  } catch (e) {
    if (e instanceof CitationInputError) return false;
    throw e;
  }
}

/**
 * The excerpt as the old edition places it: its position and surrounding words choose among
 * several places in the new edition. A quote the old edition no longer verifies is placed nowhere.
 */
function anchoredIn(old: Source, quote: string, locator: string): Excerpt {
  try {
    const verdict = verifyQuote(old, quote, { locator });
    if (verdict.status === "verified") return excerptAt(old, quote, locator, verdict.match.start, verdict.match.end);
  } catch (e) {
    if (!(e instanceof CitationInputError)) throw e;
  }
  return { sourceId: old.entry.id, quote, locator, anchor: { fingerprint: old.fingerprint, start: 0, end: 0, prefix: "", suffix: "" } };
}
