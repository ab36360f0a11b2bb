import { describe, expect, test } from "vitest";
import { addButtonPlace } from "../../../src/ui/sb-source-reader/add-button-place.ts";

const button = { width: 140, height: 34 };
const overlaps = (a: { top: number; left: number }, b: { top: number; bottom: number; left: number; right: number }) =>
  a.left < b.right && b.left < a.left + button.width && a.top < b.bottom && b.top < a.top + button.height;

describe("where the 'Add to module…' button goes", () => {
  // Two selected lines of a 26 px line height, then the next line.
  const selection = { top: 400, bottom: 452, left: 300, right: 500 };
  const nextLine = { top: 452, bottom: 478, left: 200, right: 760 };

  test("on a wide screen, beside the text column at the selection's last line", () => {
    const place = addButtonPlace(selection, 760, button, { width: 1280, height: 900 });
    expect(place).toEqual({ top: 452 - 34, left: 768 });
    expect(overlaps(place, selection) || overlaps(place, nextLine)).toBe(false);
  });

  test("on a phone, above the selection, kept on screen", () => {
    const place = addButtonPlace({ ...selection, left: 300 }, 374, button, { width: 390, height: 844 });
    expect(place).toEqual({ top: 400 - 34 - 8, left: 390 - 140 - 8 });
    expect(overlaps(place, selection) || overlaps(place, nextLine)).toBe(false);
  });

  test("when the selection starts at the top of the screen, in the bottom corner", () => {
    const place = addButtonPlace({ top: 10, bottom: 62, left: 16, right: 300 }, 374, button, { width: 390, height: 844 });
    expect(place).toEqual({ top: 844 - 34 - 8, left: 390 - 140 - 8 });
  });
});
