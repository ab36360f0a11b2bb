import type { ControllerHost } from "./controller-host.ts";
import { PageListener } from "./page-listener.ts";

const TEXT_INPUTS = new Set(["text", "search", "url", "email", "tel", "password", "number", ""]);

/** Whether a key press lands in a field that has its own undo (text inputs, text areas, editable text). */
export function isTextField(target: EventTarget | undefined): boolean {
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLInputElement) return TEXT_INPUTS.has(target.type);
  return target instanceof HTMLElement && target.isContentEditable;
}

/** Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo (⌘ on a Mac), except where a text field undoes its own typing. */
export function undoShortcut(e: KeyboardEvent): "undo" | "redo" | undefined {
  if (e.defaultPrevented || !(e.ctrlKey || e.metaKey) || e.altKey) return undefined;
  const key = e.key.toLowerCase();
  const action = key === "z" ? (e.shiftKey ? "redo" : "undo") : key === "y" ? "redo" : undefined;
  return action && !isTextField(e.composedPath()[0]) ? action : undefined;
}

/**
 * The undo and redo shortcuts of an element that has its own history: while the element is in the page,
 * they call its `undo()` and `redo()` wherever focus is (the page itself included), not only inside it.
 */
export class UndoShortcuts extends PageListener {
  constructor(host: ControllerHost & { undo(): void; redo(): void }) {
    super(host, document, "keydown", (event) => {
      const action = undoShortcut(event as KeyboardEvent);
      if (!action) return;
      event.preventDefault();
      host[action]();
    });
  }
}
