import type { BodyNode, Module } from "../schema/module.ts";

/**
 * "Timing: 15 minutes." or "Timing: about 20 minutes …" on a line of a trainer note; not
 * "Timing: 25 minutes for the exercise", which the exercise's own minutes already count.
 */
const TIMING = /^\s*Timing:\s*(?:this section\s+)?(?:about\s+)?(\d+)\s+minutes?\b(?!\s+for the exercise)/im;

/**
 * Minutes the module's own time plan gives each section: its trainer notes' "Timing: N minutes"
 * or its exercises' minutes, whichever is more (a note in an exercise's section times the
 * exercise); the rest of the module's minutes shared equally among the sections with something
 * to teach and no timing of their own. A section of only trainer notes or checks needs none.
 */
export function sectionMinutes(module: Module): Map<string, number> {
  const sections: { title: string; notes?: number; exercises?: number; teaches: boolean }[] = [];
  for (const node of module.body) {
    if (node.kind === "section") {
      sections.push({ title: node.title, teaches: false });
      continue;
    }
    const section = sections.at(-1);
    if (!section) continue;
    if (node.kind === "exercise") section.exercises = (section.exercises ?? 0) + node.minutes;
    const timing = node.kind === "trainer" ? TIMING.exec(node.body) : null;
    if (timing) section.notes = (section.notes ?? 0) + Number(timing[1]);
    if (teaches(node)) section.teaches = true;
  }
  const timedOf = (s: (typeof sections)[number]) =>
    s.notes === undefined && s.exercises === undefined ? undefined : Math.max(s.notes ?? 0, s.exercises ?? 0);
  const timed = sections.reduce((sum, s) => sum + (timedOf(s) ?? 0), 0);
  const open = sections.filter((s) => timedOf(s) === undefined && s.teaches);
  const share = open.length > 0 ? Math.max(0, module.meta.minutes - timed) / open.length : 0;
  return new Map(sections.map((s) => [s.title, timedOf(s) ?? (s.teaches ? share : 0)]));
}

/** Whether participants are taught something by the node (trainer notes and checks are for the trainer). */
function teaches(node: BodyNode): boolean {
  if (node.kind === "markdown") return node.text.trim() !== "";
  return node.kind !== "trainer" && node.kind !== "check" && node.kind !== "section";
}
