import { join } from "node:path";
import { expect, test } from "vitest";
import { measureBundle } from "../../bench/bundle-size.ts";

// A size budget, not a timer: the bytes a trainer's browser downloads before the first screen.
test("the initial JavaScript is at most 150 KB gzipped and holds no pdfmake", async () => {
  const report = await measureBundle(join(import.meta.dirname, "..", ".."));
  expect(report.pdfmakeInInitial).toBe(false);
  expect(report.initialGzip).toBeLessThanOrEqual(150 * 1024);
}, 180_000);
