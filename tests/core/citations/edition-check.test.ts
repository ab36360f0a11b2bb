import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { checkAgainstEdition } from "../../../src/core/citations/edition-check.ts";
import { parseCatalog } from "../../../src/core/library/catalog-file.ts";
import { loadSource } from "../../../src/core/sources/source.ts";

const root = join(import.meta.dirname, "..", "..", "..");
const un = parseCatalog(readFileSync(join(root, "sources", "catalog.yaml"), "utf8")).sources.find((s) => s.id === "un-hrc-25-48-add1")!;
const raw = readFileSync(join(root, "sources", un.file), "utf8");
const old = loadSource(un, new TextEncoder().encode(raw));

/** The UN report as a next edition would have it: a paragraph added after para. 20, every later one renumbered. */
function renumbered(): string {
  const lines = raw.split("\n");
  const at = lines.findIndex((l) => l.startsWith("21. "));
  const renumber = (l: string) =>
    l.replace(/^(\s?)(\d{2,3})\. /, (m, sp: string, n: string) => (Number(n) >= 21 ? `${sp}${Number(n) + 1}. ` : m));
  const edited = lines.map((l, i) => (i >= at ? renumber(l) : l));
  edited.splice(at, 0, "21. A paragraph added in the next edition. ", "");
  return edited.join("\n");
}
const next = loadSource({ ...un, id: "un-hrc-25-48-add1-next", supersedes: un.id }, new TextEncoder().encode(renumbered()));

test("a paragraph renumbered in the new edition: the words moved, old → new locator", () => {
  const check = checkAgainstEdition(old, next, "Children are interrogated by police officers", "para. 75");
  expect(check).toMatchObject({ outcome: "moved", oldLocator: "para. 75", newLocator: "para. 76" });
  expect(check.message).toBe("Moved in un-hrc-25-48-add1-next: para. 75 → para. 76.");
});

test("a paragraph before the insertion keeps its number: unchanged, at the same locator text", () => {
  const check = checkAgainstEdition(old, next, "as many as 20 per cent of prostitutes working in Bishkek are minors", "para. 14");
  expect(check).toMatchObject({ outcome: "unchanged", oldLocator: "para. 14", newLocator: "para. 14" });
});

test("an excerpt the old edition itself rejects is still placed in the new one by its words", () => {
  // Cited at the wrong paragraph of the old edition: the new edition's words decide, not the old locator.
  const check = checkAgainstEdition(old, next, "Children are interrogated by police officers", "para. 74");
  expect(check).toMatchObject({ outcome: "moved", newLocator: "para. 76" });
});
