/** attribution: the source gives the quoted words as someone else's, in words outside the quote. */
import type { Caution } from "./caution-types.ts";
import { firstWords, isQuoted, passageOf, sentenceAt, triggerOf, type QuotedPlace } from "./quoted-place.ts";
import { perPassage, type Span } from "./sentences.ts";
import { passageEndCanonical, type SourceIndex } from "./source-index.ts";

/** Where the source says who claims what follows; `who` is absent when it does not name them. */
interface Attribution {
  at: Span;
  who?: string;
}

/** Sentences before a quoted piece whose attributions reach it. */
const SENTENCES_BEFORE = 2;

/** "According to X, …"; X runs to the comma. */
const ACCORDING_TO = /[Aa]ccording to ([^,;:]{2,120}?),/g;
/** "According to X the problem is …", without a comma: X runs to the next clause's opening word. */
const ACCORDING_TO_BARE = /[Aa]ccording to ([^,;:.]{2,80}?)(?= (?:the|there|it|this|these|they|children|girls|boys|police)\b)/g;
/** "As noted by X, …". */
const AS_BY = /[Aa]s (?:noted|reported|stated|highlighted|observed|indicated) by ([^,;:]{2,100}?),/g;
/** Verbs that say someone claims what follows, with or without "that". */
const CLAIMS =
  "reported|reports|report|said|says|stated|states|claimed|claims|alleged|alleges|estimated|estimates|estimate|indicated|indicates|indicate|suggested|suggests|suggest|revealed|reveals|believes|believed|denounced|denounces|denounce|told|warned|warns|confirmed|confirms|asserted|argued|argues";
/** Verbs that attribute only when a "that" follows ("UNICEF has found that …"). */
const FINDS =
  "noted|notes|observed|observes|found|finds|highlighted|highlights|recognized|recognised|acknowledged|acknowledges|showed|shows|show";
const SAYS = new RegExp(
  String.raw` (?:(?:has|have|had) )?(?:also |further |moreover |regrettably |therefore )?(?:(${CLAIMS})|(${FINDS})(?=,? (?:however,? )?(?:that|the fact that|how)\b))(?![A-Za-z])`,
  "g",
);
/**
 * Said by someone the source does not name: "It was reported that", "are reported to", "learned of
 * reports of". Each pattern comes with words a passage must hold for it to be worth running.
 */
const UNNAMED: [RegExp, RegExp][] = [
  [
    /(?:It|it|There|there) (?:is|was|are|were|has been|have been|had been) (?:also |further )?(?:reported|alleged|said|claimed|estimated|believed|suggested|noted)(?! by)/g,
    /[Ii]t |[Tt]here /,
  ],
  [
    / (?:is|are|was|were|has been|have been|had been) (?:also |further )?(?:reported|alleged|said|claimed|believed|estimated|thought) to(?= )/g,
    /(?:ed|said|thought) to /,
  ],
  [
    / (?:learned|heard|received) (?:of |about )?(?:numerous |several |many )?(?:reports|allegations)(?![A-Za-z])/g,
    /learned|heard|received/,
  ],
  [/ (?:are|were|have been|has been) (?:also )?(?:some |numerous |several |many )?reports of/g, /reports of/],
  [/(?:[Rr]eports|[Aa]llegations) (?:that|of)(?= )/g, /eports|llegations/],
];
/** Of UNNAMED, the patterns that must open a sentence or clause ("It was reported", "… and reports that"). */
const OPENS_CLAUSE = new Set([UNNAMED[0]![0], UNNAMED[4]![0]]);
/** "… was informed by the Ministry itself that …": named when "by" says who. */
const INFORMED = / (?:was|were|has been|have been|had been) (?:also )?informed(?: by ([^,;:]{2,80}?))?(?= (?:that|of|about)\b)/g;

/** A last word before a claim verb that makes it a noun ("a 2013 report") or not the claim itself ("did not report"). */
const NOT_A_SUBJECT_END = new Set(
  (
    "a an the this that these those its their his her our no few monthly latest such of from by for with in on at into against " +
    "about to not did does do will would can could may might should must shall as earlier only all both one two three four five six seven eight nine ten"
  ).split(" "),
);
/** After a claim verb that can be a noun ("report", "estimates"): words that make it one ("a report provided …"). */
const NOUN_FOLLOWS = /^ (?:[A-Za-z]+ed|has|have|had|will|would|can|could|may|might|must|should|is|are|was|were|by|to)\b/;
/** A one-word subject in lower case that can make a claim ("police stated"); others are adjectives ("exact estimates"). */
const LOWER_CASE_SUBJECT = /^(?:[a-z]+s|police|research|government|media)$/;
const BE = new Set(["is", "are", "was", "were", "be", "been", "being"]);
/** A subject longer than this is not one the pattern can name. */
const MAX_WHO_WORDS = 12;
const LEADING =
  /^(?:"|(?:and|but|while|whereas|although|though|as|thus|so|then|together with|moreover|furthermore|in addition|indeed|also|however|therefore)\s+)+/i;
/** Subjects that are the source speaking of itself, or that do not say who speaks. */
const PRONOUNS = /^(?:it|this|that|this report|the report|the present report|we|i|she|he|they)$/i;
/** In a Special Rapporteur's report, she is the source. */
const RAPPORTEUR = /^(?:the )?special rapporteur$/i;

/**
 * The attribution nearest before the quote that covers it: in the same sentence before a quoted
 * piece, or in one of the two sentences before it in the same passage, and not inside the quote.
 * A quote that holds an attribution of its own carries no caution: it already says who speaks.
 */
export function attributionCaution(place: QuotedPlace): Caution | undefined {
  let nearest: Attribution | undefined;
  for (const piece of place.pieces) {
    const attributions = attributionsOf(place.index, passageOf(place, piece.start));
    if (attributions.length === 0) continue;
    const from = sentenceStartBefore(place, piece.start);
    for (const a of attributions) {
      if (isQuoted(place, a.at.start)) return undefined;
      if (a.at.start >= from && a.at.end <= piece.start && !(nearest && nearest.at.start >= a.at.start)) nearest = a;
    }
  }
  if (!nearest) return undefined;
  const words = firstWords(place, nearest.at);
  const trigger = words.endsWith("…") || nearest.at.end >= sentenceEndAfter(place, nearest.at.end) ? words : `${words} …`;
  return {
    kind: "attribution",
    message: `The source attributes this to ${nearest.who ?? "others it does not name"} ("${trigger}").`,
    trigger: triggerOf(place, nearest.at),
    ...(nearest.who ? { who: nearest.who } : {}),
  };
}

/** Whether a passage attributes anything to anyone (when not, no quote from it needs the check). */
export function attributes(index: SourceIndex, passageIndex: number): boolean {
  return attributionsOf(index, passageIndex).length > 0;
}

function sentenceStartBefore(place: QuotedPlace, at: number): number {
  const { sentences, k } = sentenceAt(place, at);
  return sentences[Math.max(0, k - SENTENCES_BEFORE)]!.start;
}

function sentenceEndAfter(place: QuotedPlace, at: number): number {
  const { sentences, k } = sentenceAt(place, Math.max(0, at - 1));
  return sentences[k]!.end - 1;
}

/** Every attribution in a passage, in order; where two overlap, the first pattern's. */
const attributionsOf = perPassage(function findAttributions(index: SourceIndex, passageIndex: number): Attribution[] {
  const passage = index.source.reading.passages[passageIndex]!;
  const base = index.passageStarts[passageIndex]!;
  const text = index.canonical.slice(base, passageEndCanonical(index, passage));
  const report = passage.quotedIn?.title ?? index.source.entry.title;
  const isSelf = (who: string) => PRONOUNS.test(who) || (/Special Rapporteur/i.test(report) && RAPPORTEUR.test(who));
  const found: { start: number; end: number; who?: string }[] = [];
  const add = (start: number, end: number, who?: string) => {
    if (found.some((f) => start < f.end && end > f.start)) return;
    found.push({ start, end, ...(who ? { who: tidyWho(who) } : {}) });
  };
  const fromClause = (at: number) => {
    const start = clauseStart(text, at);
    return start + (LEADING.exec(text.slice(start, at))?.[0].length ?? 0);
  };
  // Each pattern is run only on passages that hold its key words: most hold none.
  if (text.includes("ccording to")) {
    for (const m of text.matchAll(ACCORDING_TO)) if (opensClause(text, m.index)) add(m.index, m.index + m[0].length, m[1]);
    for (const m of text.matchAll(ACCORDING_TO_BARE)) if (opensClause(text, m.index)) add(m.index, m.index + m[0].length, m[1]);
  }
  if (text.includes(" by "))
    for (const m of text.matchAll(AS_BY)) if (opensClause(text, m.index)) add(m.index, m.index + m[0].length, m[1]);
  if (text.includes("informed")) for (const m of text.matchAll(INFORMED)) add(fromClause(m.index), m.index + m[0].length, m[1]);
  for (const [pattern, key] of UNNAMED) {
    if (!key.test(text)) continue;
    for (const m of text.matchAll(pattern)) {
      if (OPENS_CLAUSE.has(pattern) && !opensClause(text, m.index) && !text.endsWith("and ", m.index)) continue;
      add(fromClause(m.index), m.index + m[0].length, unnamedWho(m[0]));
    }
  }
  for (const m of text.matchAll(SAYS)) {
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 24);
    if (/ed$/.test(m[0]) ? /^ (?:by|to|is|are|was|were)\b/.test(after) : NOUN_FOLLOWS.test(after)) continue;
    const subject = subjectBefore(text, m.index);
    if (subject && !isSelf(subject.who)) add(subject.start, m.index + m[0].length, subject.who);
  }
  return found
    .map(({ start, end, who }) => ({ at: { start: base + start, end: base + end }, ...(who ? { who } : {}) }))
    .sort((a, b) => a.at.start - b.at.start);
});

/** Who, as the message names them: "the Prosecutor General's Office", not "The …" mid-sentence. */
function tidyWho(who: string): string {
  const trimmed = who.trim();
  return /^(?:The|A|An|Some|Many|Several|Various|Different|Other|Such|Recent)\s/.test(trimmed)
    ? trimmed[0]!.toLowerCase() + trimmed.slice(1)
    : trimmed;
}

function unnamedWho(words: string): string | undefined {
  return /(?:(?:numerous|several|many) )?(?:[Rr]eports|[Aa]llegations)(?= (?:of|that)$|$)/.exec(words)?.[0];
}

/** The subject of a claim verb at `verb`: the words from the start of its clause, or undefined when there is none. */
function subjectBefore(text: string, verb: number): { start: number; who: string } | undefined {
  const lastWord = text.slice(text.lastIndexOf(" ", verb - 1) + 1, verb);
  if (NOT_A_SUBJECT_END.has(lastWord.toLowerCase()) || /^\d|'$/.test(lastWord)) return undefined;
  let start = clauseStart(text, verb);
  const clause = text.slice(start, verb);
  if (/^(?:who|which|that)\b|^"/.test(clause) || clause.split(" ").some((w) => BE.has(w))) return undefined;
  let end = verb;
  const relative = / (?:which|that)$/.exec(clause);
  if (relative) {
    // "… a situational analysis on CSEC which indicates that …": the claim is the analysis's.
    end = start + relative.index;
    const phrase = text.slice(start, end);
    start += Math.max(phrase.lastIndexOf(" a "), phrase.lastIndexOf(" an "), phrase.lastIndexOf(" the ")) + 1;
  }
  const lead = LEADING.exec(text.slice(start, end));
  if (lead) start += lead[0].length;
  const who = text.slice(start, end);
  const words = who.split(" ");
  if (who.length === 0 || words.length > MAX_WHO_WORDS || (words.length === 1 && /^[a-z]/.test(who) && !LOWER_CASE_SUBJECT.test(who)))
    return undefined;
  return { start, who };
}

/** Whether offset `at` opens the text, a sentence or a clause. */
function opensClause(text: string, at: number): boolean {
  return at === 0 || clauseStart(text, at) === at;
}

/** Where the clause holding offset `at` starts: after the last stop, ";", ":", "," or " - " before it (looking back at most 300 characters). */
function clauseStart(text: string, at: number): number {
  const limit = Math.max(0, at - 300);
  for (let i = at - 1; i > limit; i--) {
    if (text[i] !== " ") continue;
    let j = i - 1;
    while (j > limit && /["')\]]/.test(text[j]!)) j--;
    if (/[.;:,!?]/.test(text[j]!) || (text[i - 1] === "-" && text[i - 2] === " ")) return i + 1;
  }
  return limit;
}
