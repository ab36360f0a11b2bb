import { describe, expect, test } from "vitest";
import { runs } from "./property-runs.ts";

describe("property test runs", () => {
  test("each test's own count, unless SOURCEBOOK_PROPERTY_RUNS says otherwise", () => {
    expect(runs(300, {})).toEqual({ numRuns: 300 });
    expect(runs(300, { SOURCEBOOK_PROPERTY_RUNS: "" })).toEqual({ numRuns: 300 });
    expect(runs(300, { SOURCEBOOK_PROPERTY_RUNS: "5000" })).toEqual({ numRuns: 5000 });
    expect(runs(100, { SOURCEBOOK_PROPERTY_RUNS: "20" })).toEqual({ numRuns: 20 });
  });

  test.each(["many", "0", "-5", "2.5", "1e"])("refuses %j with the variable's name, rather than running the default", (value) => {
    expect(() => runs(300, { SOURCEBOOK_PROPERTY_RUNS: value })).toThrow(
      `SOURCEBOOK_PROPERTY_RUNS must be a whole number of runs above 0, not "${value}".`,
    );
  });
});
