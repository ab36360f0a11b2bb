import { MessageChannel, receiveMessageOnPort, Worker } from "node:worker_threads";
import type { ExtractedText } from "../core/sources/extracted-text.ts";
import { SourceFileError } from "../core/sources/source.ts";
import type { ExtractedKind } from "../extract/extract-document.ts";
import type { ExtractRequest } from "./extract-worker.ts";

/** Longer than any document takes; a thread that never answers is an error, not a hang. */
const TIMEOUT_MS = 10 * 60 * 1000;

/**
 * Extracts a document while this thread waits: pdfjs and mammoth only answer through promises,
 * and a library hands out its sources synchronously (`Library.source`). Used only when the
 * parse cache does not already hold the extraction.
 */
export function extractSync(bytes: Uint8Array, kind: ExtractedKind, name: string): ExtractedText {
  const { port1, port2 } = new MessageChannel();
  const done = new Int32Array(new SharedArrayBuffer(4));
  // Compiled, the worker is a file beside this one; run from TypeScript, it is loaded through tsx.
  const compiled = import.meta.url.endsWith(".js");
  const worker = new Worker(new URL(compiled ? "./extract-worker.js" : "./extract-worker.ts", import.meta.url), {
    workerData: { bytes, kind, name, port: port2, done } satisfies ExtractRequest,
    transferList: [port2],
    ...(compiled ? {} : { execArgv: ["--import", import.meta.resolve("tsx")] }),
  });
  try {
    if (Atomics.wait(done, 0, 0, TIMEOUT_MS) === "timed-out")
      throw new Error(`Extracting ${name} took longer than ${TIMEOUT_MS / 60000} minutes.`);
    const answer = receiveMessageOnPort(port1)?.message as { extracted?: ExtractedText; error?: string; refused?: boolean } | undefined;
    if (answer?.extracted) return answer.extracted;
    if (answer?.refused) throw new SourceFileError(answer.error!);
    throw new Error(`Extracting ${name} failed: ${answer?.error ?? "the extraction thread stopped"}.`);
  } finally {
    void worker.terminate();
    port1.close();
  }
}
