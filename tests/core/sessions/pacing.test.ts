import { expect, test } from "vitest";
import { sectionMinutes } from "../../../src/core/sessions/section-minutes.ts";
import { loadSession } from "../../../src/core/sessions/session-file.ts";
import { shippedModules, starterSession } from "../handout/fixtures.ts";

const modules = shippedModules();
const session = (agenda: string) =>
  loadSession(
    `title: Day\naudience: police\ndate: 2026-12-08\nstart: "09:00"\nlength: 480\nplace: Osh\ntrainer: T\norganisation: O\nagenda:\n${agenda}`,
    "sessions/day.yaml",
    modules,
  );
const PACING = /without a break|time plan gives|prints all/;

test.each(["police-induction", "judicial-seminar", "social-work-case-management"])(
  "starter session %s: breaks every 120 minutes, no item given far more than it needs, objectives that match its sections",
  (name) => {
    expect(starterSession(name, modules).warnings.filter((w) => PACING.test(w))).toEqual([]);
  },
);

test("more than 120 minutes without a break is warned about, once per stretch", () => {
  const s = session(
    "  - module: identifying-victims\n    minutes: 90\n  - module: child-sensitive-interviewing\n    minutes: 90\n  - break: Lunch\n    minutes: 60\n  - module: non-punishment\n    minutes: 90\n",
  );
  expect(s.warnings.filter((w) => PACING.test(w))).toEqual([
    "180 minutes pass without a break, 09:00–12:00 (items 1–2): plan a break at least every 120 minutes.",
  ]);
});

test("a part of a module given far more minutes than its time plan is warned about (the old police induction's 55 for about 25)", () => {
  const s = session(
    "  - module: non-punishment\n    sections:\n      - Raids and the first contact\n      - Key points\n    objectives: [3]\n    minutes: 55\n",
  );
  expect(s.warnings).toEqual([
    "“Non-punishment of child victims of sexual exploitation” has 55 minutes in the agenda, but its time plan gives its 2 chosen sections about 17: shorten the item or add sections.",
  ]);
  // 1.5 × the estimate and at least 15 minutes more: 30 for about 17 is tight enough to teach.
  expect(
    session(
      "  - module: non-punishment\n    sections:\n      - Raids and the first contact\n      - Key points\n    objectives: [3]\n    minutes: 30\n",
    ).warnings,
  ).toEqual([]);
});

test("a part of a module that prints every objective is warned about; naming the ones it delivers prints only those", () => {
  const part = "  - module: non-punishment\n    sections:\n      - Raids and the first contact\n      - Key points\n    minutes: 20\n";
  expect(session(part).warnings).toEqual([
    "“Non-punishment of child victims of sexual exploitation” takes 2 of its 8 sections but prints all 4 objectives: name the ones these sections deliver with objectives: (their numbers) in the agenda item.",
  ]);
  const named = session(part.replace("    minutes: 20", "    objectives: [3]\n    minutes: 20"));
  expect(named.warnings).toEqual([]);
  const slot = named.slots[0]!;
  expect(slot.kind === "module" && slot.module.meta.objectives).toEqual([modules.get("non-punishment")!.meta.objectives[2]]);
});

test("an objective the module does not have is an error at its line", () => {
  expect(() => session("  - module: non-punishment\n    sections:\n      - Key points\n    objectives: [7]\n    minutes: 20\n")).toThrow(
    'sessions/day.yaml:13: agenda[0].objectives[0]: "non-punishment" has no objective 7 (it has 4)',
  );
});

test("a section's minutes come from the module's own time plan: its Timing notes and exercises, the rest shared", () => {
  const plan = sectionMinutes(modules.get("criminal-law")!);
  expect(plan.get("Before we start: where these articles come from")).toBe(10);
  expect(plan.get("Exercise")).toBe(25);
  // "Timing: 25 minutes for the exercise" sits in this section; the exercise already counts it.
  expect(plan.get("Check before teaching")).toBe(0);
  expect(plan.get("Discussion")).toBe(15);
  expect([...plan.values()].reduce((a, b) => a + b, 0)).toBe(120);
});

test("the workbench's agenda lists the pacing warnings with the others", async () => {
  const { planAgenda } = await import("../../../src/core/sessions/agenda-plan.ts");
  const s = session("  - module: identifying-victims\n    minutes: 90\n  - module: child-sensitive-interviewing\n    minutes: 90\n");
  expect(planAgenda(s.session, modules).notes).toEqual([
    "180 minutes pass without a break, 09:00–12:00 (items 1–2): plan a break at least every 120 minutes.",
  ]);
});
