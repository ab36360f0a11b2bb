import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
// @ts-expect-error -- the worker module ships without types; only its WorkerMessageHandler is used.
import * as pdfjsWorker from "pdfjs-dist/legacy/build/pdf.worker.mjs";
import type { PositionedItem, PositionedPage } from "../core/sources/pdf-lines.ts";
import { SourceFileError } from "../core/sources/source.ts";

// pdfjs runs its parser in this thread when it finds the worker module here: bundled into the
// command line, it cannot find the worker file it would otherwise load beside itself.
(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= pdfjsWorker;

/** Progress of a long extraction: pages read so far, of how many. */
export type OnPage = (done: number, total: number) => void;

/**
 * A PDF's pages as positioned text items, through pdfjs (its legacy build runs in Node 20 and
 * in a browser worker alike). Refuses, with one sentence, a file pdfjs cannot open, one that
 * needs a password, and one with no text layer (a scan).
 */
export async function pdfPages(bytes: Uint8Array, onPage?: OnPage, signal?: AbortSignal): Promise<PositionedPage[]> {
  // pdfjs takes the buffer over (the caller keeps its own bytes) and refuses a Node Buffer: a plain copy.
  const task = getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useSystemFonts: false,
    verbosity: 0,
    stopAtErrors: false,
  });
  let pdf;
  try {
    pdf = await task.promise;
  } catch (e) {
    const name = e instanceof Error ? e.name : "";
    if (name === "PasswordException") throw new SourceFileError("The PDF is encrypted (it needs a password), so its text cannot be read.");
    throw new SourceFileError(`The PDF cannot be read (${e instanceof Error ? e.message : String(e)}); it may be damaged.`);
  }
  try {
    const labels = await pdf.getPageLabels().catch(() => null);
    const pages: PositionedPage[] = [];
    let characters = 0;
    for (let n = 1; n <= pdf.numPages; n++) {
      if (signal?.aborted) throw new SourceFileError("The import was cancelled.");
      const page = await pdf.getPage(n);
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      const content = await page.getTextContent();
      const items: PositionedItem[] = [];
      for (const item of content.items) {
        if (!("str" in item) || item.str === "") continue;
        const [, , c, d, e, f] = item.transform as number[];
        items.push({ text: item.str, x: e! - x0, y: f! - y0, width: item.width, size: Math.hypot(c!, d!) });
        characters += item.str.trim().length;
      }
      const label = labels?.[n - 1];
      pages.push({ width: x1 - x0, height: y1 - y0, items, ...(label ? { label } : {}) });
      page.cleanup();
      onPage?.(n, pdf.numPages);
    }
    if (characters < 20 * Math.max(1, Math.min(pages.length, 3)))
      throw new SourceFileError("The PDF has no text layer (it looks like a scan), so there is no text to quote.");
    return pages;
  } finally {
    await pdf.destroy();
  }
}
