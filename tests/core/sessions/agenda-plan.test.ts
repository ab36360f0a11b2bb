import { expect, test } from "vitest";
import { editionContents } from "../../../src/core/modules/edition-contents.ts";
import { planAgenda } from "../../../src/core/sessions/agenda-plan.ts";
import { shippedModules, starterSession } from "../handout/fixtures.ts";

const modules = shippedModules();

test("a refused agenda item keeps its place and minutes and says why; the times still run", () => {
  const session = starterSession("judicial-seminar", modules).session;
  const plan = planAgenda({ ...session, audience: "police" }, modules);
  const refused = plan.items.filter((i) => i.problem);
  expect(refused.map((i) => i.problem)).toEqual([expect.stringContaining('"child-victims-in-court" is not written for police')]);
  expect(plan.items.map((i) => `${i.start}-${i.end}`)).toEqual(
    starterSession("judicial-seminar", modules).slots.map((s) => `${s.start}-${s.end}`),
  );
  expect(plan.totalMinutes).toBe(455);
});

test("the overrun warning, and no problem, for a valid agenda that runs long", () => {
  const session = starterSession("police-induction", modules).session;
  const plan = planAgenda({ ...session, length: 200 }, modules);
  expect(plan.items.every((i) => !i.problem)).toBe(true);
  expect(plan.overrun).toBe("The agenda runs 225 minutes, 25 over the session's 200.");
});

test("edition contents: trainer notes only in the trainer guide, other audiences' blocks left out", () => {
  const module = modules.get("non-punishment")!;
  const participant = editionContents(module, "police", "participant");
  const trainer = editionContents(module, "police", "trainer");
  const blocks = (c: typeof participant) => c.sections.flatMap((s) => s.blocks);
  expect(blocks(participant).filter((b) => b.kind === "trainer")).toEqual([]);
  expect(blocks(trainer).filter((b) => b.kind === "trainer").length).toBeGreaterThan(0);
  expect(participant.leftOut.trainer).toBeGreaterThan(0);
  expect(trainer.leftOut.trainer).toBe(0);
  expect(participant.leftOut.otherAudiences).toBeGreaterThan(0);
  for (const b of [...blocks(participant), ...blocks(trainer)]) if (b.kind === "audience") expect(b.audiences).toContain("police");
});

test("a module listed twice is warned about apart from the notes, by its title and both places", () => {
  const session = starterSession("police-induction", modules).session;
  const first = session.agenda[0]!;
  const plan = planAgenda({ ...session, length: 400, agenda: [...session.agenda, first] }, modules);
  const title = "module" in first ? modules.get(first.module)!.meta.title : "";
  expect(plan.repeats).toEqual([`“${title}” is on the agenda twice: items 1 (09:00–10:30) and 5 (12:45–14:15).`]);
  expect(plan.notes.filter((n) => n.includes("twice"))).toEqual([]);
  expect(plan.overrun).toBeUndefined();
});
