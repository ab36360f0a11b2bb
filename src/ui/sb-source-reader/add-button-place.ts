/** A box on the screen, in CSS pixels from the viewport's top left. */
export interface ScreenBox {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const GAP = 8;

/**
 * Where the floating "Add to module…" button goes for a selection, so that it hides none of the
 * selected lines nor the line after them and stays on screen: beside the text column when there is
 * room, else above the selection, else in the screen's bottom corner.
 */
export function addButtonPlace(
  selection: ScreenBox,
  columnRight: number,
  button: { width: number; height: number },
  screen: { width: number; height: number },
): { top: number; left: number } {
  const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(value, high));
  const maxTop = screen.height - button.height - GAP;
  const maxLeft = screen.width - button.width - GAP;
  if (screen.width - columnRight >= button.width + 2 * GAP) {
    return { top: clamp(selection.bottom - button.height, GAP, maxTop), left: columnRight + GAP };
  }
  const above = selection.top - button.height - GAP;
  if (above >= GAP) return { top: above, left: clamp(selection.left, GAP, maxLeft) };
  return { top: maxTop, left: maxLeft };
}
