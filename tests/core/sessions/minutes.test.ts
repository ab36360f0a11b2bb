import { expect, test } from "vitest";
import { wholeMinutes } from "../../../src/core/sessions/minutes.ts";

test("whole minutes above 0, as typed (spaces around them allowed)", () => {
  expect(["45", " 15 ", "240", "1"].map(wholeMinutes)).toEqual([45, 15, 240, 1]);
});

test("anything else is not minutes yet: empty, zero, negative, a fraction, words", () => {
  expect(["", "  ", "0", "-5", "7.5", "1e", "ten", "15 min"].map(wholeMinutes)).toEqual(Array(8).fill(undefined));
});
