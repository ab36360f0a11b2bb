/**
 * The canonical form that quotes and sources are compared in (DESIGN.md, "Citation rules"):
 * NFC, white space collapsed, quote and dash variants equal, invisible format characters
 * dropped, a line break after a word's hyphen joined, note markers skipped and remembered.
 */

/** A canonical string and, for each of its characters, the offset it came from. */
export interface CanonicalText {
  /** The canonical characters. */
  text: string;
  /** `toSource[i]` is the input offset of canonical char i; `toSource[text.length]` is the input end. */
  toSource: Int32Array;
  /** Canonical offsets at which a skipped note marker stood (sorted). */
  markerGaps: number[];
  /** The digits of each skipped marker, in the order of `markerGaps` ("174" for ¹⁷⁴). */
  markers: string[];
  /** Canonical offsets of hyphens that ended a line of the raw file: a quote may leave them out. */
  optionalHyphens: number[];
}

export interface CanonicalOptions {
  /** Input offsets of hyphens that ended a raw line before the parser joined the lines. */
  lineBreakHyphens?: ReadonlySet<number>;
}

const SINGLE_QUOTES = new Set([..."'‘’‚‛′`´‹›"]);
const DOUBLE_QUOTES = new Set([...'"“”„‟″«»']);
const DASHES = new Set([..."‐‑‒–—―−﹘﹣－-"]);
const HYPHENS = new Set([..."-‐‑"]);
const SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
/** White space before these is not part of the words ("Convention , 1973"). */
const NO_SPACE_BEFORE = new Set([..."),.;:!?]"]);
const NO_SPACE_AFTER = new Set([..."(["]);

const isSpace = (c: string) => c === " " || c === "\n" || c === "\t" || c === "\r" || (c > "\u007f" && /\s/.test(c));
const isLetter = (c: string | undefined) =>
  c !== undefined && ((c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c > "\u007f" && /\p{L}/u.test(c)));

/** Per BMP code unit: 0 not yet asked, 1 a format character, 2 not. */
const formatUnits = new Uint8Array(0x10000);

/** Unicode category Cf (soft hyphen, zero-width space and joiners, word joiner, BOM, bidi controls …): never part of the words. */
export function isFormatChar(code: number): boolean {
  if (code < 0xad) return false;
  if (code > 0xffff) return /\p{Cf}/u.test(String.fromCodePoint(code));
  let known = formatUnits[code]!;
  if (known === 0) formatUnits[code] = known = /\p{Cf}/u.test(String.fromCharCode(code)) ? 1 : 2;
  return known === 1;
}

/** How many UTF-16 units the format character at `i` takes (0 when it is not one). */
function formatCharLength(s: string, i: number): number {
  const code = s.charCodeAt(i);
  if (code < 0xad) return 0;
  if (code >= 0xd800 && code <= 0xdbff) return isFormatChar(s.codePointAt(i)!) ? 2 : 0;
  return isFormatChar(code) ? 1 : 0;
}

/** Replaces characters that compare equal by one representative. */
function foldChar(c: string): string {
  if (SINGLE_QUOTES.has(c)) return "'";
  if (DOUBLE_QUOTES.has(c)) return '"';
  if (DASHES.has(c)) return "-";
  return c;
}

/**
 * Canonicalises `input`. `skip` lists [start, end) input ranges (sorted) to leave out, such
 * as footnote markers the source parser recognised; they are recorded in `markerGaps`.
 */
export function canonicalize(
  input: string,
  skip: ReadonlyArray<readonly [number, number]> = [],
  options: CanonicalOptions = {},
): CanonicalText {
  const source = input.normalize("NFC") === input ? input : normalizeKeepingOffsets(input);
  const offsets = source === input ? null : nfcOffsets(input);
  // Typed buffers: sources run to tens of megabytes, and arrays of one-char strings do not scale.
  const out = new CharBuffer(source.length);
  const map = new Int32Array(source.length + 1);
  const markerGaps: number[] = [];
  const markers: string[] = [];
  const optionalHyphens: number[] = [];
  let pendingSpace = -1; // input offset of a white-space run not yet emitted
  let skipIndex = 0;
  const at = (i: number) => (offsets ? offsets[i]! : i);
  const marker = (digits: string) => {
    if (markerGaps[markerGaps.length - 1] === out.length) markers[markers.length - 1] += digits;
    else {
      markerGaps.push(out.length);
      markers.push(digits);
    }
  };

  for (let i = 0; i < source.length; i++) {
    const from = at(i);
    while (skipIndex < skip.length && skip[skipIndex]![1] <= from) skipIndex++;
    const range = skip[skipIndex];
    if (range && from >= range[0] && from < range[1]) {
      marker(digitOf(source[i]!));
      continue;
    }
    const c = source[i]!;
    const code = c.charCodeAt(0);
    // Fast path: ASCII letters and digits are copied as they are (most of any text).
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)) {
      if (pendingSpace >= 0) {
        if (out.length > 0 && !NO_SPACE_AFTER.has(out.last!)) {
          map[out.length] = pendingSpace;
          out.push(" ");
        }
        pendingSpace = -1;
      }
      map[out.length] = from;
      out.pushCode(code);
      continue;
    }
    const format = formatCharLength(source, i);
    if (format > 0) {
      i += format - 1;
      continue;
    }
    if (c === "^" && source[i + 1] === "{") {
      // ECPAT prints multiple note markers as ^{149 150}: a marker, never words.
      const close = /^\^\{([\d ]+)\}/.exec(source.slice(i, i + 24));
      if (close) {
        marker(close[1]!.replace(/ /g, ""));
        i += close[0].length - 1;
        continue;
      }
    }
    if (SUPERSCRIPT_DIGITS.includes(c)) {
      marker(digitOf(c));
      continue;
    }
    if (isSpace(c)) {
      if (pendingSpace < 0) pendingSpace = from;
      continue;
    }
    const folded = foldChar(c);
    let optional = false;
    if (HYPHENS.has(c) && isLetter(out.last) && pendingSpace < 0) {
      optional = options.lineBreakHyphens?.has(from) === true && isLetter(source[i + 1]);
      // A word broken after its hyphen at a line end ("ground-⏎breaking"): the line break is not a space.
      const next = nextNonSpace(source, i + 1);
      if (!optional && next && next.index > i + 1 && isLetter(next.char) && /\n/.test(source.slice(i + 1, next.index))) {
        map[out.length] = from;
        optionalHyphens.push(out.length);
        out.push("-");
        i = next.index - 1;
        continue;
      }
    }
    if (pendingSpace >= 0) {
      const prev = out.last;
      if (out.length > 0 && !NO_SPACE_BEFORE.has(folded) && !(prev && NO_SPACE_AFTER.has(prev))) {
        map[out.length] = pendingSpace;
        out.push(" ");
      }
      pendingSpace = -1;
    }
    if (optional) optionalHyphens.push(out.length);
    map[out.length] = from;
    out.push(folded);
  }
  map[out.length] = input.length;
  return { text: out.toString(), toSource: map.slice(0, out.length + 1), markerGaps, markers, optionalHyphens };
}

/** The digit a marker character stands for ("¹" → "1"); other characters stand for none. */
function digitOf(c: string): string {
  if (c >= "0" && c <= "9") return c;
  const superscript = SUPERSCRIPT_DIGITS.indexOf(c);
  return superscript >= 0 ? String(superscript) : "";
}

/** A string under construction, one UTF-16 unit at a time. */
class CharBuffer {
  private readonly units: Uint16Array;
  length = 0;

  constructor(capacity: number) {
    this.units = new Uint16Array(capacity);
  }

  get last(): string | undefined {
    return this.length > 0 ? String.fromCharCode(this.units[this.length - 1]!) : undefined;
  }

  /** The last unit as a number (-1 when empty), without making a string. */
  get lastCode(): number {
    return this.length > 0 ? this.units[this.length - 1]! : -1;
  }

  push(c: string): void {
    this.units[this.length++] = c.charCodeAt(0);
  }

  pushCode(code: number): void {
    this.units[this.length++] = code;
  }

  toString(): string {
    const parts: string[] = [];
    for (let i = 0; i < this.length; i += 8192) {
      parts.push(String.fromCharCode(...this.units.subarray(i, Math.min(this.length, i + 8192))));
    }
    return parts.join("");
  }
}

function nextNonSpace(s: string, from: number): { char: string; index: number } | undefined {
  for (let j = from; j < s.length; j++) {
    const c = s[j]!;
    if (!isSpace(c) && formatCharLength(s, j) === 0) return { char: c, index: j };
  }
  return undefined;
}

/** NFC of a string whose clusters change, done cluster by cluster so offsets stay known. */
function normalizeKeepingOffsets(input: string): string {
  return clusters(input)
    .map((c) => c.text.normalize("NFC"))
    .join("");
}

/** For each char of the NFC string, the input offset of the cluster it came from. */
function nfcOffsets(input: string): number[] {
  const offsets: number[] = [];
  for (const cluster of clusters(input)) {
    const n = cluster.text.normalize("NFC").length;
    for (let k = 0; k < n; k++) offsets.push(cluster.start);
  }
  return offsets;
}

function clusters(input: string): { text: string; start: number }[] {
  const result: { text: string; start: number }[] = [];
  const re = /\P{M}\p{M}*|\p{M}+/gsu;
  for (const m of input.matchAll(re)) result.push({ text: m[0], start: m.index });
  return result;
}

/** Words of a canonical string, for word counts and word diffs. */
export function words(canonical: string): string[] {
  return canonical.split(" ").filter((w) => w.length > 0);
}
