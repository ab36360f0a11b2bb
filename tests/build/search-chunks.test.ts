import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { SearchIndexBuilder, searchIndexPlugin } from "../../vite-plugins/search-index.ts";

// A copy of the seed library in a temporary folder: four sources, then the fifth added to the catalog.
const root = join(import.meta.dirname, "..", "..");
const catalog = readFileSync(join(root, "sources", "catalog.yaml"), "utf8");
const fifth = catalog.indexOf("  - id: wikipedia-prostitution-kg");
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "sb-search-chunks-"));
  cpSync(join(root, "sources"), join(dir, "sources"), { recursive: true });
  // The page of a trainer who searches: it loads the list of sources, then each source's index.
  writeFileSync(
    join(dir, "entry.js"),
    'const { default: sources } = await import("virtual:sourcebook/search-index");\n' +
      "for (const { load } of sources) console.log((await load()).length);\n",
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const withSources = (count: 4 | 5) => writeFileSync(join(dir, "sources", "catalog.yaml"), count === 5 ? catalog : catalog.slice(0, fifth));

/** A production build of the page; the JavaScript files it wrote, by name. */
async function built(outDir: string): Promise<Map<string, string>> {
  await build({
    root: dir,
    configFile: false,
    logLevel: "error",
    plugins: [searchIndexPlugin()],
    build: { outDir, emptyOutDir: true, target: "es2022", rollupOptions: { input: join(dir, "entry.js") } },
  });
  const assets = join(outDir, "assets");
  return new Map(readdirSync(assets).map((name) => [name, readFileSync(join(assets, name), "utf8")]));
}

/** Output files holding a source's search index. */
const indexChunks = (files: Map<string, string>) => [...files].filter(([, code]) => /\\?"format\\?":2/.test(code));

describe("one search index chunk per source", () => {
  test("adding a source indexes only it", () => {
    const builder = new SearchIndexBuilder(join(dir, "sources"));
    withSources(4);
    const before = builder.build();
    expect(builder.indexed).toBe(4);
    withSources(5);
    const after = builder.build();
    expect(builder.indexed).toBe(5);
    expect(after.sources.map((s) => s.source.id)).toEqual([...before.sources.map((s) => s.source.id), "wikipedia-prostitution-kg"]);
    for (const { chunk } of before.sources) expect(after.chunks.get(chunk)).toBe(before.chunks.get(chunk));
  });

  test("in a production build, the other sources' chunks come out the same, byte for byte, under the same names", async () => {
    withSources(4);
    const four = await built(join(dir, "dist-4"));
    withSources(5);
    const five = await built(join(dir, "dist-5"));
    expect(indexChunks(four)).toHaveLength(4);
    expect(indexChunks(five)).toHaveLength(5);
    for (const [name, code] of indexChunks(four)) expect(five.get(name), name).toBe(code);
    const added = indexChunks(five).filter(([name]) => !four.has(name));
    expect(added).toHaveLength(1);
    expect(added[0]![1]).toContain("Tais Plus");
  });
});
