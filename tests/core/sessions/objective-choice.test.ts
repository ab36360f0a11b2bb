import { expect, test } from "vitest";
import { planAgenda } from "../../../src/core/sessions/agenda-plan.ts";
import { chosenObjectives, withObjective } from "../../../src/core/sessions/objective-choice.ts";
import { serializeSession } from "../../../src/core/sessions/serialize-session.ts";
import { loadSession } from "../../../src/core/sessions/session-file.ts";
import type { ModuleItem } from "../../../src/core/schema/session.ts";
import { shippedModules, starterSession } from "../handout/fixtures.ts";

const modules = shippedModules();
const part: ModuleItem = {
  module: "non-punishment",
  sections: ["Raids and the first contact", "Key points"],
  minutes: 20,
};
const LEFT_OUT = /takes 2 of its 8 sections but prints all 4 objectives/;

test("an item without objectives prints all of them; one that names some prints those, in the module's order", () => {
  expect(chosenObjectives(part, 4)).toEqual([1, 2, 3, 4]);
  expect(chosenObjectives({ ...part, objectives: [4, 2] }, 4)).toEqual([2, 4]);
});

test("unticking one of all names the rest; ticking the last one back writes no objectives (all)", () => {
  const three = withObjective(part, 1, false, 4);
  expect(three).toEqual({ ...part, objectives: [2, 3, 4] });
  const all = withObjective(three, 1, true, 4);
  expect(all).toEqual(part);
  expect("objectives" in all).toBe(false);
});

test("the last ticked objective stays ticked: an item prints at least one", () => {
  expect(withObjective({ ...part, objectives: [3] }, 3, false, 4)).toEqual({ ...part, objectives: [3] });
});

test("the choice is what the session file holds, and the CLI's warning follows it", () => {
  const session = starterSession("police-induction", modules).session;
  const plan = (item: ModuleItem) => planAgenda({ ...session, agenda: [item] }, modules).notes;
  expect(plan(part)).toEqual([expect.stringMatching(LEFT_OUT)]);
  const named = withObjective(withObjective(part, 1, false, 4), 2, false, 4);
  expect(plan(named)).toEqual([]);
  const file = serializeSession({ ...session, agenda: [named] });
  expect(file).toContain("    objectives:\n      - 3\n      - 4\n");
  expect(loadSession(file, "s.yaml", modules).session.agenda).toEqual([named]);
});
