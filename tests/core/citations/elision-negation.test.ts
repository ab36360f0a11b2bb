import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { verifyQuote } from "../../../src/core/citations/verify.ts";
import { parseCatalog } from "../../../src/core/library/catalog-file.ts";
import { loadSource } from "../../../src/core/sources/source.ts";

const root = join(import.meta.dirname, "..", "..", "..");
const entry = parseCatalog(readFileSync(join(root, "sources", "catalog.yaml"), "utf8")).sources.find((s) => s.id === "un-hrc-25-48-add1")!;
const un = loadSource(entry, readFileSync(join(root, "sources", entry.file)));

test("an elision that drops a nearby 'not' is rejected: it reverses the source", () => {
  const v = verifyQuote(un, "child victims are often […] adequately protected during the interrogation and preparation process");
  expect(v).toMatchObject({ status: "rejected", reason: "altered" });
  expect(v.message).toBe('The elision at para. 75 leaves out "not", which reverses what the source says.');
});

test("an elision of a long stretch that happens to contain a negation still verifies", () => {
  const v = verifyQuote(
    un,
    "Children are interrogated by police officers […] Court processes involving children do not provide any safeguards",
    { locator: "para. 75" },
  );
  expect(v.status).toBe("verified");
});
