// Mounts <sb-search> alone, with the real search service over the index built by vite-plugins/search-index.ts.
import { ContextProvider } from "@lit/context";
import { anchorSelection } from "../../../src/core/citations/anchor.ts";
import { searchContext } from "../../../src/app/contexts.ts";
import { bundledLibrary } from "../../../src/app/library-store.ts";
import { WorkerSearchService } from "../../../src/app/search-service.ts";
import "../../../src/ui/sb-search/sb-search.ts";

export interface Harness {
  /** Every sb-excerpt-request seen at the document, in order. */
  excerptRequests: { sourceId: string; start: number; end: number }[];
  /** The reading text of a range, and whether it anchors and verifies as an excerpt. */
  lift(sourceId: string, start: number, end: number): Promise<{ text: string; status: string; locator: string }>;
}

const library = bundledLibrary();
const harness: Harness = {
  excerptRequests: [],
  async lift(sourceId, start, end) {
    const source = await library.open(sourceId);
    const { excerpt, verdict } = anchorSelection(source, start, end);
    return { text: source.reading.text.slice(start, end), status: verdict.status, locator: excerpt.locator };
  },
};
(window as unknown as { harness: Harness }).harness = harness;
document.addEventListener("sb-excerpt-request", (event) => harness.excerptRequests.push(event.detail));

const host = document.querySelector<HTMLElement>("#host")!;
new ContextProvider(host, { context: searchContext, initialValue: new WorkerSearchService() });
host.append(document.createElement("sb-search"));
