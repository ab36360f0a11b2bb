import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { filesUnder, libraryCopy, sourcebook } from "./run-cli.ts";

const UN_FILE = "001_3fd3fb04905dff67.txt";
const QUOTE = "as many as 20 per cent of prostitutes working in Bishkek are minors";

/** A library copy and an empty parse cache of its own. */
function setup() {
  const dir = libraryCopy();
  const cache = mkdtempSync(join(tmpdir(), "sourcebook-cache-"));
  const cite = (quote: string) =>
    sourcebook(["cite", "un-hrc-25-48-add1", quote, "--library", dir], { env: { SOURCEBOOK_CACHE_DIR: cache } });
  return { dir, cache, cite };
}

describe("the parse cache", () => {
  test("keeps the parsed catalog and the cited source only, outside the library", () => {
    const { dir, cache, cite } = setup();
    const before = filesUnder(dir);
    expect(cite(QUOTE).code).toBe(0);
    expect(filesUnder(cache)).toEqual([
      expect.stringMatching(/^catalog\/[0-9a-f]{40}\.bin$/),
      expect.stringMatching(/^source\/[0-9a-f]{40}\.bin$/),
    ]);
    expect(filesUnder(dir)).toEqual(before);
  });

  test("a changed source file is parsed again: its new words verify, its old ones no longer do", () => {
    const { dir, cache, cite } = setup();
    expect(cite(QUOTE).code).toBe(0);
    const path = join(dir, "sources", UN_FILE);
    writeFileSync(path, readFileSync(path, "utf8").replace("as many as 20 per cent", "as many as 25 per cent"));
    const now = cite(QUOTE.replace("20", "25"));
    expect(now.code).toBe(0);
    expect(now.stdout).toContain("✔ verified  para. 14");
    // The first version's entry stays; the second is beside it.
    expect(filesUnder(cache).filter((f) => f.startsWith("source/"))).toHaveLength(2);
    expect(cite(QUOTE).stdout).toContain('Altered from para. 14: "25" → "20"');
  });

  test("a corrupt entry is ignored and written again, never an error", () => {
    const { cache, cite } = setup();
    expect(cite(QUOTE).code).toBe(0);
    const entries = filesUnder(cache).map((f) => join(cache, f));
    for (const f of entries) writeFileSync(f, "not a cache entry");
    const r = cite(QUOTE);
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(r.stdout).toContain("✔ verified  para. 14");
    for (const f of entries) expect(readFileSync(f, "utf8")).not.toBe("not a cache entry");
  });

  test("an entry whose text was changed on disk is not believed", () => {
    const { cache, cite } = setup();
    expect(cite(QUOTE).code).toBe(0);
    // The same length, a valid entry otherwise: only the checksum can tell.
    const [entry] = filesUnder(cache).filter((f) => f.startsWith("source/"));
    const path = join(cache, entry!);
    const bytes = readFileSync(path);
    // V8 stores a text with characters beyond Latin-1 as UTF-16.
    const tampered = Buffer.from(
      bytes
        .toString("latin1")
        .replaceAll("as many as 20 per cent", "as many as 30 per cent")
        .replaceAll(Buffer.from("as many as 20", "utf16le").toString("latin1"), Buffer.from("as many as 30", "utf16le").toString("latin1")),
      "latin1",
    );
    expect(tampered.equals(bytes)).toBe(false);
    writeFileSync(path, tampered);
    expect(cite(QUOTE)).toMatchObject({ code: 0, stderr: "" });
  });

  test("`sources` and `verify` write nothing under the library's folders either", () => {
    const dir = libraryCopy();
    const before = filesUnder(dir);
    expect(sourcebook(["sources", "--library", dir]).code).toBe(0);
    expect(sourcebook(["verify", "--library", dir]).code).toBe(0);
    expect(filesUnder(dir)).toEqual(before);
  });
});
