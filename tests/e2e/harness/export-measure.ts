// Node-side measuring for tests/e2e/browser-export.test.ts: a Chromium trace read for its longest tasks, axe-core,
// and the export panel harness built for production.
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Page } from "playwright-core";
import { build, type Manifest } from "vite";

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  args?: { name?: string; data?: { frames?: { url: string; processId: number }[] } };
}

/** The trace categories `longestTasks` needs. */
export const TRACE_CATEGORIES = ["disabled-by-default-devtools.timeline", "__metadata"];

/** The longest task (ms) on the renderer main thread of the page at `pageUrlPart`, and on its worker threads, from a Chromium trace. */
export function longestTasks(trace: Buffer, pageUrlPart: string): { main: number; worker: number } {
  const events = (JSON.parse(trace.toString("utf8")) as { traceEvents: TraceEvent[] }).traceEvents;
  const pid = events.flatMap((e) => e.args?.data?.frames ?? []).find((f) => f.url.includes(pageUrlPart))?.processId;
  if (pid === undefined) throw new Error(`The trace has no frame at ${pageUrlPart}.`);
  const thread = (name: string) =>
    new Set(events.filter((e) => e.ph === "M" && e.pid === pid && e.name === "thread_name" && e.args?.name === name).map((e) => e.tid));
  const longest = (tids: Set<number>) =>
    Math.max(0, ...events.filter((e) => e.name === "RunTask" && e.pid === pid && tids.has(e.tid)).map((e) => (e.dur ?? 0) / 1000));
  return { main: longest(thread("CrRendererMain")), worker: longest(thread("DedicatedWorker thread")) };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** axe-core's WCAG 2 A/AA serious and critical violations on the page, shadow roots included. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol: the page's CSP (rightly) refuses inline scripts.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: Document,
            opts: object,
          ): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: unknown[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)),
    }));
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.targets.join(", ")}`);
}

export interface HarnessBuild {
  outDir: string;
  /** The chunks the page loads up front (its entry and static imports). */
  initial: string[];
  /** The worker files emitted as assets of the page. */
  workers: string[];
  /** Every JavaScript file of the build. */
  chunks: string[];
  /** Gzipped bytes of a file of the build. */
  gzip(file: string): number;
  /** Whether a file of the build holds pdfmake (its PDFKit or its fonts). */
  holdsPdfmake(file: string): boolean;
}

/** Builds one harness page for production, as the app would be built, into a temporary folder (the caller removes it). */
export async function buildHarness(root: string, page: string): Promise<HarnessBuild> {
  const outDir = mkdtempSync(join(tmpdir(), "sb-export-build-"));
  await build({
    root,
    configFile: join(root, "vite.config.ts"),
    logLevel: "error",
    build: { outDir, emptyOutDir: true, manifest: true, sourcemap: false, rollupOptions: { input: join(root, page) } },
  });
  const manifest = JSON.parse(readFileSync(join(outDir, ".vite", "manifest.json"), "utf8")) as Manifest;
  const entry = manifest[page]!;
  const read = (file: string) => readFileSync(join(outDir, file));
  return {
    outDir,
    initial: [entry.file, ...(entry.imports ?? []).map((k) => manifest[k]!.file)],
    workers: (entry.assets ?? []).filter((a) => a.endsWith(".js")),
    chunks: readdirSync(join(outDir, "assets"))
      .filter((f) => f.endsWith(".js"))
      .map((f) => `assets/${f}`),
    gzip: (file) => gzipSync(read(file)).length,
    holdsPdfmake: (file) => /PDFDocument|pdfkit|Roboto-Regular\.ttf/.test(read(file).toString("utf8")),
  };
}
