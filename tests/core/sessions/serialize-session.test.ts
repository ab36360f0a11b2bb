import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { parseYamlFile, readYaml } from "../../../src/core/files/yaml-file.ts";
import { parseModule } from "../../../src/core/modules/parse-module.ts";
import { AUDIENCES, type Module } from "../../../src/core/schema/module.ts";
import { SessionSchema, type AgendaItem, type Session } from "../../../src/core/schema/session.ts";
import { sectionTitles } from "../../../src/core/sessions/assemble-session.ts";
import { serializeSession } from "../../../src/core/sessions/serialize-session.ts";
import { loadSession } from "../../../src/core/sessions/session-file.ts";
import { shippedTranslations } from "../handout/fixtures.ts";
import { runs } from "../../property-runs.ts";

const root = join(import.meta.dirname, "..", "..", "..");
const modules = new Map<string, Module>(
  readdirSync(join(root, "modules"))
    .filter((f) => /^[^.]+\.md$/.test(f) /* not a translation, <id>.<language>.md */)
    .map((f) => {
      const module = parseModule(readFileSync(join(root, "modules", f), "utf8"), `modules/${f}`).module!;
      return [module.meta.id, module];
    }),
);
const starters = readdirSync(join(root, "templates", "sessions")).filter((f) => f.endsWith(".yaml"));
const translations = shippedTranslations();
const starterText = (f: string) => readFileSync(join(root, "templates", "sessions", f), "utf8");

describe("the starter sessions", () => {
  test.each(starters)("%s is written back exactly as its file (less the comment)", (f) => {
    const text = starterText(f);
    const { value } = parseYamlFile<Session>(SessionSchema, text, f);
    const withoutComment = text
      .split("\n")
      .filter((line) => !line.startsWith("#"))
      .join("\n");
    expect(serializeSession(value)).toBe(withoutComment);
  });

  test.each(starters)("%s reads back with loadSession: the same session, times and warnings", (f) => {
    const before = loadSession(starterText(f), f, modules, translations);
    const after = loadSession(serializeSession(before.session), f, modules, translations);
    expect(after.session).toEqual(before.session);
    expect(after.slots.map((s) => `${s.start}-${s.end}`)).toEqual(before.slots.map((s) => `${s.start}-${s.end}`));
    expect(after.warnings).toEqual(before.warnings);
  });
});

/** Text the schema accepts (it trims), including words YAML would otherwise read as something else. */
const text = fc
  .oneof(
    fc.constantFrom(
      "yes",
      "no",
      "null",
      "~",
      "true",
      "123",
      "09:00",
      "- a list?",
      "#not a comment",
      "a: b",
      "'quoted'",
      '"quoted"',
      "|",
      ">",
      "@at",
      "`tick`",
      "x #y",
      "[1, 2]",
      "{a: 1}",
      "Ünïcödé — «quotes»",
    ),
    fc.string({ minLength: 1, maxLength: 40 }),
    fc.string({ minLength: 1, maxLength: 40, unit: "grapheme" }),
    fc.string({ minLength: 1, maxLength: 40, unit: "grapheme" }).map((s) => `${s}\n${s}`),
  )
  .map((s) => s.trim())
  .filter((s) => s.length > 0);

/** Prose long enough to be folded, with the characters that trip up block scalars. */
const prose = fc
  .array(
    fc.oneof(
      fc.constantFrom("the", "child", "police:", "#3", "- item", "'s", "“quoted”", "a\tb", "—", "|", ">-"),
      fc.string({ minLength: 1, maxLength: 12 }),
    ),
    { minLength: 1, maxLength: 40 },
  )
  .map((words) => words.join(" ").trim())
  .filter((s) => s.length > 0);

const pad = (n: number) => String(n).padStart(2, "0");
const clock = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${pad(h)}:${pad(m)}`);
// Real calendar days only: the schema refuses 2026-02-30 (issue 11, F9).
const date = fc
  .date({ min: new Date("1000-01-01T00:00:00Z"), max: new Date("9999-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const minutes = fc.integer({ min: 1, max: 100_000 });

/** An agenda item valid for the audience: a module written for it (whole, or some of its sections), or a break. */
function agendaItem(audience: Session["audience"]): fc.Arbitrary<AgendaItem> {
  const fitting = [...modules.values()].filter((m) => m.meta.audiences.includes(audience));
  const moduleItem = fc.constantFrom(...fitting).chain((m) =>
    fc.record({
      module: fc.constant(m.meta.id),
      sections: fc.option(fc.subarray(sectionTitles(m), { minLength: 1 }), { nil: undefined }),
      minutes,
    }),
  );
  return fc.oneof(
    moduleItem.map(({ sections, ...rest }) => (sections ? { ...rest, sections } : rest)),
    fc.record({ break: text, minutes }),
  );
}

const session: fc.Arbitrary<Session> = fc.constantFrom(...AUDIENCES).chain((audience) =>
  fc.record(
    {
      title: text,
      audience: fc.constant(audience),
      date,
      start: clock,
      length: minutes,
      place: text,
      trainer: text,
      organisation: text,
      description: fc.oneof(text, prose),
      handout: fc.stringMatching(/^[a-z0-9-]{1,12}$/),
      language: fc.stringMatching(/^[a-z]{2,3}$/),
      agenda: fc.array(agendaItem(audience), { minLength: 1, maxLength: 8 }),
    },
    { requiredKeys: ["title", "audience", "date", "start", "length", "place", "trainer", "organisation", "agenda"] },
  ),
);

test("any valid session reads back with loadSession as the same session", () => {
  fc.assert(
    fc.property(session, (s) => {
      // A session in another language reads the modules' translations in it: here the modules stand in for them.
      const back = loadSession(serializeSession(s), "session.yaml", modules, new Map([[s.language ?? "en", modules]]));
      expect(back.session).toEqual(s);
    }),
    runs(400),
  );
});

test("the fields come in the starters' order, and each agenda item's keys too", () => {
  fc.assert(
    fc.property(session, (s) => {
      const written = serializeSession(s);
      const keys = written
        .split("\n")
        .filter((l) => /^[a-z]+:/.test(l))
        .map((l) => l.slice(0, l.indexOf(":")));
      const order = [
        "title",
        "audience",
        "date",
        "start",
        "length",
        "place",
        "trainer",
        "organisation",
        "description",
        "handout",
        "language",
        "agenda",
      ];
      expect(keys).toEqual(order.filter((k) => k in s && (s as Record<string, unknown>)[k] !== undefined));
      expect(written).toContain(`start: "${s.start}"`);
    }),
    runs(100),
  );
});

test("an unfinished session (empty fields, no agenda yet) is written as it is and reads back as YAML", () => {
  const unfinished = fc.record({
    title: fc.string(),
    audience: fc.constantFrom(...AUDIENCES),
    date: fc.oneof(date, fc.constant("")),
    start: clock,
    length: minutes,
    place: fc.string(),
    trainer: fc.string({ unit: "grapheme" }),
    organisation: fc.constant(""),
    agenda: fc.array(fc.record({ break: fc.string(), minutes }), { maxLength: 3 }),
  });
  fc.assert(
    fc.property(unfinished, (s) => {
      expect(readYaml(serializeSession(s as Session), "session.yaml").data).toEqual(s);
    }),
    runs(300),
  );
});
