import { msg, str } from "@lit/localize";
import type { BackupModule } from "../../core/library/backup.ts";
import { History } from "../../core/modules/history.ts";
import type { Module } from "../../core/schema/module.ts";
import { asStored, type OwnEntry } from "./module-entry.ts";
import { summaryOf, type ModuleSummary } from "./module-summary.ts";

/** What a tab holds in memory: the shipped modules, the trainer's own (kept by the saver) and their undo histories. */
export class ModuleMemory {
  readonly shipped = new Map<string, Module>();
  readonly histories = new Map<string, History<Module>>();

  /** @param own the trainer's modules as the saver keeps them. */
  constructor(readonly own: ReadonlyMap<string, OwnEntry>) {}

  /** The module as this tab has it: the own version, else the shipped one. */
  current(id: string): Module | undefined {
    return this.own.get(id)?.module ?? this.shipped.get(id);
  }

  require(id: string): Module {
    const module = this.current(id);
    if (!module) throw new Error(msg(str`There is no module "${id}".`));
    return module;
  }

  history(id: string, present: Module): History<Module> {
    let history = this.histories.get(id);
    if (!history) this.histories.set(id, (history = new History(present)));
    return history;
  }

  /** Own modules and copies (latest first), then shipped ones not shadowed by a copy (by title). */
  list(): ModuleSummary[] {
    const own = [...this.own].map(([id, e]) => summaryOf(id, e.module, e.origin, e.updatedAt));
    own.sort((a, b) => (b.updatedAt ?? "").localeCompare(a.updatedAt ?? "") || a.title.localeCompare(b.title));
    const shipped = [...this.shipped].filter(([id]) => !this.own.has(id)).map(([id, m]) => summaryOf(id, m, "shipped"));
    shipped.sort((a, b) => a.title.localeCompare(b.title));
    return [...own, ...shipped];
  }

  /** The personal library for a backup file, in id order. */
  backupModules(): BackupModule[] {
    const modules = [...this.own].flatMap(([id, entry]): BackupModule[] => {
      // A version that is not a valid module file yet would make the backup unrestorable: take the stored one.
      const onScreen = asStored(entry.module, id);
      const text = onScreen.error ? entry.stored?.text : onScreen.text;
      if (text === undefined) return [];
      const { basedOnVersion } = entry;
      return [
        {
          id,
          origin: entry.origin,
          text,
          revision: entry.stored?.revision ?? 0,
          updatedAt: entry.updatedAt,
          ...(basedOnVersion ? { basedOnVersion } : {}),
        },
      ];
    });
    return modules.sort((a, b) => a.id.localeCompare(b.id));
  }
}
