/** The derived view of a source: what a reader sees, and where each part sits. */

/** A raw line range [start, end) of the source file, white space already trimmed. */
export interface RawSpan {
  start: number;
  end: number;
}

/** The report a passage of a compilation comes from (a Patt entry): cited as "quoted in". */
export interface QuotedReport {
  title: string;
  publisher: string;
  date?: string;
  accessed?: string;
  page?: string;
}

/** A `heading` passage is a section heading ("§ Protection") or a display line such as a byline ("Introduction, line 1"). */
export type PassageKind = "paragraph" | "list-item" | "table" | "note" | "heading";

/** A marker in the reading text that points to one or more notes. */
export interface NoteRef {
  noteIds: string[];
  start: number;
  end: number;
}

/** A paragraph (or list item, table, note, heading) of reading text with its locator. */
export interface Passage {
  /** Position in `ReadingText.passages`. */
  index: number;
  kind: PassageKind;
  /** How a citation names this passage, unique within its source: "para. 75", "Protection ¶3", "note 12", "§ Protection". */
  locator: string;
  /** Heading titles from the top of the document down to this passage (a heading's own title last). */
  path: string[];
  /** Start and end offsets in the reading text. */
  start: number;
  end: number;
  /** The number the source prints before it ("75."), when it has one. */
  number?: number;
  /** For notes: the note's own number ("*" for an asterisk note). Notes sit after the flow, except where the source prints one mid-text. */
  noteId?: string;
  /** Markers inside the passage. */
  noteRefs: NoteRef[];
  /** The printed page the passage starts on: of a PDF, or of the original report where the source says ("[page 26]"). */
  page?: string;
  /** For compilations: the report this passage quotes. */
  quotedIn?: QuotedReport;
}

/** A page of a paged source (a PDF): its printed label and where its text starts on the raw side. */
export interface PageMark {
  label: string;
  rawStart: number;
}

export interface Heading {
  level: number;
  title: string;
  start: number;
  end: number;
}

/** A source's reading text: page furniture lifted out, lines joined, offsets mapped to raw. */
export interface ReadingText {
  text: string;
  /** `toRaw[i]` is the raw offset of reading char i; `toRaw[text.length]` is the raw length. */
  toRaw: Int32Array;
  headings: Heading[];
  passages: Passage[];
  /** Reading offsets of hyphens that ended a raw line, where the parser joined a word broken after its hyphen (sorted). */
  lineBreakHyphens: number[];
  /** For a paged source, its pages in order: `p. N` locators and printed citations name them. */
  pages?: PageMark[];
}
