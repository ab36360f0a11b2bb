import { msg, str } from "@lit/localize";
import type { Edition } from "../core/handout/build-handout.ts";
import type { HandoutExporter, HandoutJob, HandoutProgress, HandoutResult } from "./handout-export-api.ts";
import type { Source } from "../core/sources/source.ts";
import type { WorkerReply, WorkerRequest } from "./handout-worker.ts";

/** The sources among `ids` that were added in the browser (none by default): the printer verifies and cites them as shipped ones. */
export type AddedSourcesOf = (ids: readonly string[]) => Promise<Source[]>;

interface Pending {
  request: WorkerRequest;
  resolve(reply: WorkerReply): void;
  reject(error: Error): void;
  onProgress?(progress: HandoutProgress): void;
}

/** The worker the app uses: Vite bundles `handout-worker.ts` and everything it loads as chunks of their own. */
function handoutWorker(): Worker {
  return new Worker(new URL("./handout-worker.ts", import.meta.url), { type: "module" });
}

/**
 * Prints handouts in a Web Worker with the CLI's core builder (see `handout-worker.ts`): the
 * worker starts on the first request, pdfmake and its fonts load in it on the first export only,
 * and cancelling an export ends the worker (the next request starts a new one).
 */
export class WorkerHandoutExporter implements HandoutExporter {
  private worker?: Worker;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  /**
   * @param createWorker makes the worker (tests may pass their own).
   * @param addedSources reads the added sources a request's modules cite, when the worker asks for them.
   */
  constructor(
    private readonly createWorker: () => Worker = handoutWorker,
    private readonly addedSources: AddedSourcesOf = async () => [],
  ) {}

  /** Prints `job`; the PDF comes back as a Blob. An aborted `signal` ends the work and rejects with an AbortError. */
  async export(job: HandoutJob, onProgress: (p: HandoutProgress) => void, signal?: AbortSignal): Promise<HandoutResult> {
    if (signal?.aborted) throw cancelled();
    const id = this.nextId++;
    const cancel = () => this.cancel(id);
    signal?.addEventListener("abort", cancel, { once: true });
    try {
      const reply = await this.send({ id, kind: "export", job }, onProgress);
      if (reply.kind !== "done") throw new Error(msg("The handout printer gave an unexpected answer."));
      return {
        pdf: new Blob([reply.pdf], { type: "application/pdf" }),
        fileName: handoutFileName(job.session.title, job.edition),
        draftReasons: reply.draftReasons,
        pages: reply.pages,
      };
    } finally {
      signal?.removeEventListener("abort", cancel);
    }
  }

  /** Why the job's edition would print as a DRAFT (empty when final); worked out in the worker, without printing. */
  async draftReasons(job: Omit<HandoutJob, "paper">): Promise<string[]> {
    const reply = await this.send({
      id: this.nextId++,
      kind: "draft",
      job: {
        session: job.session,
        modules: job.modules,
        edition: job.edition,
        ...(job.template ? { template: job.template } : {}),
        ...(job.language ? { language: job.language } : {}),
      },
    });
    if (reply.kind !== "draft") throw new Error(msg("The handout printer gave an unexpected answer."));
    return reply.reasons;
  }

  /** Ends the worker; anything still pending is rejected. */
  terminate(): void {
    this.worker?.terminate();
    this.worker = undefined;
    for (const [id, p] of this.pending) {
      this.pending.delete(id);
      p.reject(cancelled());
    }
  }

  private send(request: WorkerRequest, onProgress?: (p: HandoutProgress) => void): Promise<WorkerReply> {
    return new Promise((resolve, reject) => {
      this.pending.set(request.id, { request, resolve, reject, ...(onProgress ? { onProgress } : {}) });
      this.started().postMessage(request);
    });
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const worker = this.createWorker();
    worker.addEventListener("message", (event: MessageEvent<WorkerReply>) => this.receive(event.data));
    worker.addEventListener("error", (event) => this.failed(worker, event));
    worker.addEventListener("messageerror", (event) => this.failed(worker, event));
    this.worker = worker;
    return worker;
  }

  private receive(reply: WorkerReply): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return; // cancelled meanwhile
    if (reply.kind === "sources-wanted") return void this.supply(reply.id, reply.ids);
    if (reply.kind === "progress") return pending.onProgress?.({ fraction: reply.fraction, stage: reply.stage });
    this.pending.delete(reply.id);
    if (reply.kind === "error") pending.reject(new Error(reply.message));
    else pending.resolve(reply);
  }

  /** Sends the worker the added sources request `id` cites; one that cannot be read is left out, and prints as unknown. */
  private async supply(id: number, ids: string[]): Promise<void> {
    const worker = this.worker;
    const sources = await this.addedSources(ids).catch(() => []);
    // Only plain data crosses: the catalog entry, the text, the fingerprint and the reading.
    const plain = sources.map(({ entry, raw, fingerprint, reading }) => ({ entry, raw, fingerprint, reading }));
    if (this.pending.has(id) && worker === this.worker)
      worker?.postMessage({ id, kind: "sources", sources: plain } satisfies WorkerRequest);
  }

  /** The worker itself failed (it could not load, or threw outside a request): every request is told why. */
  private failed(worker: Worker, event: Event): void {
    event.preventDefault();
    if (worker !== this.worker) return;
    const detail = event instanceof ErrorEvent && event.message ? `: ${event.message}` : "";
    this.worker.terminate();
    this.worker = undefined;
    for (const [id, p] of this.pending) {
      this.pending.delete(id);
      p.reject(new Error(msg(str`The handout printer stopped${detail}. Reload the page and print again.`)));
    }
  }

  /** Ends the worker mid-export; other requests it held are sent again to a new one. */
  private cancel(id: number): void {
    const pending = this.pending.get(id);
    if (!pending) return;
    this.pending.delete(id);
    this.worker?.terminate();
    this.worker = undefined;
    pending.reject(cancelled());
    for (const other of this.pending.values()) this.started().postMessage(other.request);
  }
}

/** "Child victims in court" + trainer → "child-victims-in-court-trainer.pdf". */
export function handoutFileName(title: string, edition: Edition): string {
  let slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  // A long title is cut at a word, so the name stays readable in a downloads folder.
  if (slug.length > 60) slug = slug.slice(0, 61).replace(/-[^-]*$/, "");
  return `${slug || "handout"}-${edition}.pdf`;
}

function cancelled(): DOMException {
  return new DOMException(msg("The export was cancelled."), "AbortError");
}
