import { ContentError } from "../files/yaml-file.ts";
import type { Module, BodyNode } from "../schema/module.ts";
import type { Session } from "../schema/session.ts";
import { nounFor, plural } from "../text/plural.ts";
import { pacingWarnings } from "./session-pacing.ts";
import { sectionTitles, type Slot } from "./slot.ts";

export type { Slot } from "./slot.ts";
export { sectionTitles } from "./slot.ts";

/** A session with its modules resolved, its times worked out, and its warnings. */
export interface AssembledSession {
  session: Session;
  slots: Slot[];
  totalMinutes: number;
  end: string;
  warnings: string[];
}

/**
 * Resolves a session's agenda against the module library: the modules (or their chosen
 * sections), start and end times, the total, and a warning when the agenda overruns.
 * Unknown modules, unknown sections and modules not written for the audience are errors.
 */
export function assembleSession(
  session: Session,
  modules: ReadonlyMap<string, Module>,
  file: string,
  lineAt: (path: PropertyKey[]) => number | undefined = () => undefined,
): AssembledSession {
  const slots: Slot[] = [];
  const warnings: string[] = [];
  let clock = toMinutes(session.start);
  session.agenda.forEach((item, i) => {
    const start = fromMinutes(clock);
    clock += item.minutes;
    const end = fromMinutes(clock);
    if ("break" in item) {
      slots.push({ kind: "break", item, start, end, minutes: item.minutes });
      return;
    }
    const module = modules.get(item.module);
    if (!module) {
      const known = [...modules.keys()].sort().join(", ");
      throw new ContentError(
        file,
        lineAt(["agenda", i, "module"]),
        `agenda[${i}].module`,
        `no module "${item.module}" (modules: ${known})`,
      );
    }
    if (!module.meta.audiences.includes(session.audience)) {
      throw new ContentError(
        file,
        lineAt(["agenda", i, "module"]),
        `agenda[${i}].module`,
        `"${item.module}" is not written for ${session.audience} (it serves ${module.meta.audiences.join(", ")})`,
      );
    }
    const chosen = item.sections
      ? onlySections(module, item.sections, (title, k) => {
          const titles = sectionTitles(module)
            .map((t) => `"${t}"`)
            .join(", ");
          return new ContentError(
            file,
            lineAt(["agenda", i, "sections", k]),
            `agenda[${i}].sections[${k}]`,
            `"${item.module}" has no section "${title}" (sections: ${titles})`,
          );
        })
      : module;
    const objectives = item.objectives?.map((n, k) => {
      const objective = module.meta.objectives[n - 1];
      if (objective === undefined)
        throw new ContentError(
          file,
          lineAt(["agenda", i, "objectives", k]),
          `agenda[${i}].objectives[${k}]`,
          `"${item.module}" has no objective ${n} (it has ${module.meta.objectives.length})`,
        );
      return objective;
    });
    if (item.minutes < module.meta.minutes && !item.sections) {
      warnings.push(`${item.module} is planned for ${plural(module.meta.minutes, "minute")} but has ${item.minutes} in the agenda.`);
    }
    const printed = objectives ? { ...chosen, meta: { ...chosen.meta, objectives } } : chosen;
    slots.push({ kind: "module", item, module: printed, start, end, minutes: item.minutes });
  });
  warnings.push(...listedTwice(slots), ...pacingWarnings(slots, modules));
  const totalMinutes = clock - toMinutes(session.start);
  if (totalMinutes > session.length) {
    warnings.unshift(
      `The agenda runs ${plural(totalMinutes, "minute")}, ${totalMinutes - session.length} over the session's ${session.length}.`,
    );
  }
  return { session, slots, totalMinutes, end: fromMinutes(clock), warnings };
}

/**
 * A warning for each agenda item that repeats a module already listed (whole, or with a section in
 * common), naming the module and both items: a trainer adding modules one by one easily adds one twice.
 */
export function listedTwice(slots: readonly Slot[]): string[] {
  const warnings: string[] = [];
  const place = (i: number) => `${i + 1} (${slots[i]!.start}–${slots[i]!.end})`;
  slots.forEach((later, j) => {
    if (later.kind !== "module") return;
    const i = slots.findIndex(
      (earlier, k) =>
        k < j && earlier.kind === "module" && earlier.item.module === later.item.module && shared(earlier, later) !== undefined,
    );
    if (i < 0) return;
    const common = shared(slots[i] as ModuleSlot, later)!;
    const sections = common.length === 0 ? "" : ` both have the ${nounFor(common.length, "section")} ${listed(common)}`;
    warnings.push(`“${later.module.meta.title}” is on the agenda twice: items ${place(i)} and ${place(j)}${sections}.`);
  });
  return warnings;
}

type ModuleSlot = Extract<Slot, { kind: "module" }>;

/** The sections two items of one module both include ([] when both are whole); undefined when they have none in common. */
function shared(a: ModuleSlot, b: ModuleSlot): string[] | undefined {
  if (!a.item.sections && !b.item.sections) return [];
  const common = sectionTitles(a.module).filter((t) => sectionTitles(b.module).includes(t));
  return common.length > 0 ? common : undefined;
}

/** “A”, “B” and “C”. */
function listed(titles: string[]): string {
  const quoted = titles.map((t) => `“${t}”`);
  return quoted.length === 1 ? quoted[0]! : `${quoted.slice(0, -1).join(", ")} and ${quoted.at(-1)}`;
}

/** The module cut down to the named sections (in the module's order). */
function onlySections(module: Module, titles: string[], missing: (title: string, index: number) => Error): Module {
  const all = sectionTitles(module);
  titles.forEach((t, k) => {
    if (!all.includes(t)) throw missing(t, k);
  });
  const body: BodyNode[] = [];
  let keep = false;
  for (const node of module.body) {
    if (node.kind === "section") keep = titles.includes(node.title);
    if (keep) body.push(node);
  }
  return { ...module, body };
}

export function toMinutes(clock: string): number {
  const [h, m] = clock.split(":").map(Number);
  return h! * 60 + m!;
}

/** "09:00" + 75 → "10:15"; past midnight wraps (a session never should). */
export function fromMinutes(total: number): string {
  const t = ((total % 1440) + 1440) % 1440;
  return `${String(Math.floor(t / 60)).padStart(2, "0")}:${String(t % 60).padStart(2, "0")}`;
}
