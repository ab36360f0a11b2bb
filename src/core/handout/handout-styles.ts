import type { StyleDictionary } from "./pdf-document.ts";
import type { HandoutTemplate } from "../schema/handout-template.ts";

/** Points per millimetre. */
export const MM = 72 / 25.4;

/** The handout's type styles, coloured by the template. */
export function handoutStyles(t: HandoutTemplate, compact = false): StyleDictionary {
  const c = t.colours;
  const s = compact ? 0.78 : 1;
  return {
    coverOrganisation: { fontSize: 11, bold: true, color: c.accent, characterSpacing: 1 },
    coverTitle: { fontSize: 26, bold: true, color: c.text, lineHeight: 1.1, margin: [0, 8, 0, 10] },
    coverEdition: { fontSize: 14, color: c.accent, margin: [0, 0, 0, 24] },
    coverLabel: { fontSize: 9, color: c.muted, margin: [0, 6, 0, 0] },
    coverValue: { fontSize: 12, color: c.text },
    h1: { fontSize: 20 * s, bold: true, color: c.text, margin: [0, 0, 0, 6 * s] },
    h2: { fontSize: 14 * s, bold: true, color: c.accent, margin: [0, 14 * s, 0, 4 * s] },
    subheading: { fontSize: 11.5 * s, bold: true, color: c.text, margin: [0, 8 * s, 0, 3 * s] },
    minorheading: { fontSize: 10.5 * s, bold: true, color: c.muted, margin: [0, 6 * s, 0, 2 * s] },
    body: { fontSize: 10.5 * s, lineHeight: 1.25, margin: [0, 0, 0, 6 * s] },
    list: { fontSize: 10.5 * s, lineHeight: 1.2, margin: [0, 0, 0, 6 * s] },
    lead: { fontSize: 11.5 * s, italics: true, color: c.muted, lineHeight: 1.25, margin: [0, 0, 0, 8 * s] },
    quote: { fontSize: 10.5 * s, italics: true, lineHeight: 1.3, color: c.text },
    citation: { fontSize: 8.5 * s, color: c.muted, margin: [0, 3, 0, 0] },
    translationMark: { fontSize: 8 * s, bold: true, color: c.accent, margin: [0, 2, 0, 0] },
    originalQuote: { fontSize: 8.5 * s, italics: true, color: c.muted, lineHeight: 1.2, margin: [0, 4, 0, 0] },
    boxLabel: { fontSize: 8 * s, bold: true, color: c.accent, characterSpacing: 0.6, margin: [0, 0, 0, 3] },
    boxTitle: { fontSize: 11 * s, bold: true, margin: [0, 0, 0, 4] },
    small: { fontSize: 8.5 * s, color: c.muted, lineHeight: 1.2 },
    running: { fontSize: 8, color: c.muted },
    note: { fontSize: 8.5 * s, lineHeight: 1.2, margin: [0, 0, 0, 3] },
    warning: { fontSize: 9 * s, bold: true, color: "#a11d1d" },
    tableHeader: { fontSize: 8.5 * s, bold: true, color: c.text, fillColor: c.box },
    tableCell: { fontSize: 8.5 * s, lineHeight: 1.15 },
    code: { fontSize: 9 * s, color: c.text, margin: [0, 0, 0, 6] },
    codespan: { fontSize: 9.5 * s },
    blockquote: { margin: [12, 0, 0, 6], color: c.muted },
    markdownTable: { fontSize: 9 * s, margin: [0, 0, 0, 8] },
    tocTitle: { fontSize: 20, bold: true, margin: [0, 0, 0, 12] },
    tocEntry: { fontSize: 11, margin: [0, 2, 0, 2] },
  };
}
