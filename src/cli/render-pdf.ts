import { createRequire } from "node:module";
import { dirname } from "node:path";
import type { TDocumentDefinitions } from "pdfmake/interfaces";

const require = createRequire(import.meta.url);
// pdfmake's Node build is CommonJS; its Roboto fonts cover Cyrillic, Kyrgyz ң ө ү included.
const pdfmake = require("pdfmake") as {
  addFonts(fonts: object): void;
  setUrlAccessPolicy(f: (url: string) => boolean): void;
  setLocalAccessPolicy(f: (path: string) => boolean): void;
  createPdf(doc: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
};
const fonts = require("pdfmake/fonts/Roboto.js") as { Roboto: Record<string, string> };
const fontDir = dirname(fonts.Roboto.normal!);

pdfmake.addFonts(fonts);
pdfmake.setUrlAccessPolicy(() => false); // a handout never fetches anything
pdfmake.setLocalAccessPolicy((path) => path.startsWith(fontDir));

/** Renders a document definition to PDF bytes in Node. */
export function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  return pdfmake.createPdf(definition).getBuffer();
}
