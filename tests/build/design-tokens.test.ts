import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, test } from "vitest";

// Every colour of the UI comes from src/ui/styles/design-tokens.css: the elements name tokens, with no
// fallback values (the tokens file is linked by every page), and name only tokens that exist.
const root = join(import.meta.dirname, "..", "..");
const ui = join(root, "src", "ui");
const TOKENS = join(ui, "styles", "design-tokens.css");

/** The custom properties a stylesheet defines (`--sb-x: …`). */
function definedTokens(css: string): Set<string> {
  return new Set([...css.matchAll(/(--sb-[\w-]+)\s*:/g)].map((m) => m[1]!));
}

/** The CSS in a file: a .css file whole; in TypeScript, the css`…` templates and style="…" attributes. */
function cssOf(file: string, text: string): string {
  if (file.endsWith(".css")) return text;
  const templates = [...text.matchAll(/\bcss`([^`]*)`/g)].map((m) => m[1]);
  const attributes = [...text.matchAll(/\bstyle=["']([^"']*)["']/g)].map((m) => m[1]);
  return [...templates, ...attributes].join("\n");
}

const NAMED_COLOURS = /:\s*[^;{}]*\b(white|black|red|green|blue|gray|grey|orange|yellow|purple|silver|navy|maroon)\b/i;

/** What is wrong with one file's styles, one line per problem ("file:line: …"). */
function tokenProblems(file: string, text: string, tokens: Set<string>): string[] {
  const problems: string[] = [];
  const css = cssOf(file, text);
  css.split("\n").forEach((line, i) => {
    const where = `${file}: css line ${i + 1}`;
    const code = line.replace(/\/\*.*?\*\//g, "");
    for (const m of code.matchAll(/var\(\s*(--sb-[\w-]+)\s*(,)?/g)) {
      if (m[2]) problems.push(`${where}: var(${m[1]}, …) has a fallback; the tokens file defines it`);
      if (!tokens.has(m[1]!)) problems.push(`${where}: ${m[1]} is not defined in design-tokens.css`);
    }
    for (const m of code.matchAll(/(--sb-[\w-]+)\s*:/g)) {
      if (!tokens.has(m[1]!)) problems.push(`${where}: sets ${m[1]}, which design-tokens.css does not define`);
    }
    const values = code.replace(/--sb-[\w-]+/g, "--");
    const colour = /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\(/i.exec(values) ?? NAMED_COLOURS.exec(values);
    if (colour) problems.push(`${where}: raw colour "${colour[0].trim()}"; use a token`);
  });
  return problems;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return /\.(ts|css)$/.test(entry.name) ? [path] : [];
  });
}

describe("the token check itself", () => {
  const tokens = new Set(["--sb-ink", "--sb-paper"]);
  const styles = (body: string) => `import { css } from "lit";\nexport const styles = css\`\n  p {\n${body}\n  }\n\`;\n`;

  test("passes styles that name defined tokens", () => {
    expect(tokenProblems("a.styles.ts", styles("color: var(--sb-ink); background: var(--sb-paper);"), tokens)).toEqual([]);
  });

  test("fails on a fallback", () => {
    expect(tokenProblems("a.styles.ts", styles("color: var(--sb-ink, #1d1b18);"), tokens).join("\n")).toMatch(/has a fallback/);
  });

  test("fails on a raw colour: hex, rgb() or a colour name", () => {
    for (const value of ["#8a857b", "#fff", "rgb(0 0 0 / 0.35)", "white"]) {
      expect(tokenProblems("a.styles.ts", styles(`color: ${value};`), tokens), value).toEqual([expect.stringMatching(/raw colour/)]);
    }
  });

  test("fails on a raw colour in an element's style attribute", () => {
    const element = 'html`<p style="color: #b3261e">x</p>`';
    expect(tokenProblems("sb-x.ts", element, tokens)).toEqual([expect.stringMatching(/raw colour "#b3261e"/)]);
  });

  test("fails on a token the tokens file does not define", () => {
    expect(tokenProblems("a.styles.ts", styles("color: var(--sb-success-green);"), tokens)).toEqual([
      expect.stringMatching(/--sb-success-green is not defined/),
    ]);
  });

  test("does not mistake ids and white-space for colours", () => {
    expect(tokenProblems("a.styles.ts", styles("white-space: nowrap;"), tokens)).toEqual([]);
    expect(tokenProblems("sb-x.ts", 'html`<a href="#add">x</a>`; querySelector(`#fade`)', tokens)).toEqual([]);
  });
});

test("every file in src/ui names only defined tokens, with no fallbacks and no raw colours", () => {
  const tokens = definedTokens(readFileSync(TOKENS, "utf8"));
  expect(tokens.has("--sb-field-border") && tokens.has("--sb-success")).toBe(true);
  const files = filesUnder(ui).filter((file) => file !== TOKENS);
  expect(files.filter((file) => file.endsWith(".styles.ts")).length).toBeGreaterThanOrEqual(25);
  const problems = files.flatMap((file) => tokenProblems(relative(root, file), readFileSync(file, "utf8"), tokens));
  expect(problems).toEqual([]);
});

test("the tokens file is the one every page links", () => {
  const pages = [
    "index.html",
    ...readdirSync(join(root, "tests/e2e/harness")).flatMap((f) => (f.endsWith(".html") ? [`tests/e2e/harness/${f}`] : [])),
  ];
  const linking = pages.filter((page) => readFileSync(join(root, page), "utf8").includes('href="/src/ui/styles/design-tokens.css"'));
  // The store harnesses show no element, only a status line of their own.
  expect(pages.filter((page) => !linking.includes(page))).toEqual([
    "tests/e2e/harness/module-store.html",
    "tests/e2e/harness/session-store.html",
  ]);
});
