import { describe, expect, test, vi } from "vitest";
import { landingIndex, ReorderController, type ReorderOptions } from "../../../src/ui/controllers/reorder-controller.ts";

// The reorder controller without a browser: a fake host, and events that carry only what the controller reads.

function setup(options: ReorderOptions = {}) {
  const host = { requestUpdate: vi.fn() };
  return { host, reorder: new ReorderController(host, options) };
}

function key(name: string, altKey = false) {
  const event = {
    key: name,
    altKey,
    defaultPrevented: false,
    stopped: false,
    preventDefault: () => (event.defaultPrevented = true),
    stopPropagation: () => (event.stopped = true),
  };
  return event;
}

/** An element whose box runs from y = 100 to 140 (its middle at 120). */
const box = { getBoundingClientRect: () => ({ top: 100, height: 40 }) };
const handle = { matches: (selector: string) => selector === ".handle" };
const field = { matches: () => false };

function drag(init: { from?: object; y?: number } = {}) {
  const event = {
    composedPath: () => [init.from ?? handle],
    clientY: init.y ?? 0,
    currentTarget: box,
    dataTransfer: {
      effectAllowed: "",
      dropEffect: "",
      data: new Map<string, string>(),
      setData: (t: string, v: string) => event.dataTransfer.data.set(t, v),
    },
    defaultPrevented: false,
    stopped: false,
    preventDefault: () => (event.defaultPrevented = true),
    stopPropagation: () => (event.stopped = true),
  };
  return event;
}

const asKey = (e: ReturnType<typeof key>) => e as unknown as KeyboardEvent;
const asDrag = (e: ReturnType<typeof drag>) => e as unknown as DragEvent;

describe("landingIndex: where a dragged item lands in a flat list", () => {
  test("before or after another item, counted in the list without the dragged one", () => {
    expect(landingIndex(4, { index: 0, where: "before" })).toBe(0);
    expect(landingIndex(4, { index: 0, where: "after" })).toBe(1);
    expect(landingIndex(0, { index: 2, where: "before" })).toBe(1);
    expect(landingIndex(0, { index: 2, where: "after" })).toBe(2);
  });

  test("after the last item: the end of the list", () => {
    expect(landingIndex(1, { index: 4, where: "after" })).toBe(4);
  });

  test("next to itself it lands where it is: no move", () => {
    expect(landingIndex(2, { index: 2, where: "before" })).toBeUndefined();
    expect(landingIndex(2, { index: 2, where: "after" })).toBeUndefined();
    expect(landingIndex(2, { index: 1, where: "after" })).toBeUndefined();
    expect(landingIndex(2, { index: 3, where: "before" })).toBeUndefined();
  });
});

describe("dragging in a flat list (agenda items, sections)", () => {
  test("the drop line follows the pointer, and the drop moves the item to its landing place", () => {
    const move = vi.fn();
    const { host, reorder } = setup({ move });
    reorder.start(asDrag(drag()), 4);
    expect(reorder.dragging).toBe(4);

    const top = drag({ y: 110 });
    reorder.over(asDrag(top), 0);
    expect(top.defaultPrevented).toBe(true); // the browser allows a drop here
    expect([reorder.lineAt(0), reorder.lineAt(1)]).toEqual(["before", ""]);
    reorder.over(asDrag(drag({ y: 130 })), 1);
    expect([reorder.lineAt(0), reorder.lineAt(1)]).toEqual(["", "after"]);

    const updates = host.requestUpdate.mock.calls.length;
    reorder.over(asDrag(drag({ y: 131 })), 1);
    expect(host.requestUpdate.mock.calls.length).toBe(updates); // the same line: nothing to draw again

    reorder.drop(asDrag(drag()));
    expect(move).toHaveBeenCalledExactlyOnceWith(4, 2);
    expect([reorder.dragging, reorder.lineAt(1)]).toEqual([undefined, ""]);
  });

  test("a drop after the last item moves it to the end", () => {
    const move = vi.fn();
    const { reorder } = setup({ move });
    reorder.start(asDrag(drag()), 0);
    reorder.over(asDrag(drag({ y: 139 })), 4);
    reorder.drop(asDrag(drag()));
    expect(move).toHaveBeenCalledExactlyOnceWith(0, 4);
  });

  test("a drop where the item already is moves nothing", () => {
    const move = vi.fn();
    const { reorder } = setup({ move });
    reorder.start(asDrag(drag()), 2);
    reorder.over(asDrag(drag({ y: 101 })), 3);
    reorder.drop(asDrag(drag()));
    expect(move).not.toHaveBeenCalled();
    expect(reorder.dragging).toBeUndefined();
  });

  test("a drag that does not start on a handle (words out of a field) is left to the browser", () => {
    const move = vi.fn();
    const { reorder } = setup({ move });
    const start = drag({ from: field });
    reorder.start(asDrag(start), 1);
    expect(reorder.dragging).toBeUndefined();
    expect(start.dataTransfer.data.size).toBe(0);
    const over = drag({ y: 110 });
    reorder.over(asDrag(over), 0);
    expect([over.defaultPrevented, reorder.lineAt(0)]).toEqual([false, ""]);
    reorder.drop(asDrag(drag()));
    expect(move).not.toHaveBeenCalled();
  });

  test("a drag that ends without a drop leaves no line", () => {
    const { reorder } = setup({ move: vi.fn() });
    reorder.start(asDrag(drag()), 1);
    reorder.over(asDrag(drag({ y: 110 })), 0);
    reorder.end();
    expect([reorder.dragging, reorder.lineAt(0)]).toEqual([undefined, ""]);
  });
});

describe("dragging in a list of groups (cards in sections)", () => {
  test("over a group's empty space the item would go at its end; the host places the drop", () => {
    const drop = vi.fn();
    const { reorder } = setup({ drop });
    reorder.start(asDrag(drag()), 7);
    const end = drag();
    reorder.overEnd(asDrag(end), 2);
    expect([end.defaultPrevented, reorder.endAt(2), reorder.endAt(1), reorder.lineAt(2)]).toEqual([true, true, false, ""]);
    reorder.drop(asDrag(drag()));
    expect(drop).toHaveBeenCalledExactlyOnceWith(7, { index: 2, where: "end" });
    expect(reorder.endAt(2)).toBe(false);
  });

  test("over an item the group does not hear of it, so the line stays on the item", () => {
    const { reorder } = setup({ drop: vi.fn() });
    reorder.start(asDrag(drag()), 7);
    const over = drag({ y: 130 });
    reorder.over(asDrag(over), 9);
    expect([over.stopped, reorder.lineAt(9)]).toEqual([true, "after"]);
  });

  test("another list's controller ignores the drag: a section dragged over a card is the sections' business", () => {
    const cards = setup({ drop: vi.fn() }).reorder;
    const over = drag({ y: 110 });
    cards.over(asDrag(over), 3);
    cards.overEnd(asDrag(over), 0);
    expect([over.defaultPrevented, over.stopped, cards.lineAt(3), cards.endAt(0)]).toEqual([false, false, "", false]);
  });
});

describe("the keyboard", () => {
  test("pressing a handle grabs its item; ↑/↓ then move it; Escape lets go", () => {
    const by = vi.fn();
    const { reorder } = setup({ by });
    reorder.toggle(2);
    expect([reorder.pressed(2), reorder.pressed(1)]).toEqual(["true", "false"]);

    const down = key("ArrowDown");
    reorder.handleKey(asKey(down), 2);
    expect(by).toHaveBeenLastCalledWith(2, 1);
    expect([down.defaultPrevented, down.stopped]).toEqual([true, true]); // the page does not scroll
    reorder.handleKey(asKey(key("ArrowUp")), 2);
    expect(by).toHaveBeenLastCalledWith(2, -1);

    reorder.handleKey(asKey(key("Escape")), 2);
    expect(reorder.pressed(2)).toBe("false");
    const after = key("ArrowDown");
    reorder.handleKey(asKey(after), 2);
    expect([by.mock.calls.length, after.defaultPrevented]).toEqual([2, false]); // a plain arrow again
  });

  test("pressing the grabbed handle again, or leaving it, lets go", () => {
    const { reorder } = setup({ by: vi.fn() });
    reorder.toggle(0);
    reorder.toggle(0);
    expect(reorder.pressed(0)).toBe("false");
    reorder.toggle(0);
    reorder.release();
    expect(reorder.grabbed).toBeUndefined();
  });

  test("Alt+↑/↓ moves an item from its handle or from anywhere in it, once", () => {
    const by = vi.fn();
    const { reorder } = setup({ by });
    reorder.handleKey(asKey(key("ArrowUp", true)), 3);
    expect(by).toHaveBeenLastCalledWith(3, -1);

    // On the handle, the key then reaches the item too: it is not moved twice.
    const twice = key("ArrowDown", true);
    reorder.handleKey(asKey(twice), 3);
    reorder.itemKey(asKey(twice), 3);
    expect(by).toHaveBeenCalledTimes(2);

    reorder.itemKey(asKey(key("ArrowDown", true)), 3);
    expect(by).toHaveBeenLastCalledWith(3, 1);
    reorder.itemKey(asKey(key("ArrowDown")), 3);
    reorder.itemKey(asKey(key("ArrowLeft", true)), 3);
    expect(by).toHaveBeenCalledTimes(3);
  });

  test("after a move, focus goes to the handle at the new place and the item stays grabbed", () => {
    const { reorder } = setup({ by: vi.fn() });
    reorder.toggle(1);
    // Focusing the handle at the new place blurs the old one, which lets go; the grab outlives that.
    const moved = { focus: vi.fn(() => reorder.release()) };
    reorder.refocus(moved as unknown as HTMLElement, 2, true);
    expect(moved.focus).toHaveBeenCalledOnce();
    expect([reorder.pressed(1), reorder.pressed(2)]).toEqual(["false", "true"]);

    reorder.refocus({ focus: vi.fn() } as unknown as HTMLElement, 3, false);
    expect(reorder.grabbed).toBeUndefined();
  });
});
