import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { parseBackup, writeBackup } from "../../../src/core/library/backup.ts";
import { ContentError, readYaml } from "../../../src/core/files/yaml-file.ts";
import { LIMITS } from "../../../src/core/files/limits.ts";
import { parseModule } from "../../../src/core/modules/parse-module.ts";
import { loadSession } from "../../../src/core/sessions/session-file.ts";

// Issue 11, F8, F11, F17, F18: a "billion laughs" file, each level nine aliases of the one before.
const levels = ["a: &a [x, x, x, x, x, x, x, x, x]"];
for (let i = 1; i < 9; i++)
  levels.push(
    `l${i}: &l${i} [${Array(9)
      .fill(i === 1 ? "*a" : `*l${i - 1}`)
      .join(", ")}]`,
  );
const bomb = levels.join("\n") + "\n";

function refusal(run: () => unknown): ContentError {
  try {
    run();
  } catch (e) {
    if (e instanceof ContentError) return e;
    throw e;
  }
  throw new Error("not refused");
}

describe("YAML aliases", () => {
  test("an alias bomb is refused fast, in one sentence naming the file, the line of the first alias and the limit", () => {
    const started = performance.now();
    const error = refusal(() => readYaml(bomb, "sessions/bomb.yaml"));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(error.message).toBe(
      `sessions/bomb.yaml:2: the YAML aliases (*a and others) stand for more than ${LIMITS.yamlAliasValues} values, the limit; write the values out instead`,
    );
  });

  test("in a module's front matter, the bomb is the module's error (line counted in the file), not a thrown stack", () => {
    const parsed = parseModule(`---\n${bomb}---\n\nBody.\n`, "modules/bomb.md");
    expect(parsed.module).toBeUndefined();
    expect(parsed.errors.map((e) => e.message)).toEqual([
      expect.stringMatching(/^modules\/bomb\.md:3: the YAML aliases \(\*a and others\)/),
    ]);
  });

  test("in a session file, loadSession throws the sentence", () => {
    expect(refusal(() => loadSession(`id: s\n${bomb}`, "sessions/s.yaml", new Map())).message).toMatch(
      /^sessions\/s\.yaml:3: the YAML aliases/,
    );
  });

  test("in a backup, the module holding the bomb is named and nothing is restored", () => {
    const text = writeBackup(
      [{ id: "bomb", origin: "own", text: `---\n${bomb}---\n`, revision: 1, updatedAt: "2026-01-01T00:00:00.000Z" }],
      "2026-01-01T00:00:00.000Z",
    );
    const result = parseBackup(text, "backup.json");
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/^backup\.json: .*the YAML aliases/) });
  });

  test("a few aliases, as a trainer might use them, are fine", () => {
    expect(readYaml("base: &b {minutes: 30}\none: *b\ntwo: *b\n", "x.yaml").data).toEqual({
      base: { minutes: 30 },
      one: { minutes: 30 },
      two: { minutes: 30 },
    });
  });

  test("no shipped module, session or template comes near the alias limit", () => {
    const files = ["modules", "templates/sessions", "templates/handouts", "templates/audiences"].flatMap((dir) =>
      readdirSync(dir)
        .filter((f) => /\.(md|yaml)$/.test(f))
        .map((f) => join(dir, f)),
    );
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      // A module's YAML is its front matter; its Markdown body may use * for emphasis.
      const whole = readFileSync(file, "utf8");
      const text = file.endsWith(".md") ? (/^---\n([\s\S]*?)\n---\n/.exec(whole)?.[1] ?? "") : whole;
      expect(text.match(/(^|[\s[{,:])\*[\w-]+/g) ?? [], file).toEqual([]);
    }
  });
});

describe("file size", () => {
  test("a module or session over the size limit is refused before it is parsed, saying the limit", () => {
    const huge = `id: s\ndescription: "${"x".repeat(LIMITS.contentFileBytes)}"\n`;
    const started = performance.now();
    expect(refusal(() => loadSession(huge, "sessions/s.yaml", new Map())).message).toBe(
      "sessions/s.yaml: is 1 MB, over the 1 MB limit for a module, session, template or catalog file",
    );
    expect(parseModule(`---\nid: m\n---\n${"y".repeat(LIMITS.contentFileBytes)}`, "modules/m.md").errors[0]!.message).toMatch(
      /^modules\/m\.md: is 1 MB, over the 1 MB limit/,
    );
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
