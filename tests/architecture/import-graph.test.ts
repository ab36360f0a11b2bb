import { describe, expect, it } from "vitest";
import {
  coreViolations,
  describeCycle,
  elementFolderViolations,
  fileCycles,
  folderCycles,
  layerViolations,
  packageOf,
  readImports,
} from "./import-graph.ts";

// The layer rules on small made-up file maps: each passes a good import and names a bad one.

const files = (entries: Record<string, string>) => new Map(Object.entries(entries));
const PACKAGES = ["zod", "@noble/hashes"];

describe("reading imports", () => {
  it("sees static imports, re-exports, type imports and import() calls, resolved against the importing file", () => {
    const edges = readImports(
      files({
        "src/app/a.ts": [
          `import { x } from "./b.ts";`,
          `export { y } from "../core/c.ts";`,
          `import type { Z } from "zod";`,
          `const lazy = () => import("./lazy.ts");`,
          `// import { no } from "./comment.ts";`,
        ].join("\n"),
      }),
    );
    expect(edges).toEqual([
      { file: "src/app/a.ts", specifier: "./b.ts", target: "src/app/b.ts" },
      { file: "src/app/a.ts", specifier: "../core/c.ts", target: "src/core/c.ts" },
      { file: "src/app/a.ts", specifier: "zod" },
      { file: "src/app/a.ts", specifier: "./lazy.ts", target: "src/app/lazy.ts" },
    ]);
  });

  it("names a package by its scope and name", () => {
    expect(packageOf("@noble/hashes/sha2.js")).toBe("@noble/hashes");
    expect(packageOf("lit/decorators.js")).toBe("lit");
  });
});

describe("the core's rule", () => {
  const check = (text: string) => coreViolations(readImports(files({ "src/core/text/a.ts": text })), PACKAGES);

  it("lets through the core's own files and listed packages", () => {
    expect(check(`import "../schema/b.ts"; import "@noble/hashes/sha2.js"; import { z } from "zod";`)).toEqual([]);
  });

  it.each([
    [`import { LitElement } from "lit";`, "never imports Lit"],
    [`import { consume } from "@lit/context";`, "never imports Lit"],
    [`import { readFileSync } from "node:fs";`, "Node built-ins"],
    [`import { join } from "path";`, "Node built-ins"],
    [`import { routeHref } from "../../app/routes.ts";`, "never imports src/app"],
    [`export type { SbApp } from "../../ui/sb-app/sb-app.ts";`, "never imports src/ui"],
    [`const m = await import("../../cli/format.ts");`, "never imports src/cli"],
    [`import DOMPurify from "dompurify";`, "dompurify is not among the core's packages"],
  ])("names %s", (text, why) => {
    const [problem, ...more] = check(text);
    expect(more).toEqual([]);
    expect(problem).toContain(`src/core/text/a.ts imports "${/"([^"]+)"/.exec(text)![1]}"`);
    expect(problem).toContain(why);
  });
});

describe("the app's and the CLI's rules", () => {
  const edges = readImports(
    files({
      "src/app/store.ts": `import "../core/x.ts"; import "../ui/sb-app/sb-app.ts";`,
      "src/cli/main.ts": `import "../core/x.ts"; import "../app/store.ts";`,
    }),
  );

  it("name an app file that imports the UI", () => {
    expect(layerViolations(edges, "src/app", ["src/ui", "src/cli"])).toEqual([
      `src/app/store.ts imports "../ui/sb-app/sb-app.ts": src/app never imports src/ui`,
    ]);
  });

  it("name a CLI file that imports the app", () => {
    expect(layerViolations(edges, "src/cli", ["src/ui", "src/app"])).toEqual([
      `src/cli/main.ts imports "../app/store.ts": src/cli never imports src/app`,
    ]);
  });
});

describe("the element folders' rule", () => {
  it("lets an element import another element's module, and its own folder's files", () => {
    const edges = readImports(
      files({ "src/ui/sb-a/sb-a.ts": `import "../sb-b/sb-b.ts"; import "./a-logic.ts"; import "../controllers/c.ts";` }),
    );
    expect(elementFolderViolations(edges)).toEqual([]);
  });

  it("names a file that reaches into another element's folder", () => {
    const edges = readImports(files({ "src/ui/sb-a/sb-a.ts": `import { helper } from "../sb-b/b-logic.ts";` }));
    expect(elementFolderViolations(edges)).toEqual([
      `src/ui/sb-a/sb-a.ts imports "../sb-b/b-logic.ts": another element's folder is used only through its element, sb-b/sb-b.ts; shared UI code lives outside element folders`,
    ]);
  });
});

describe("cycles", () => {
  const tangled = files({
    "src/core/a/one.ts": `import "../b/two.ts";`,
    "src/core/b/two.ts": `import "../c/three.ts";`,
    "src/core/c/three.ts": `import "../a/other.ts";`,
    "src/core/a/other.ts": ``,
    "src/core/d/free.ts": `import "../a/one.ts";`,
  });

  it("finds folders that import each other through others, with one import for each step", () => {
    const cycles = folderCycles(readImports(tangled));
    expect(cycles.map(describeCycle)).toEqual([
      [
        "src/core/a → src/core/b → src/core/c → src/core/a",
        `  src/core/a/one.ts imports "../b/two.ts"`,
        `  src/core/b/two.ts imports "../c/three.ts"`,
        `  src/core/c/three.ts imports "../a/other.ts"`,
      ].join("\n"),
    ]);
  });

  it("finds no folder cycle where imports run one way", () => {
    const oneWay = files({
      "src/core/a/one.ts": `import "../b/two.ts";`,
      "src/core/b/two.ts": `import "./three.ts";`,
      "src/core/b/three.ts": "",
    });
    expect(folderCycles(readImports(oneWay))).toEqual([]);
  });

  it("finds two files of one folder that import each other", () => {
    const pair = files({
      "src/core/s/index-file.ts": `import "./search.ts";`,
      "src/core/s/search.ts": `import type { D } from "./index-file.ts";`,
    });
    expect(folderCycles(readImports(pair))).toEqual([]);
    expect(fileCycles(readImports(pair)).map((c) => c.members)).toEqual([["src/core/s/index-file.ts", "src/core/s/search.ts"]]);
  });
});
