// Mounts two elements that need no services and records, at the document, every sb-* event they fire:
// what a page outside their shadow roots receives.
import { bundledLibrary } from "../../../src/app/library-store.ts";
import "../../../src/ui/sb-agenda-add/sb-agenda-add.ts";
import "../../../src/ui/sb-source-library/sb-source-library.ts";

/** One event as the document received it. */
export interface SeenEvent {
  type: string;
  detail: unknown;
  /** The element the document sees as its target (the host, not a node inside its shadow root). */
  target: string;
  bubbles: boolean;
  composed: boolean;
  cancelable: boolean;
}

export interface Harness {
  seen: SeenEvent[];
  /** When true, the document's listener cancels each event (as the app cancels sb-source-open to route it itself). */
  cancel: boolean;
}

const harness: Harness = { seen: [], cancel: false };
(window as unknown as { harness: Harness }).harness = harness;

for (const type of ["sb-source-open", "sb-agenda-add"] as const) {
  document.addEventListener(type, (event) => {
    const { detail, bubbles, composed, cancelable } = event;
    harness.seen.push({ type, detail, target: (event.target as Element).localName, bubbles, composed, cancelable });
    if (harness.cancel) event.preventDefault();
  });
}

const host = document.querySelector<HTMLElement>("#host")!;
const library = document.createElement("sb-source-library");
library.entries = bundledLibrary().entries.slice(0, 2);
library.sourceHref = (sourceId) => `#/source/${sourceId}`;
host.append(library, document.createElement("sb-agenda-add"));
