import { expect, test } from "vitest";
import { numberedList } from "../../../src/core/modules/numbered-list.ts";
import { listItems } from "../../../src/core/handout/module-content.ts";

test("a - list becomes 1., 2., …; a line under an item stays in it, as the handout prints it", () => {
  const body = "- Why was the child heard in public?\n  Think of the police station.\n* What would you change?\n  - Who should be there?";
  expect(numberedList(body)).toBe(
    "1. Why was the child heard in public?\n   Think of the police station.\n2. What would you change?\n3. Who should be there?",
  );
  expect(listItems(body)).toHaveLength(3);
  const tenth = numberedList(Array.from({ length: 10 }, (_, i) => `- Q${i + 1}\n  more`).join("\n"));
  expect(tenth.split("\n").slice(-2)).toEqual(["10. Q10", "    more"]);
});
