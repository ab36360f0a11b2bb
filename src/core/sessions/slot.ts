import type { Module, SectionNode } from "../schema/module.ts";
import type { BreakItem, ModuleItem } from "../schema/session.ts";

/** An agenda item placed in time. */
export type Slot =
  | { kind: "module"; item: ModuleItem; module: Module; start: string; end: string; minutes: number }
  | { kind: "break"; item: BreakItem; start: string; end: string; minutes: number };

export function sectionTitles(module: Module): string[] {
  return module.body.filter((n): n is SectionNode => n.kind === "section").map((n) => n.title);
}
