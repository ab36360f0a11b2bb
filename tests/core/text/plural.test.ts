import { describe, expect, test } from "vitest";
import { nounFor, plural } from "../../../src/core/text/plural.ts";

describe("plural", () => {
  test("English: no excerpts, 1 excerpt, 2 excerpts", () => {
    expect([0, 1, 2, 11, 21].map((n) => plural(n, "excerpt"))).toEqual([
      "no excerpts",
      "1 excerpt",
      "2 excerpts",
      "11 excerpts",
      "21 excerpts",
    ]);
  });

  test("an irregular noun gives its forms; a noun may say its own none", () => {
    const entry = { one: "block for another audience", other: "blocks for other audiences" };
    expect(plural(1, entry)).toBe("1 block for another audience");
    expect(plural(3, entry)).toBe("3 blocks for other audiences");
    expect(plural(0, { one: "passage found", other: "passages found", none: "No passages found" })).toBe("No passages found");
    expect(nounFor(1, "excerpt")).toBe("excerpt");
    expect(nounFor(0, "excerpt")).toBe("excerpts");
  });

  test("another language only adds forms: Russian picks one, few or many by Intl.PluralRules", () => {
    const excerpt = { one: "выдержка", few: "выдержки", many: "выдержек", other: "выдержки", none: "нет выдержек" };
    expect([0, 1, 3, 5, 21, 22, 25].map((n) => plural(n, excerpt, "ru"))).toEqual([
      "нет выдержек",
      "1 выдержка",
      "3 выдержки",
      "5 выдержек",
      "21 выдержка",
      "22 выдержки",
      "25 выдержек",
    ]);
  });
});
