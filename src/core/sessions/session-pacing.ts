import type { Module } from "../schema/module.ts";
import { sectionTitles, type Slot } from "./slot.ts";
import { sectionMinutes } from "./section-minutes.ts";
import { plural } from "../text/plural.ts";

/** A break at least this often, as training days for practitioners are planned (issue 13). */
export const MAX_MINUTES_WITHOUT_BREAK = 120;

/**
 * Warnings about a day that does not work as training: long stretches without a break, a slot
 * given far more minutes than its sections need by the module's own time plan, and a part of a
 * module that prints every objective of the whole without saying which ones it delivers.
 */
export function pacingWarnings(slots: readonly Slot[], modules: ReadonlyMap<string, Module>): string[] {
  const parts = slots.filter((slot): slot is ModuleSlot => slot.kind === "module");
  const whole = (slot: ModuleSlot) => modules.get(slot.item.module) ?? slot.module;
  return [
    ...withoutBreak(slots),
    ...parts.flatMap((slot) => overAllocated(slot, whole(slot))),
    ...parts.flatMap((slot) => objectivesLeftOut(slot, sectionTitles(whole(slot)))),
  ];
}

function withoutBreak(slots: readonly Slot[]): string[] {
  const warnings: string[] = [];
  let from = 0;
  slots.forEach((slot, i) => {
    if (slot.kind === "break") {
      from = i + 1;
      return;
    }
    const run = slots.slice(from, i + 1);
    const minutes = run.reduce((sum, s) => sum + s.minutes, 0);
    const next = slots[i + 1];
    // Warn once per stretch, at its end.
    if (minutes > MAX_MINUTES_WITHOUT_BREAK && (!next || next.kind === "break"))
      warnings.push(
        `${plural(minutes, "minute")} pass without a break, ${run[0]!.start}–${slot.end} (${run.length === 1 ? `item ${from + 1}` : `items ${from + 1}–${i + 1}`}): plan a break at least every ${MAX_MINUTES_WITHOUT_BREAK} minutes.`,
      );
  });
  return warnings;
}

type ModuleSlot = Extract<Slot, { kind: "module" }>;

/** The slot's sections, estimated from the whole module's time plan (the cut module has lost the rest of it). */
function overAllocated(slot: ModuleSlot, whole: Module): string[] {
  const planned = sectionMinutes(whole);
  const needed = Math.round(sectionTitles(slot.module).reduce((sum, title) => sum + (planned.get(title) ?? 0), 0));
  if (slot.minutes <= needed * 1.5 || slot.minutes - needed < 15) return [];
  const what = slot.item.sections ? `its ${plural(slot.item.sections.length, "chosen section")}` : "the whole module";
  return [
    `“${slot.module.meta.title}” has ${plural(slot.minutes, "minute")} in the agenda, but its time plan gives ${what} about ${needed}: shorten the item or add sections.`,
  ];
}

function objectivesLeftOut(slot: ModuleSlot, allSections: string[]): string[] {
  const chosen = slot.item.sections;
  if (!chosen || chosen.length >= allSections.length || slot.item.objectives) return [];
  const n = slot.module.meta.objectives.length;
  return [
    `“${slot.module.meta.title}” takes ${chosen.length} of its ${allSections.length} sections but prints all ${plural(n, "objective")}: name the ones these sections deliver with objectives: (their numbers) in the agenda item.`,
  ];
}
