import type { Content } from "./pdf-document.ts";
import type { AssembledSession } from "../sessions/assemble-session.ts";
import type { HandoutWords } from "../i18n/handout/messages.ts";

/** The head of a one- or two-page form: what it is, the session's title and date, and how to fill it in. */
export function formHeading(session: AssembledSession, name: string, instructions: string, words: HandoutWords): Content[] {
  const s = session.session;
  return [
    { text: s.organisation.toUpperCase(), style: "coverOrganisation" },
    { text: name, style: "h1", margin: [0, 4, 0, 2] },
    { text: `${s.title} · ${words.date(s.date)}`, style: "subheading", margin: [0, 0, 0, 4] },
    { text: instructions, style: "small", margin: [0, 0, 0, 10] },
  ];
}

/** An empty box to write in, the height of a few lines. */
export function writingSpace(height: number): Content {
  return {
    table: { widths: ["*"], heights: height, body: [[{ text: "" }]] },
    layout: { hLineColor: () => "#999999", vLineColor: () => "#999999", hLineWidth: () => 0.5, vLineWidth: () => 0.5 },
    margin: [0, 2, 0, 8],
  };
}

/** A tick box (the font has no box glyph), centred in its cell. */
export function tickBox(): Content {
  return { canvas: [{ type: "rect", x: 1.5, y: 1, w: 9, h: 9, lineWidth: 0.7, lineColor: "#555555" }] };
}
