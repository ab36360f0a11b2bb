import type { ControllerHost } from "./controller-host.ts";

/** A store that takes an editor's drafts before it journals as the page goes. */
export interface DraftHolder {
  holdDrafts(flush: () => void): () => void;
}

/**
 * Hands an element's flush to the store it edits, while the element is in the page. As the page
 * goes or is hidden, the store calls every flush before it journals what is not stored yet: the
 * order is the store's by design, not the order in which listeners happened to be added.
 */
export class FlushOnLeave {
  private holder?: DraftHolder;
  private release?: () => void;
  private connected = false;

  constructor(
    host: ControllerHost,
    /** The store the element edits now (it may arrive or change later, through context). */
    private readonly holderOf: () => DraftHolder | undefined,
    /** Puts what is being typed into the store, synchronously. */
    private readonly flush: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    this.follow();
  }

  hostUpdated(): void {
    this.follow();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.follow();
  }

  private follow(): void {
    const holder = this.connected ? this.holderOf() : undefined;
    if (holder === this.holder) return;
    this.release?.();
    this.holder = holder;
    this.release = holder?.holdDrafts(this.flush);
  }
}
