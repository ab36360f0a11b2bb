import { msg, str } from "@lit/localize";
import type { IndexedSource, SearchFacets } from "../core/search/passage-search.ts";
import type { TextRange } from "../core/search/sentence.ts";
import type { SearchFilters, SearchHit, SearchProgress, SearchResults, SearchService } from "./search-api.ts";
import type { SearchReply, SearchRequest } from "./search-worker-protocol.ts";

/** What the service talks to: the search worker, or a MessagePort in tests. */
export interface SearchWorker {
  postMessage(message: SearchRequest): void;
  addEventListener(type: "message", listener: (event: MessageEvent<SearchReply>) => void): void;
  addEventListener(type: "error" | "messageerror", listener: (event: Event) => void): void;
  terminate(): void;
}

/** The worker the app uses: Vite bundles `search-worker.ts`, the search code and each source's chunk as files of their own. */
function searchWorker(): SearchWorker {
  return new Worker(new URL("./search-worker.ts", import.meta.url), { type: "module" });
}

interface Pending {
  resolve(reply: SearchReply): void;
  reject(error: Error): void;
}

/**
 * Search in a Web Worker (see `search-worker.ts`): the worker starts on the first search (or when
 * `ready` is first read), fetches and decodes every source's index there, and answers searches
 * meanwhile from what it has loaded, so the page is never held while the library loads.
 */
export class WorkerSearchService implements SearchService {
  private worker?: SearchWorker;
  private loading?: { promise: Promise<void>; resolve(): void; reject(error: Error): void };
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Set<(progress: SearchProgress) => void>();

  /** @param createWorker makes the worker (tests may pass their own). */
  constructor(private readonly createWorker: () => SearchWorker = searchWorker) {}

  get ready(): Promise<void> {
    if (!this.loading) {
      let resolve!: () => void;
      let reject!: (error: Error) => void;
      const promise = new Promise<void>((yes, no) => ((resolve = yes), (reject = no)));
      this.loading = { promise, resolve, reject };
      this.started().postMessage({ kind: "load" });
    }
    return this.loading.promise;
  }

  async search(query: string, filters?: SearchFilters, limit?: number): Promise<SearchResults> {
    void this.ready.catch(() => undefined);
    const reply = await this.ask({
      id: this.nextId++,
      kind: "search",
      query,
      ...(filters ? { filters } : {}),
      ...(limit === undefined ? {} : { limit }),
    });
    if (reply.kind !== "results") throw new Error(msg("The search gave an unexpected answer."));
    return reply.results;
  }

  async facets(): Promise<SearchFacets> {
    void this.ready.catch(() => undefined);
    const reply = await this.ask({ id: this.nextId++, kind: "facets" });
    if (reply.kind !== "facets") throw new Error(msg("The search gave an unexpected answer."));
    return reply.facets;
  }

  async sentence(hit: SearchHit, query: string): Promise<TextRange> {
    const reply = await this.ask({ id: this.nextId++, kind: "sentence", sourceId: hit.sourceId, passageIndex: hit.passageIndex, query });
    if (reply.kind !== "sentence") throw new Error(msg("The search gave an unexpected answer."));
    return reply.sentence;
  }

  addSource(source: IndexedSource, index: string): void {
    this.started().postMessage({ kind: "add", source, index });
  }

  removeSource(sourceId: string): void {
    this.started().postMessage({ kind: "remove", sourceId });
  }

  onProgress(listener: (progress: SearchProgress) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Ends the worker; anything pending is rejected. */
  terminate(): void {
    this.stop(new Error(msg("The search was stopped.")));
  }

  private ask(request: SearchRequest & { id: number }): Promise<SearchReply> {
    return new Promise((resolve, reject) => {
      this.pending.set(request.id, { resolve, reject });
      this.started().postMessage(request);
    });
  }

  private started(): SearchWorker {
    if (this.worker) return this.worker;
    const worker = this.createWorker();
    worker.addEventListener("message", (event: MessageEvent<SearchReply>) => this.receive(event.data));
    const failed = (event: Event) => {
      event.preventDefault();
      if (worker !== this.worker) return;
      const detail = event instanceof ErrorEvent && event.message ? `: ${event.message}` : "";
      this.stop(new Error(msg(str`The search stopped${detail}. Reload the page to search again.`)));
    };
    worker.addEventListener("error", failed);
    worker.addEventListener("messageerror", failed);
    this.worker = worker;
    return worker;
  }

  private receive(reply: SearchReply): void {
    if (reply.kind === "progress" || reply.kind === "loaded") {
      for (const listener of this.listeners) listener(reply.progress);
      if (reply.kind === "loaded") this.loading?.resolve();
      return;
    }
    if (reply.kind === "failed") {
      const loading = this.loading;
      this.loading = undefined; // a later search tries again
      loading?.reject(new Error(reply.message));
      return;
    }
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    this.pending.delete(reply.id);
    if (reply.kind === "error") pending.reject(new Error(reply.message));
    else pending.resolve(reply);
  }

  private stop(error: Error): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.loading?.reject(error);
    this.loading = undefined;
    for (const [id, pending] of this.pending) {
      this.pending.delete(id);
      pending.reject(error);
    }
  }
}
