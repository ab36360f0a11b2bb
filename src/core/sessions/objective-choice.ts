import type { ModuleItem } from "../schema/session.ts";

/** The objectives (numbered from 1) an agenda item prints: the ones it names, or all `count` of the module's. */
export function chosenObjectives(item: ModuleItem, count: number): number[] {
  const all = Array.from({ length: count }, (_, i) => i + 1);
  return item.objectives ? all.filter((n) => item.objectives!.includes(n)) : all;
}

/**
 * The item with objective `n` ticked or not, as the session file has it: the numbers in order, and
 * no `objectives` at all once every one is ticked ("all", as a file without the field means). The
 * last ticked objective cannot be unticked: an item prints at least one (the file format's rule).
 */
export function withObjective(item: ModuleItem, n: number, ticked: boolean, count: number): ModuleItem {
  const now = new Set(chosenObjectives(item, count));
  if (ticked) now.add(n);
  else if (now.size > 1) now.delete(n);
  const numbers = chosenObjectives({ ...item, objectives: [...now] }, count);
  const { objectives: _old, ...rest } = item;
  return numbers.length === count ? rest : { ...rest, objectives: numbers };
}
