import { msg, str } from "@lit/localize";
import type { ExtractedFile, ExtractReply, ExtractRequest } from "./extract-worker.ts";

/** Pages of a PDF read so far, of how many. */
export type ExtractProgress = (done: number, total: number) => void;

/** Reads a file into text, passages and a search index (tests may pass their own). */
export type ExtractFile = (bytes: Uint8Array, name: string, onProgress?: ExtractProgress, signal?: AbortSignal) => Promise<ExtractedFile>;

/** The worker Vite bundles `extract-worker.ts` into, with pdfjs, mammoth and parse5 as chunks of their own. */
function extractWorker(): Worker {
  return new Worker(new URL("./extract-worker.ts", import.meta.url), { type: "module" });
}

/**
 * Reads a file in a Web Worker of its own, so the page stays responsive; an aborted `signal` ends
 * the worker at once and rejects with an AbortError.
 */
export const extractInWorker: ExtractFile = (bytes, name, onProgress, signal) =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(cancelled());
    const worker = extractWorker();
    const channel = new MessageChannel();
    const finish = () => {
      channel.port1.close();
      worker.terminate();
      signal?.removeEventListener("abort", abort);
    };
    const abort = () => {
      finish();
      reject(cancelled());
    };
    signal?.addEventListener("abort", abort, { once: true });
    channel.port1.addEventListener("message", (event: MessageEvent<ExtractReply>) => {
      const reply = event.data;
      if (reply.kind === "progress") return onProgress?.(reply.done, reply.total);
      finish();
      if (reply.kind === "done") resolve(reply.file);
      else reject(new Error(reply.message));
    });
    worker.addEventListener("error", (event) => {
      event.preventDefault();
      finish();
      const why = event.message;
      reject(
        new Error(
          why
            ? msg(str`The file reader stopped (${why}); reload the page and try again.`)
            : msg("The file reader stopped; reload the page and try again."),
        ),
      );
    });
    // A copy goes to the worker: the caller keeps its bytes to store them.
    channel.port1.start();
    const request: ExtractRequest = { bytes: bytes.slice().buffer, name, port: channel.port2 };
    worker.postMessage(request, [request.bytes, channel.port2]);
  });

function cancelled(): DOMException {
  return new DOMException(msg("The import was cancelled."), "AbortError");
}
