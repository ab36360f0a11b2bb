import type { ControllerHost } from "./controller-host.ts";

/** Where a dragged item would land: before or after item `index`, or at the end of group `index` (a list within the list). */
export interface DropTarget {
  index: number;
  where: "before" | "after" | "end";
}

/** How a list moves its items; each host gives what its handles need. */
export interface ReorderOptions {
  /** Moves item `index` one place up (-1) or down (1): Alt+↑/↓ anywhere in the item, or ↑/↓ on its grabbed handle. */
  by?: (index: number, by: -1 | 1) => void;
  /** Moves the dragged item `from` so that it lands at index `to` of the list: a drop before or after another item. */
  move?: (from: number, to: number) => void;
  /** Places a drop itself, instead of `move`, where the list is in groups (a drop at the end of a group). */
  drop?: (from: number, target: DropTarget) => void;
  /** What a drag starts from (a selector); a drag from anywhere else (words out of a field, a link) is the browser's. */
  handle?: string;
}

const MIME = "application/x-sourcebook-item";

/**
 * Where a dragged item lands in a flat list: its index once it is taken out and put in before or after
 * `target`; undefined when it would land where it is.
 */
export function landingIndex(from: number, target: DropTarget): number | undefined {
  if (target.where === "end") return undefined;
  const at = target.where === "before" ? target.index : target.index + 1;
  const to = at > from ? at - 1 : at;
  return to === from ? undefined : to;
}

/**
 * Reordering a list by its items' handles. By keyboard: pressing a handle grabs it (`aria-pressed`), ↑/↓ then move
 * the item, Escape or leaving the handle lets go; Alt+↑/↓ move an item from anywhere in it. With the mouse: the
 * handle is dragged (HTML drag and drop) and a drop line shows where the item would land.
 *
 * It knows nothing of the items: the host renders them, binds these methods to their handles, and moves, focuses
 * and announces. An element that is itself one item of a list uses index 0 and passes its moves up to the list.
 */
export class ReorderController {
  /** The item whose handle is grabbed: ↑/↓ alone move it. */
  grabbed?: number;
  /** The item being dragged. */
  dragging?: number;
  /** Where it would land. */
  target?: DropTarget;

  constructor(
    private readonly host: Pick<ControllerHost, "requestUpdate">,
    private readonly options: ReorderOptions,
  ) {}

  /** `aria-pressed` of item `index`'s handle. */
  pressed(index = 0): "true" | "false" {
    return this.grabbed === index ? "true" : "false";
  }

  /** A press of the handle grabs the item, or lets it go. */
  toggle(index = 0): void {
    this.set(this.grabbed === index ? undefined : index);
  }

  /** Lets go of the grabbed item (Escape, or focus left its handle). */
  release(): void {
    if (this.grabbed !== undefined) this.set(undefined);
  }

  /**
   * After a move, focus follows the item to its new place: to its handle (or the field it was in), the item still
   * grabbed if it was (grabbed after focusing, so that the blur of the handle it left does not let it go).
   */
  refocus(element: HTMLElement | null | undefined, index = 0, grab = false): void {
    element?.focus();
    this.set(grab ? index : undefined);
  }

  /** A key on the handle: ↑/↓ move the grabbed item, Alt+↑/↓ move it anyway, Escape lets go. */
  handleKey(event: KeyboardEvent, index = 0): void {
    if (event.key === "Escape") this.release();
    else if (event.altKey || this.grabbed === index) this.moveByKey(event, index);
  }

  /** A key anywhere in the item: Alt+↑/↓ move it. */
  itemKey(event: KeyboardEvent, index = 0): void {
    if (event.altKey && !event.defaultPrevented) this.moveByKey(event, index);
  }

  /** A drag began: it moves item `index` if it began on a handle; `image` is what the pointer carries. */
  start(event: DragEvent, index: number, image?: Element): void {
    const origin = event.composedPath()[0] as Element | undefined;
    if (!origin?.matches?.(this.options.handle ?? ".handle")) return;
    this.dragging = index;
    const data = event.dataTransfer;
    if (data) {
      data.effectAllowed = "move";
      data.setData(MIME, String(index));
      if (image) data.setDragImage(image, 24, 24);
    }
    this.host.requestUpdate();
  }

  /** Over item `index`: the drop goes before it in its top half, after it in its bottom half. */
  over(event: DragEvent, index: number, box = event.currentTarget as Element): void {
    if (this.dragging === undefined) return;
    // Handled here: the group around the item must not take the drop for its end.
    event.stopPropagation();
    const rect = box.getBoundingClientRect();
    this.show(event, { index, where: event.clientY < rect.top + rect.height / 2 ? "before" : "after" });
  }

  /** Over the empty space of group `group`: the drop goes at its end. */
  overEnd(event: DragEvent, group: number): void {
    if (this.dragging !== undefined) this.show(event, { index: group, where: "end" });
  }

  /** The item was dropped: the host moves it. */
  drop(event: DragEvent): void {
    const { dragging, target } = this;
    if (dragging === undefined || !target) return;
    event.preventDefault();
    event.stopPropagation();
    this.end();
    if (this.options.drop) return this.options.drop(dragging, target);
    const to = landingIndex(dragging, target);
    if (to !== undefined) this.options.move?.(dragging, to);
  }

  /** The drag ended, dropped or not. */
  end(): void {
    this.dragging = undefined;
    this.target = undefined;
    this.host.requestUpdate();
  }

  /** The drop line to draw on item `index`. */
  lineAt(index: number): "" | "before" | "after" {
    const target = this.dragging === undefined ? undefined : this.target;
    return target?.index === index && target.where !== "end" ? target.where : "";
  }

  /** Whether a drop would go at the end of group `group`. */
  endAt(group: number): boolean {
    return this.dragging !== undefined && this.target?.index === group && this.target.where === "end";
  }

  private moveByKey(event: KeyboardEvent, index: number) {
    const by = event.key === "ArrowUp" ? -1 : event.key === "ArrowDown" ? 1 : 0;
    if (!by) return;
    event.preventDefault();
    event.stopPropagation();
    this.options.by?.(index, by);
  }

  private show(event: DragEvent, target: DropTarget) {
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = "move";
    const t = this.target;
    if (t?.index === target.index && t.where === target.where) return;
    this.target = target;
    this.host.requestUpdate();
  }

  private set(grabbed: number | undefined) {
    this.grabbed = grabbed;
    this.host.requestUpdate();
  }
}
