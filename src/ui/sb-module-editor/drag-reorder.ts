import type { ReactiveController, ReactiveControllerHost } from "lit";

/** What is being dragged: a card (by its body index) or a section (by its place among sections). */
export interface DragItem {
  type: "card" | "section";
  index: number;
}

/** Where it would land: before or after a card or section, or at the end of a section's cards. */
export interface DropTarget {
  type: "card" | "section";
  /** The card's body index, or the section's place. */
  index: number;
  where: "before" | "after" | "end";
}

const MIME = "application/x-sourcebook-item";

/**
 * HTML5 drag and drop of cards and sections: remembers what is dragged and where it would land
 * (the host draws the drop line from `target`), and hands both to `onDrop`.
 */
export class DragReorder implements ReactiveController {
  dragging?: DragItem;
  target?: DropTarget;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onDrop: (item: DragItem, target: DropTarget) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  start(event: DragEvent, item: DragItem, image: Element): void {
    this.dragging = item;
    const data = event.dataTransfer;
    if (data) {
      data.effectAllowed = "move";
      data.setData(MIME, JSON.stringify(item));
      data.setData("text/plain", item.type);
      data.setDragImage(image, 24, 24);
    }
    this.host.requestUpdate();
  }

  /** Over a card or section: the drop goes before it in its top half, after it in its bottom half. */
  overItem(event: DragEvent, type: DropTarget["type"], index: number, box: Element): void {
    if (this.dragging?.type !== type) return;
    event.preventDefault();
    event.stopPropagation();
    const rect = box.getBoundingClientRect();
    this.show(event, { type, index, where: event.clientY < rect.top + rect.height / 2 ? "before" : "after" });
  }

  /** Over a section's empty space: the card goes at the end of that section. */
  overSectionEnd(event: DragEvent, section: number): void {
    if (this.dragging?.type !== "card") return;
    event.preventDefault();
    this.show(event, { type: "section", index: section, where: "end" });
  }

  drop(event: DragEvent): void {
    const { dragging, target } = this;
    if (!dragging || !target) return;
    event.preventDefault();
    event.stopPropagation();
    this.end();
    this.onDrop(dragging, target);
  }

  end(): void {
    this.dragging = undefined;
    this.target = undefined;
    this.host.requestUpdate();
  }

  private show(event: DragEvent, target: DropTarget): void {
    if (event.dataTransfer) event.dataTransfer.dropEffect = "move";
    const t = this.target;
    if (t?.type === target.type && t.index === target.index && t.where === target.where) return;
    this.target = target;
    this.host.requestUpdate();
  }
}
