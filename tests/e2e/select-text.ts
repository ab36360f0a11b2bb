import { expect } from "vitest";
import type { Page } from "playwright-core";

/** Selects `sentence` in the reader's passage at `locator` with the mouse, from its first character to its last, as a trainer does. */
export async function selectSentence(page: Page, locator: string, sentence: string): Promise<void> {
  const passage = page.locator(`sb-passage[data-locator="${locator}"]`);
  await passage.waitFor();
  const box = await passage.evaluate((el, text) => {
    for (const span of el.shadowRoot!.querySelectorAll("span[data-at]")) {
      // Lit leaves comment markers beside the text: take the span's text node itself.
      const node = [...span.childNodes].find((n) => n.nodeType === Node.TEXT_NODE) as Text | undefined;
      const at = node?.data.indexOf(text) ?? -1;
      if (!node || at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 1);
      const first = range.getClientRects()[0]!;
      range.setStart(node, at + text.length - 1);
      range.setEnd(node, at + text.length);
      const last = range.getClientRects()[0]!;
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 0.5, y2: last.top + last.height / 2 };
    }
    return undefined;
  }, sentence);
  expect(box).toBeDefined();
  await page.mouse.move(box!.x1, box!.y1);
  await page.mouse.down();
  await page.mouse.move(box!.x2, box!.y2, { steps: 8 });
  await page.mouse.up();
}
