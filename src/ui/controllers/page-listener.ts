import type { ControllerHost } from "./controller-host.ts";

/** Listens to an event of the window or the document while its element is in the page, and not after. */
export class PageListener {
  constructor(
    host: ControllerHost,
    private readonly target: Pick<EventTarget, "addEventListener" | "removeEventListener">,
    private readonly type: string,
    private readonly listener: (event: Event) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.target.addEventListener(this.type, this.listener);
  }

  hostDisconnected(): void {
    this.target.removeEventListener(this.type, this.listener);
  }
}
