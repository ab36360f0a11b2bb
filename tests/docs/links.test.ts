/**
 * The repository carries its own documentation: every Markdown file git tracks links only to
 * files (and headings) inside the repository, so whoever clones it has everything the docs point to.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { join, posix } from "node:path";
import { Marked, type Token, type TokensList } from "marked";
import { describe, expect, test } from "vitest";

const root = join(import.meta.dirname, "..", "..");

/** What the check needs of a repository: its files (paths from the root, with `/`) and their text. */
interface Repository {
  files: ReadonlySet<string>;
  read(file: string): string;
}

/** What a Markdown file links to, and what is wrong with it. */
interface FileReport {
  problems: string[];
  /** `https:` links to public references: allowed, and shown when the file fails. */
  external: string[];
}

const markdown = new Marked({ gfm: true });

/** The files git tracks: what a clone of the repository holds. */
function gitRepository(dir: string): Repository {
  const listed = execFileSync("git", ["ls-files", "-z"], { cwd: dir, encoding: "utf8" }).split("\0");
  const files = new Set(listed.filter((f) => f !== "" && existsSync(join(dir, f))));
  return { files, read: (file) => readFileSync(join(dir, file), "utf8") };
}

/** Every link, image and reference definition of a Markdown text, and `href`/`src` of its raw HTML. */
function hrefsOf(text: string): string[] {
  const tokens: TokensList = markdown.lexer(text);
  const hrefs = Object.values(tokens.links).map((l) => l.href);
  markdown.walkTokens(tokens, (t) => {
    if (t.type === "link" || t.type === "image") hrefs.push(t.href);
    if (t.type === "html") for (const m of t.raw.matchAll(/\b(?:href|src)\s*=\s*["']([^"']*)["']/gi)) hrefs.push(m[1]!);
  });
  return hrefs;
}

/** The anchors a Markdown file offers: its headings as GitHub names them, and `<a id|name>`. */
function anchorsOf(text: string): Set<string> {
  const tokens = markdown.lexer(text);
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  markdown.walkTokens(tokens, (t) => {
    if (t.type === "heading") {
      const slug = slugOf(plainText(t.tokens ?? []));
      const n = seen.get(slug) ?? 0;
      seen.set(slug, n + 1);
      anchors.add(n === 0 ? slug : `${slug}-${n}`);
    }
    if (t.type === "html") for (const m of t.raw.matchAll(/\b(?:id|name)\s*=\s*["']([^"']+)["']/gi)) anchors.add(m[1]!);
  });
  return anchors;
}

/** GitHub's heading anchor: lower case, punctuation dropped, spaces as hyphens. */
function slugOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "")
    .replace(/ /g, "-");
}

function plainText(tokens: Token[]): string {
  return tokens
    .map((t) => {
      if ("tokens" in t && t.tokens) return plainText(t.tokens);
      return t.type === "text" || t.type === "codespan" || t.type === "escape" ? t.text : "";
    })
    .join("");
}

/** What is wrong with one link of `from`, or "external" for an allowed public reference. */
function checkHref(from: string, href: string, repo: Repository): string | "external" | undefined {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href)?.[1]?.toLowerCase();
  if (scheme === "https") return "external";
  // The address `npm start` serves the workbench at, which the README tells a reader to open.
  if (/^http:\/\/(?:localhost|127\.0\.0\.1)(?::\d+)?(?:\/|$)/.test(href)) return undefined;
  if (scheme === "file") return "points to an absolute file path";
  if (scheme) return `uses ${scheme}:, but only https: links to public references may leave the repository`;
  const [pathPart = "", fragment] = href.split("#", 2);
  const path = decodeURIComponent(pathPart.split("?")[0]!);
  if (/(?:^|\/)shared\//.test(path)) return "points into a shared/ folder, which is not part of the repository";
  if (/^(?:\/|~|[a-z]:[\\/])/i.test(path)) return "points to an absolute file path";
  const target = path === "" ? from : posix.normalize(posix.join(posix.dirname(from), path)).replace(/\/$/, "");
  if (target === ".." || target.startsWith("../")) return "leaves the repository root";
  const isFile = repo.files.has(target);
  const isFolder = [...repo.files].some((f) => f.startsWith(`${target}/`));
  if (!isFile && !isFolder) return `${target} is not a file of the repository (git ls-files)`;
  if (fragment === undefined) return undefined;
  if (!isFile || !target.endsWith(".md")) return `#${fragment}: only a Markdown file's headings can be linked to`;
  const anchor = decodeURIComponent(fragment);
  return anchorsOf(repo.read(target)).has(anchor) ? undefined : `${target} has no heading #${anchor}`;
}

function checkFile(file: string, repo: Repository): FileReport {
  const report: FileReport = { problems: [], external: [] };
  for (const href of hrefsOf(repo.read(file))) {
    const result = checkHref(file, href, repo);
    if (result === "external") report.external.push(href);
    else if (result) report.problems.push(`${file}: ${href}: ${result}`);
  }
  return report;
}

describe("every Markdown file git tracks links only inside the repository", () => {
  const repo = gitRepository(root);
  const files = [...repo.files].filter((f) => f.endsWith(".md")).sort();

  test("the listing holds the README and the docs", () => {
    expect(files).toEqual(expect.arrayContaining(["README.md", "docs/ARCHITECTURE.md", "docs/citation-rules.md"]));
  });

  test.each(files)("%s", (file) => {
    const { problems, external } = checkFile(file, repo);
    expect(problems, `its https: links: ${external.length > 0 ? external.join(", ") : "none"}`).toEqual([]);
  });
});

describe("the link check", () => {
  const texts: Record<string, string> = {
    "README.md": "# Sourcebook\n",
    "docs/guide.md": "# Guide\n\n## The `sourcebook` command\n\n## Modules (`modules/<id>.md`)\n\n## Notes\n\n## Notes\n",
    "docs/reader.png": "",
    "src/core/text/canonical.ts": "",
  };
  const repo: Repository = { files: new Set(Object.keys(texts)), read: (file) => texts[file]! };
  const check = (href: string, from = "README.md") => checkHref(from, href, repo);

  test.each([
    "docs/guide.md",
    "./docs/guide.md",
    "docs/guide.md#the-sourcebook-command",
    "docs/guide.md#modules-modulesidmd",
    "docs/guide.md#notes-1",
    "docs/reader.png",
    "src/core/",
    "src/core/text/canonical.ts",
    "https://undocs.org/A/HRC/25/48/Add.1",
    "http://localhost:5173",
  ])("accepts %s", (href) => {
    expect([undefined, "external"]).toContain(check(href));
  });

  test("accepts a link up from docs/ that stays inside the root, and an anchor in the same file", () => {
    expect(check("../README.md", "docs/guide.md")).toBeUndefined();
    expect(check("#guide", "docs/guide.md")).toBeUndefined();
  });

  test.each([
    ["../shared/DESIGN.md", /shared\//],
    ["../../README.md", /leaves the repository root/],
    ["/work/shared/DESIGN.md", /shared\//],
    ["/etc/hosts", /absolute file path/],
    ["file:///work/main/README.md", /absolute file path/],
    ["http://example.org/report", /only https:/],
    ["docs/missing.md", /not a file of the repository/],
    ["docs/guide.md#no-such-heading", /no heading #no-such-heading/],
    ["src/core/text/canonical.ts#L10", /only a Markdown file's headings/],
    ["#nowhere", /README\.md has no heading #nowhere/],
  ])("rejects %s", (href, problem) => {
    expect(check(href)).toMatch(problem);
  });

  test("finds links in reference definitions, images, tables, lists and raw HTML, and none in code", () => {
    const text = [
      "[a][ref] ![b](b.png)",
      "",
      "| x | [c](c.md) |",
      "|---|---|",
      "",
      "- [d](d.md)",
      "",
      '<img src="e.png"> <a href="f.md">f</a>',
      "",
      "```",
      "[not](code.md)",
      "```",
      "",
      "[ref]: a.md",
    ].join("\n");
    expect(hrefsOf(text).sort()).toEqual(["a.md", "a.md", "b.png", "c.md", "d.md", "e.png", "f.md"]);
  });
});
