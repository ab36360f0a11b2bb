import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { loadSession } from "../../../src/core/sessions/session-file.ts";
import { root, shippedModules, starterSession } from "../handout/fixtures.ts";

const modules = shippedModules();

test.each(readdirSync(join(root, "templates", "sessions")).map((f) => f.replace(/\.yaml$/, "")))(
  "starter session %s is valid and fits its length",
  (name) => {
    const s = starterSession(name, modules);
    expect(s.totalMinutes).toBeLessThanOrEqual(s.session.length);
    expect(s.warnings.filter((w) => w.startsWith("The agenda runs"))).toEqual([]);
    expect(s.slots.filter((x) => x.kind === "module").length).toBeGreaterThanOrEqual(3);
  },
);

test("times run on from the start; the total and end time are computed", () => {
  const s = starterSession("police-induction", modules);
  expect(s.slots.map((x) => `${x.start}-${x.end}`)).toEqual(["09:00-10:30", "10:30-10:45", "10:45-12:15", "12:15-12:45"]);
  expect(s.totalMinutes).toBe(225);
  expect(s.end).toBe("12:45");
});

test("chosen sections only: the module keeps those sections, in its own order", () => {
  const s = starterSession("police-induction", modules);
  const slot = s.slots[3]!;
  expect(slot.kind === "module" && slot.module.body.filter((n) => n.kind === "section").map((n) => (n as { title: string }).title)).toEqual(
    ["Raids and the first contact", "The standard: victims, not offenders", "Discussion", "Check before teaching", "Key points"],
  );
});

test("an agenda that overruns its length is warned about", () => {
  const text = `title: Long day\naudience: police\ndate: 2026-12-08\nstart: "09:00"\nlength: 120\nplace: Osh\ntrainer: T\norganisation: O\nagenda:\n  - module: non-punishment\n    minutes: 90\n  - break: Tea\n    minutes: 15\n  - module: identifying-victims\n    minutes: 45\n`;
  const s = loadSession(text, "sessions/long.yaml", modules);
  expect(s.totalMinutes).toBe(150);
  expect(s.end).toBe("11:30");
  expect(s.warnings[0]).toBe("The agenda runs 150 minutes, 30 over the session's 120.");
});

describe("a module listed twice", () => {
  // These items are cut and timed only to overlap; their pacing warnings are tested in pacing.test.ts.
  const twice = (s: { warnings: string[] }) => s.warnings.filter((w) => w.includes("on the agenda twice"));
  const session = (agenda: string) =>
    `title: Twice\naudience: police\ndate: 2026-12-08\nstart: "09:00"\nlength: 480\nplace: Osh\ntrainer: T\norganisation: O\nagenda:\n${agenda}`;

  test("whole twice: a warning names the module and both places in the agenda", () => {
    const s = loadSession(
      session(
        "  - module: non-punishment\n    minutes: 90\n  - break: Tea\n    minutes: 15\n  - module: non-punishment\n    minutes: 90\n",
      ),
      "sessions/twice.yaml",
      modules,
    );
    const title = modules.get("non-punishment")!.meta.title;
    expect(s.warnings).toEqual([`“${title}” is on the agenda twice: items 1 (09:00–10:30) and 3 (10:45–12:15).`]);
  });

  test("overlapping sections, or a section of a module also listed whole, are warned about; other sections of it are not", () => {
    const [first, second, third] = modules.get("non-punishment")!.body.flatMap((n) => (n.kind === "section" ? [n.title] : []));
    const title = modules.get("non-punishment")!.meta.title;
    const overlapping = loadSession(
      session(
        `  - module: non-punishment\n    sections: ["${first}", "${second}"]\n    minutes: 30\n  - module: non-punishment\n    sections: ["${second}", "${third}"]\n    minutes: 30\n`,
      ),
      "sessions/overlap.yaml",
      modules,
    );
    expect(twice(overlapping)).toEqual([
      `“${title}” is on the agenda twice: items 1 (09:00–09:30) and 2 (09:30–10:00) both have the section “${second}”.`,
    ]);
    const apart = loadSession(
      session(
        `  - module: non-punishment\n    sections: ["${first}"]\n    minutes: 30\n  - module: non-punishment\n    sections: ["${third}"]\n    minutes: 30\n`,
      ),
      "sessions/apart.yaml",
      modules,
    );
    expect(twice(apart)).toEqual([]);
    const wholeAndPart = loadSession(
      session(`  - module: non-punishment\n    sections: ["${third}"]\n    minutes: 30\n  - module: non-punishment\n    minutes: 90\n`),
      "sessions/whole.yaml",
      modules,
    );
    expect(twice(wholeAndPart)).toEqual([
      `“${title}” is on the agenda twice: items 1 (09:00–09:30) and 2 (09:30–11:00) both have the section “${third}”.`,
    ]);
  });
});
