// The thread that extracts a document for `extractSync`: it answers once on its port, then wakes the caller.
import { workerData, type MessagePort } from "node:worker_threads";
import type { ExtractedKind } from "../extract/extract-document.ts";

export interface ExtractRequest {
  bytes: Uint8Array;
  kind: ExtractedKind;
  name: string;
  port: MessagePort;
  /** Set to 1 and notified when the answer is on the port. */
  done: Int32Array;
}

const request = workerData as ExtractRequest;
try {
  // Loaded here, so that a failure to load is answered too rather than leaving the caller waiting.
  const { extractDocument } = await import("../extract/extract-document.ts");
  const extracted = await extractDocument(request.bytes, request.kind, { name: request.name });
  request.port.postMessage({ extracted });
} catch (e) {
  const { SourceFileError } = await import("../core/sources/source.ts");
  request.port.postMessage({ error: e instanceof Error ? e.message : String(e), refused: e instanceof SourceFileError });
}
Atomics.store(request.done, 0, 1);
Atomics.notify(request.done, 0);
