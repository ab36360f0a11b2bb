import type { ReactiveController, ReactiveControllerHost } from "lit";

const MIME = "application/x-sourcebook-agenda-item";

/**
 * HTML5 drag and drop of agenda items by their handle: remembers which item is dragged and where it
 * would land (before or after another item; the host draws the line), and hands the move to `onDrop`.
 */
export class AgendaDrag implements ReactiveController {
  /** The index of the item being dragged. */
  dragging?: number;
  /** Where it would land. */
  target?: { index: number; where: "before" | "after" };

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Moves item `from` so that it lands at index `to` of the agenda without it. */
    private readonly onDrop: (from: number, to: number) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  start(event: DragEvent, index: number): void {
    // Only the handle moves the item; words dragged out of a field are the browser's business.
    const origin = event.composedPath()[0] as HTMLElement;
    if (origin.dataset?.part !== "handle") return;
    this.dragging = index;
    if (event.dataTransfer) {
      event.dataTransfer.effectAllowed = "move";
      event.dataTransfer.setData(MIME, String(index));
      event.dataTransfer.setData("text/plain", String(index));
    }
    this.host.requestUpdate();
  }

  /** Over an item: the drop goes before it in its top half, after it in its bottom half. */
  over(event: DragEvent, index: number, box: Element): void {
    if (this.dragging === undefined) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = "move";
    const rect = box.getBoundingClientRect();
    const where = event.clientY < rect.top + rect.height / 2 ? "before" : "after";
    if (this.target?.index === index && this.target.where === where) return;
    this.target = { index, where };
    this.host.requestUpdate();
  }

  drop(event: DragEvent): void {
    const { dragging, target } = this;
    if (dragging === undefined || !target) return;
    event.preventDefault();
    this.end();
    const at = target.where === "before" ? target.index : target.index + 1;
    const to = at > dragging ? at - 1 : at;
    if (to !== dragging) this.onDrop(dragging, to);
  }

  end(): void {
    this.dragging = undefined;
    this.target = undefined;
    this.host.requestUpdate();
  }

  /** The drop line to draw on item `index`. */
  lineAt(index: number): "" | "before" | "after" {
    return this.target?.index === index && this.dragging !== undefined ? this.target.where : "";
  }
}
