// Mounts <sb-export-panel> alone, over the real module and session stores (IndexedDB, the bundled modules and
// starter sessions) and the real WorkerHandoutExporter; records the progress stages, the main thread's long tasks and every export.
import "../../../src/app/zod-config.ts";
import { ContextProvider } from "@lit/context";
import { handoutExporterContext, moduleStoreContext, sessionStoreContext } from "../../../src/app/contexts.ts";
import type { HandoutExporter } from "../../../src/app/handout-export-api.ts";
import { WorkerHandoutExporter } from "../../../src/app/handout-exporter.ts";
import { bundledModuleStore } from "../../../src/app/module-store.ts";
import { bundledSessionStore } from "../../../src/app/session-store.ts";
import * as edits from "../../../src/core/modules/module-edits.ts";
import { bundledLibrary } from "../../../src/app/library-store.ts";
import { verifyQuote } from "../../../src/core/citations/verify.ts";
import "../../../src/ui/sb-export-panel/sb-export-panel.ts";
import { stageText } from "../../../src/ui/sb-export-panel/export-choices.ts";

const params = new URLSearchParams(location.search);
const modules = bundledModuleStore();
modules.connect();
const sessions = bundledSessionStore();
sessions.connect();
const worker = new WorkerHandoutExporter();
const library = bundledLibrary();
/** Every progress stage the panel was told of, in order, in the words it shows. */
const stages: string[] = [];
const exporter: HandoutExporter = {
  export: (job, onProgress, signal) => worker.export(job, (p) => (stages.push(stageText(p.stage)), onProgress(p)), signal),
  draftReasons: (job) => worker.draftReasons(job),
};

/** Long tasks (over 50 ms) on this page's main thread while watching, in ms. */
const longTasks: number[] = [];
let observer: PerformanceObserver | undefined;

const harness = {
  modules,
  sessions,
  exporter: worker,
  edits,
  exported: [] as { fileName: string; pages: number; draftReasons: string[] }[],
  stages,
  /** Starts recording long tasks afresh (the Long Tasks API). */
  watchLongTasks() {
    longTasks.length = 0;
    observer?.disconnect();
    observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push(entry.duration);
    });
    observer.observe({ type: "longtask", buffered: false });
  },
  /** Stops watching; the long tasks seen, in ms. */
  stopWatching(): number[] {
    observer?.disconnect();
    return [...longTasks];
  },
  /** The ids of the modules a session's agenda names. */
  async modulesOf(sessionId: string): Promise<string[]> {
    await sessions.ready;
    return [...new Set(sessions.get(sessionId)!.agenda.flatMap((item) => ("module" in item ? [item.module] : [])))];
  },
  /** Acknowledges every caution of the modules' excerpts (acknowledge= the kinds each has), as an author who checked them would. */
  async acknowledgeCautions(ids: string[]) {
    await modules.ready;
    for (const id of ids) {
      let module = modules.get(id)!;
      for (const [i, node] of module.body.entries()) {
        if (node.kind !== "excerpt") continue;
        const verdict = verifyQuote(await library.open(node.sourceId), node.quote, { locator: node.locator });
        const acknowledge = [...new Set(verdict.cautions.map((c) => c.kind))];
        if (acknowledge.length > 0) module = edits.replaceNode(module, i, { ...node, acknowledge });
      }
      await modules.update(id, module);
    }
  },
  /** Sets modules to a review state through the module store, as a reviewer would. */
  async review(ids: string[], status: "approved" | "changes-requested" | "draft", comment?: string) {
    await modules.ready;
    for (const id of ids) {
      const review =
        status === "draft" ? { status } : { status, reviewer: "R. Reviewer", date: "2026-11-30", ...(comment ? { comment } : {}) };
      await modules.update(id, edits.setMeta(modules.get(id)!, { review }));
    }
  },
};
declare global {
  interface Window {
    exportHarness: typeof harness;
  }
}
window.exportHarness = harness;
document.addEventListener("sb-handout-exported", (event) => harness.exported.push(event.detail));

const host = document.querySelector<HTMLElement>("#host")!;
new ContextProvider(host, { context: moduleStoreContext, initialValue: modules });
new ContextProvider(host, { context: sessionStoreContext, initialValue: sessions });
new ContextProvider(host, { context: handoutExporterContext, initialValue: exporter });
const panel = document.createElement("sb-export-panel");
panel.sessionId = params.get("session") ?? "police-induction";
host.append(panel);
