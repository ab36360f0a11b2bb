import { expect, test } from "vitest";
import { canonicalize } from "../../src/core/text/canonical.ts";

test("straight and typographic quotes compare equal", () => {
  expect(canonicalize("the “saunas”").text).toBe(canonicalize('the "saunas"').text);
});
