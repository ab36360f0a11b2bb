// The pdfmake document definition a handout is, in types of the core's own: pdfmake's typings pull
// in the DOM and Node typings, which the core must build without. Each type is the part of
// pdfmake's that the handout uses; src/cli/render-pdf.ts and the handout worker pass a
// `PdfDocument` where pdfmake's `TDocumentDefinitions` is expected, so tsc checks they agree.

/** In points: all sides, [horizontal, vertical] or [left, top, right, bottom]. */
export type Margins = number | [number, number] | [number, number, number, number];

/** How text looks: in a named style, or on one piece of content. */
export interface TextStyle {
  font?: string;
  fontSize?: number;
  bold?: boolean;
  italics?: boolean;
  color?: string;
  /** Background of a table cell. */
  fillColor?: string;
  characterSpacing?: number;
  lineHeight?: number;
  alignment?: "left" | "right" | "justify" | "center";
  decoration?: "underline";
  margin?: Margins;
}

/** Named styles, referred to by `style`. */
export type StyleDictionary = Record<string, TextStyle>;

/** What any piece of content may say about its layout. */
interface Block extends TextStyle {
  style?: string;
  pageBreak?: "before" | "after";
  /** Laid out on one page. */
  unbreakable?: boolean;
  /** Marks a heading: the page-break rule keeps it with what follows. */
  headlineLevel?: number;
  /** Listed in the table of contents. */
  tocItem?: boolean;
  /** Of a column. */
  width?: number | "*" | "auto";
  /** Of a table cell: how many columns it spans (the cells it covers are given as ""). */
  colSpan?: number;
  link?: string;
}

/** Words inside a paragraph, each run with its own look. */
export type InlineText = string | (Block & { text: InlineText | InlineText[] });

export interface TextContent extends Block {
  text: InlineText | InlineText[];
}

export interface StackContent extends Block {
  stack: Content[];
}

export interface UnorderedListContent extends Block {
  ul: Content[];
}

export interface OrderedListContent extends Block {
  ol: Content[];
  start?: number;
}

export interface ColumnsContent extends Block {
  columns: Content[];
  columnGap?: number;
}

/** Lines drawn between and around a table's cells; `i` counts lines from the top or left. */
export interface TableLayout {
  hLineWidth?: (i: number) => number;
  vLineWidth?: (i: number) => number;
  hLineColor?: (i: number) => string;
  vLineColor?: (i: number) => string;
  paddingLeft?: (i: number) => number;
  paddingRight?: (i: number) => number;
  paddingTop?: (i: number) => number;
  paddingBottom?: (i: number) => number;
}

export interface TableContent extends Block {
  table: {
    body: Content[][];
    widths?: (number | "*" | "auto")[];
    /** Rows repeated at the top of each page. */
    headerRows?: number;
    dontBreakRows?: boolean;
    /** A row's least height in points (space to write in). */
    heights?: number | ((row: number) => number | "auto");
  };
  layout?: "lightHorizontalLines" | TableLayout;
}

interface Stroke {
  lineWidth?: number;
  lineColor?: string;
}

export type CanvasShape =
  | (Stroke & { type: "rect"; x: number; y: number; w: number; h: number })
  | (Stroke & { type: "line"; x1: number; y1: number; x2: number; y2: number });

export interface CanvasContent extends Block {
  canvas: CanvasShape[];
}

export interface TocContent extends Block {
  toc: { title?: TextContent; textStyle?: string; numberStyle?: string };
}

/** A piece of content; a list of them is laid out one below the other. */
export type Content =
  | string
  | Content[]
  | TextContent
  | StackContent
  | UnorderedListContent
  | OrderedListContent
  | ColumnsContent
  | TableContent
  | CanvasContent
  | TocContent;

/** A node pdfmake has laid out, as the page-break rule sees it. */
export interface LaidOutNode {
  headlineLevel?: number;
  /** A style name, a list of them, or a style itself. */
  style?: unknown;
}

/** A whole handout, ready for pdfmake. */
export interface PdfDocument {
  pageSize: "A4" | "LETTER";
  pageOrientation: "portrait" | "landscape";
  pageMargins: Margins;
  info: { title: string; author: string; subject: string; keywords: string; creator: string; producer: string };
  language: string;
  defaultStyle: TextStyle;
  styles: StyleDictionary;
  header: (page: number) => Content;
  footer: (page: number, pages: number) => Content;
  content: Content[];
  pageBreakBefore: (node: LaidOutNode, nodes: { getFollowingNodesOnPage(): LaidOutNode[] }) => boolean;
  watermark?: { text: string; color: string; opacity: number; bold: boolean; fontSize: number; angle: number };
}
