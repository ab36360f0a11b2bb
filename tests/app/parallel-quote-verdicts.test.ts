/**
 * The workbench's verifier and review check an excerpt's parallel quote as `sourcebook verify`
 * does: against the translation at the excerpt's own locator. The translation is the Russian test
 * fixture (tests/fixtures/russian): not an official translation, not reviewed by a native speaker.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { LibraryStore } from "../../src/app/library-store.ts";
import { ReviewService } from "../../src/app/review-service.ts";
import { Verifier } from "../../src/app/verifier.ts";
import { parseCatalog } from "../../src/core/library/catalog-file.ts";
import { emptyLock } from "../../src/core/citations/anchor-lock.ts";
import { parseModule } from "../../src/core/modules/parse-module.ts";
import type { ExcerptNode } from "../../src/core/schema/module.ts";
import { ROOT } from "../core/library.ts";
import { catalogWithRussian, FIXTURE_DIR, RUSSIAN_ID } from "../core/russian-library.ts";

function libraryWithRussian(): LibraryStore {
  const read = (path: string) => () => Promise.resolve(readFileSync(path, "utf8"));
  const files = new Map(
    parseCatalog(catalogWithRussian()).sources.map((e) => [
      e.file,
      read(join(e.id === RUSSIAN_ID ? FIXTURE_DIR : join(ROOT, "sources"), e.file)),
    ]),
  );
  return new LibraryStore(catalogWithRussian(), files);
}

const SAUNAS: ExcerptNode = {
  kind: "excerpt",
  sourceId: "un-hrc-25-48-add1",
  locator: "para. 14",
  quote: "the Special Rapporteur was informed of the operation of “saunas”, especially in Bishkek",
  parallel: { sourceId: RUSSIAN_ID, quote: "Специальному докладчику сообщили о работе «саун», особенно в Бишкеке" },
};
/** The same excerpt whose Russian words were changed: «бань» for «саун». */
const ALTERED: ExcerptNode = {
  ...SAUNAS,
  parallel: { sourceId: RUSSIAN_ID, quote: "Специальному докладчику сообщили о работе «бань», особенно в Бишкеке" },
};

describe("the workbench's Verifier", () => {
  test("verifies an excerpt whose parallel quote matches its translation", async () => {
    expect((await new Verifier(libraryWithRussian()).verify(SAUNAS)).status).toBe("verified");
  });

  test("rejects an excerpt whose parallel quote does not match, with the translation's word diff", async () => {
    const verdict = await new Verifier(libraryWithRussian()).verify(ALTERED);
    expect(verdict).toMatchObject({ status: "rejected", reason: "altered", parallelOf: RUSSIAN_ID });
    expect(verdict.status === "rejected" && verdict.message).toBe(
      `parallel quote from ${RUSSIAN_ID}: Altered from para. 14: ""саун"," → ""бань",".`,
    );
    expect(verdict.status === "rejected" && verdict.closest?.locator).toBe("para. 14");
  });

  test("does not answer the altered parallel quote from the verdict it cached for the same English words", async () => {
    const verifier = new Verifier(libraryWithRussian());
    expect((await verifier.verify(SAUNAS)).status).toBe("verified");
    expect((await verifier.verify(ALTERED)).status).toBe("rejected");
  });
});

describe("review", () => {
  const module = (excerpt: ExcerptNode) => {
    const parsed = parseModule(
      `---
id: parallel-quotes
title: Saunas
summary: Where children are exploited.
version: 1
audiences: [police]
topics: [prevalence]
minutes: 10
objectives:
  - Name the places
review: {status: in-review}
---

## Places

:::excerpt ${excerpt.sourceId} "${excerpt.locator}"
${excerpt.quote}
:::parallel ${excerpt.parallel!.sourceId}
${excerpt.parallel!.quote}
:::
`,
      "modules/parallel-quotes.md",
    );
    expect(parsed.errors).toEqual([]);
    return parsed.module!;
  };

  test("shows an excerpt whose parallel quote does not match as rejected, with the diff against the translation", async () => {
    const review = await new ReviewService(libraryWithRussian(), () => Promise.resolve(emptyLock())).reviewModule(module(ALTERED));
    expect(review.counts).toMatchObject({ excerpts: 1, verified: 0, rejected: 1 });
    const item = review.items[0]!;
    expect(item.group).toBe("rejected");
    expect(item.review?.verdict).toMatchObject({ status: "rejected", parallelOf: RUSSIAN_ID });
  });

  test("counts it verified when the parallel quote matches", async () => {
    const review = await new ReviewService(libraryWithRussian(), () => Promise.resolve(emptyLock())).reviewModule(module(SAUNAS));
    expect(review.counts).toMatchObject({ excerpts: 1, verified: 1, rejected: 0 });
  });
});
