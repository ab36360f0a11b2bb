import type { Excerpt } from "../core/citations/anchor.ts";
import type { BackupSource } from "../core/library/backup.ts";
import type { NewExcerpt } from "../core/modules/module-edits.ts";
import type { Audience, Module } from "../core/schema/module.ts";
import type { ModuleSummary } from "./persistence/module-summary.ts";
import type { SaveState } from "./persistence/save-messages.ts";

/**
 * The trainer's module library as the UI sees it. Shipped modules (from `modules/`) are
 * read-only; editing one makes the trainer's own copy under the same id, which then shadows it.
 * Every change is saved to IndexedDB at once; `change` events tell the UI to re-read.
 */
export interface ModuleStore extends EventTarget {
  /** Resolves when the stored modules have been read. */
  readonly ready: Promise<void>;
  /** Every module: own modules and copies first, then shipped ones not shadowed by a copy. */
  list(): ModuleSummary[];
  /** The module as last saved (own copy if there is one). */
  get(id: string): Module | undefined;
  /** The module file text (the format of issue 3). */
  text(id: string): string | undefined;
  /**
   * Makes a new own module with a fresh id from the title, an empty summary, no objectives and one section
   * (`section`, else "Introduction"); returns the id.
   */
  create(title: string, audiences?: Audience[], section?: string): Promise<string>;
  /** Makes an own copy of any module under a new id ("… (copy)"); returns the new id. */
  duplicate(id: string): Promise<string>;
  /** Deletes an own module (or the own copy of a shipped one, revealing the shipped one); returns a token for undo. */
  remove(id: string): Promise<string>;
  /** Brings back what `remove` took away. */
  undoRemove(token: string): Promise<void>;
  /** Replaces a module's content and saves it at once (an edit of a shipped module creates the own copy). */
  update(id: string, module: Module): Promise<void>;
  /** Adds an anchored excerpt, with any cautions acknowledged, to the end of a section (a new section when `section` is not found). */
  addExcerpt(id: string, section: string, excerpt: Excerpt & Pick<NewExcerpt, "acknowledge">): Promise<void>;
  undo(id: string): Promise<void>;
  redo(id: string): Promise<void>;
  canUndo(id: string): boolean;
  canRedo(id: string): boolean;
  /** What the trainer is told about the last save of a module. */
  saveState(id: string): SaveState;
  /** Imports a module file; a bad file is refused with `file:line: field: problem` and changes nothing. */
  importModule(fileName: string, text: string): Promise<{ id: string } | { error: string }>;
  /** The module file to download. */
  exportModule(id: string): { fileName: string; text: string };
  /** The whole personal library (own modules and copies, and the sources added in the workbench) as one file that restores exactly. */
  backup(sources?: readonly BackupSource[]): { fileName: string; text: string };
  /** Restores a backup's modules, and hands back its sources to be added; a bad backup is refused with the reason and changes nothing. */
  restore(fileName: string, text: string): Promise<RestoreResult>;
  /** Writes anything pending (called on `pagehide`). */
  flush(): Promise<void>;
  /**
   * Registers an editor's flush: as the page goes or is hidden, the store calls it before it
   * journals, and it must put what is being typed into the store synchronously (through `update`).
   * Returns the way to unregister.
   */
  holdDrafts(flush: () => void): () => void;
}

export type { ModuleSummary } from "./persistence/module-summary.ts";
export type { SaveState } from "./persistence/save-messages.ts";

/** A backup restored: how many modules, and the added sources it carried (for the library to add). */
export type RestoreResult = { restored: number; sources?: BackupSource[] } | { error: string };
