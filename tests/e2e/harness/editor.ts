// Mounts <sb-module-editor> alone, over the real module store (IndexedDB) or, with ?store=memory, an
// in-memory one that can be told to fail; the Verifier is the real one over the bundled sources.
import { ContextProvider } from "@lit/context";
import { libraryContext, moduleStoreContext, verifierContext } from "../../../src/app/contexts.ts";
import { bundledLibrary } from "../../../src/app/library-store.ts";
import { Verifier } from "../../../src/app/verifier.ts";
import { parseModule } from "../../../src/core/modules/parse-module.ts";
import type { Module } from "../../../src/core/schema/module.ts";
import "../../../src/ui/sb-module-editor/sb-module-editor.ts";
import { bundledModuleFiles, IdbModuleStore } from "../../../src/app/module-store.ts";
import type { ModuleStore } from "../../../src/app/module-store-api.ts";
import { ModuleDb } from "../../../src/app/persistence/module-db.ts";
import { serializeModule } from "../../../src/core/modules/serialize-module.ts";
import { MemoryModuleStore } from "./memory-store.ts";
import shipped from "../../../modules/child-sensitive-interviewing.md?raw";

/** A small module: two sections, a note, a verified excerpt, a trainer note and a checklist. */
const SAMPLE = `---
id: sample
title: Questioning child victims
summary: What the UN report found about how child victims were questioned.
version: 1
audiences: [police, judicial]
topics: [interviewing, child-victims]
minutes: 45
objectives:
  - Describe how child victims were questioned
  - Plan a statement that protects the child
review: {status: draft}
---

## What the reports found

The UN Special Rapporteur visited Kyrgyzstan in April 2013.

:::excerpt un-hrc-25-48-add1 "para. 75"
Children are interrogated by police officers and give their statements in the same way as
adults, in public areas of police stations, with little regard for their privacy or specific
needs.
:::

:::trainer
Read the excerpt aloud, then ask who has seen this.
:::

## What to do

:::checklist Before the statement
- Take the child out of public areas.
- Ask whether the child would rather speak to a woman.
:::

:::keypoints
- A child victim is not a suspect.
:::
`;

interface Harness {
  store: ModuleStore;
  /** Every sb-module-export seen, in order. */
  exports: string[];
  /** Puts a module in the store and opens it in the editor. */
  open(module: Module): Promise<void>;
  /** The module file as the store would save it, and the problems parseModule finds in it. */
  saved(id: string): { text: string; errors: string[]; module?: Module };
}

const library = bundledLibrary();
const params = new URLSearchParams(location.search);
const memory = params.get("store") === "memory" ? new MemoryModuleStore() : undefined;
const store: ModuleStore = memory ?? new IdbModuleStore(bundledModuleFiles(), ModuleDb.open());
if (memory) {
  for (const [text, file] of [
    [SAMPLE, "sample.md"],
    [shipped, "child-sensitive-interviewing.md"],
  ] as const) {
    const parsed = parseModule(text, file);
    if (!parsed.module || parsed.errors.length) throw new Error(parsed.errors.map((e) => e.message).join("\n"));
    memory.put(parsed.module);
  }
} else {
  const imported = await store.importModule("sample.md", SAMPLE);
  if ("error" in imported) throw new Error(imported.error);
}

const host = document.querySelector<HTMLElement>("#host")!;
new ContextProvider(host, { context: libraryContext, initialValue: library });
new ContextProvider(host, { context: moduleStoreContext, initialValue: store });
new ContextProvider(host, { context: verifierContext, initialValue: new Verifier(library) });
const editor = document.createElement("sb-module-editor");
editor.moduleId = params.get("module") ?? "sample";
host.append(editor);

const harness: Harness = {
  store,
  exports: [],
  async open(module) {
    // The memory store takes any module as it is (even one no file could hold); the real one imports the file.
    if (memory) memory.put(module);
    else {
      const imported = await store.importModule(`${module.meta.id}.md`, serializeModule(module));
      if ("error" in imported) throw new Error(imported.error);
    }
    editor.moduleId = module.meta.id;
  },
  saved(id) {
    const text = store.text(id) ?? "";
    const parsed = parseModule(text, `${id}.md`);
    return { text, errors: parsed.errors.map((e) => e.message), module: parsed.module };
  },
};
(window as unknown as { harness: Harness }).harness = harness;
document.addEventListener("sb-module-export", (event) => harness.exports.push(event.detail.id));
