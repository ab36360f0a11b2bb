/**
 * Handout benchmark (`npm run bench`): prints figures, asserts nothing.
 * The largest starter session's trainer guide, rendered in Node: pages per second, peak memory,
 * and the time our builder takes against pdfmake's own rendering.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { buildHandout } from "../src/core/handout/build-handout.ts";
import { renderPdf } from "../src/cli/render-pdf.ts";
import { readPdf } from "../tests/pdf-text.ts";
import { root, sources, starterSession, template } from "../tests/core/handout/fixtures.ts";

const names = readdirSync(join(root, "templates", "sessions")).map((f) => f.replace(/\.yaml$/, ""));
const largest = names
  .map((n) => ({ n, excerpts: starterSession(n).slots.reduce((k, s) => k + (s.kind === "module" ? s.module.body.length : 0), 0) }))
  .sort((a, b) => b.excerpts - a.excerpts)[0]!.n;

const session = starterSession(largest);
const tpl = template();
// Warm up once (font loading, JIT), then measure several runs.
await renderPdf(buildHandout({ session, template: tpl, edition: "trainer", sources }).definition);

const runs = 5;
let buildMs = 0;
let renderMs = 0;
let pages = 0;
let peakRss = 0;
const timer = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 5);
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  const handout = buildHandout({ session, template: tpl, edition: "trainer", sources });
  const t1 = performance.now();
  const bytes = await renderPdf(handout.definition);
  const t2 = performance.now();
  buildMs += t1 - t0;
  renderMs += t2 - t1;
  if (i === 0) pages = (await readPdf(bytes)).numPages;
}
clearInterval(timer);
const build = buildMs / runs;
const render = renderMs / runs;
console.log(`Handout: ${largest}, trainer guide, ${pages} pages (mean of ${runs} runs)`);
console.log(
  `  total ${(build + render).toFixed(0)} ms → ${(pages / ((build + render) / 1000)).toFixed(1)} pages/s (target: a 40-page guide in ≤ 1.5 s)`,
);
console.log(
  `  our builder ${build.toFixed(0)} ms (incl. verifying every excerpt), pdfmake ${render.toFixed(0)} ms: builder = ${((build / render) * 100).toFixed(1)} % of pdfmake's time (target ≤ 20 %)`,
);
console.log(`  peak RSS ${(peakRss / 1024 / 1024).toFixed(0)} MB`);
