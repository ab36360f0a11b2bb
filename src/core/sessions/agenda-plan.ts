import { ContentError } from "../files/yaml-file.ts";
import type { Module } from "../schema/module.ts";
import type { AgendaItem, Session } from "../schema/session.ts";
import { assembleSession, listedTwice, sectionTitles } from "./assemble-session.ts";

/** One agenda item as the builder shows it: its times (from assembleSession), what it is, and what is wrong with it. */
export interface PlannedItem {
  item: AgendaItem;
  start: string;
  end: string;
  title: string;
  /** For a module: its sections, and the module cut to the chosen ones (for the edition preview). */
  allSections?: string[];
  /** For a module: all its objectives, numbered from 1 in this order (the item chooses among them). */
  allObjectives?: string[];
  module?: Module;
  /** Why the item cannot be printed as it is (unknown module, not for this audience, unknown section). */
  problem?: string;
}

export interface AgendaPlan {
  items: PlannedItem[];
  totalMinutes: number;
  end: string;
  /** The overrun warning, when the agenda runs past the session's length. */
  overrun?: string;
  /** A warning for each module listed twice (whole, or with a section in common). */
  repeats: string[];
  /** Every other warning of assembleSession (a module given less time than it is planned for). */
  notes: string[];
}

/**
 * The session's agenda placed in time by `assembleSession`, without throwing: an item it refuses
 * keeps its place and minutes (as a stand-in break) and carries the reason, so the rest still shows.
 */
export function planAgenda(session: Session, modules: ReadonlyMap<string, Module>): AgendaPlan {
  const agenda = [...session.agenda];
  const problems = new Map<number, string>();
  for (;;) {
    try {
      const assembled = assembleSession({ ...session, agenda }, modules, "session");
      const overrun = assembled.totalMinutes > session.length ? assembled.warnings[0] : undefined;
      const repeats = listedTwice(assembled.slots);
      return {
        items: assembled.slots.map((slot, i) =>
          describe(session.agenda[i]!, slot.start, slot.end, slot.kind === "module" ? slot.module : undefined, problems.get(i), modules),
        ),
        totalMinutes: assembled.totalMinutes,
        end: assembled.end,
        ...(overrun ? { overrun } : {}),
        repeats,
        notes: assembled.warnings.filter((w) => w !== overrun && !repeats.includes(w)).map((w) => withTitle(w, modules)),
      };
    } catch (error) {
      const at = error instanceof ContentError ? /^agenda\[(\d+)\]/.exec(error.field ?? "") : null;
      const i = at ? Number(at[1]) : -1;
      if (!(error instanceof ContentError) || i < 0 || problems.has(i)) throw error;
      problems.set(i, error.problem);
      agenda[i] = { break: "(cannot be placed)", minutes: agenda[i]!.minutes };
    }
  }
}

function describe(
  item: AgendaItem,
  start: string,
  end: string,
  chosen: Module | undefined,
  problem: string | undefined,
  modules: ReadonlyMap<string, Module>,
): PlannedItem {
  if ("break" in item) return { item, start, end, title: item.break };
  const whole = modules.get(item.module);
  return {
    item,
    start,
    end,
    title: whole?.meta.title ?? item.module,
    ...(whole ? { allSections: sectionTitles(whole), allObjectives: whole.meta.objectives } : {}),
    ...(chosen ? { module: chosen } : {}),
    ...(problem ? { problem } : {}),
  };
}

/** "identifying-victims is planned for …" → "“Identifying child victims …” is planned for …". */
function withTitle(warning: string, modules: ReadonlyMap<string, Module>): string {
  const id = warning.slice(0, warning.indexOf(" "));
  const title = modules.get(id)?.meta.title;
  return title ? `“${title}”${warning.slice(id.length)}` : warning;
}

/** "3 h 45 min", "50 min". */
export function duration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return h === 0 ? `${m} min` : m === 0 ? `${h} h` : `${h} h ${m} min`;
}
