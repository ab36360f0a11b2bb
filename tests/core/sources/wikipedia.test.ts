/** Reading text of the Wikipedia article (sources/004_…, structure wikipedia). */
import { expect, test } from "vitest";
import { passage, source, textOf } from "../library.ts";

const wiki = () => source("wikipedia");

test("the article title is shown but is not a section; == headings are", () => {
  expect(wiki().reading.headings.map((h) => [h.level, h.title])).toEqual([
    [0, "Prostitution in Kyrgyzstan"],
    [1, "Law enforcement"],
    [1, "Tais Plus"],
    [1, "Sex trafficking"],
    [1, "See also"],
  ]);
  expect(wiki().reading.text).not.toContain("=");
});

test("paragraphs are named by section and ordinal, headings by their section, the title as a line", () => {
  expect(wiki().reading.passages.map((p) => p.locator)).toEqual([
    "Introduction, line 1",
    "Introduction ¶1",
    "Introduction ¶2",
    "Introduction ¶3",
    "§ Law enforcement",
    "Law enforcement ¶1",
    "Law enforcement ¶2",
    "§ Tais Plus",
    "Tais Plus ¶1",
    "Tais Plus ¶2",
    "Tais Plus ¶3",
    "Tais Plus ¶4",
    "§ Sex trafficking",
    "Sex trafficking ¶1",
    "Sex trafficking ¶2",
    "Sex trafficking ¶3",
    "§ See also",
    "See also ¶1",
  ]);
  expect(passage(wiki(), "Introduction ¶1").path).toEqual([]);
  expect(passage(wiki(), "Law enforcement ¶2").path).toEqual(["Law enforcement"]);
  expect(textOf(wiki(), passage(wiki(), "Introduction, line 1"))).toBe("Prostitution in Kyrgyzstan");
});

test("Law enforcement ¶N holds the section's paragraphs", () => {
  expect(textOf(wiki(), passage(wiki(), "Law enforcement ¶1"))).toMatch(/^NGOs and sex workers report harassment/);
  expect(textOf(wiki(), passage(wiki(), "Law enforcement ¶2"))).toMatch(/^Kyrgyz police officers allegedly exploit/);
});

test("Tais Plus ¶1 keeps the Cyrillic name intact", () => {
  const text = textOf(wiki(), passage(wiki(), "Tais Plus ¶1"));
  expect(text).toBe(
    "The NGO Таис Плюс (Tais Plus) is an organisation that advocates sex workers' rights and provides support and education to sex workers.",
  );
  expect(text).toContain("Таис Плюс");
});

test("the See also entry is a list item without its dash", () => {
  const p = passage(wiki(), "See also ¶1");
  expect(p.kind).toBe("list-item");
  expect(textOf(wiki(), p)).toBe("Prostitution in the Soviet Union");
});
