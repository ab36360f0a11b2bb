import { readFileSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { projectCopy, sourcebook } from "./run-cli.ts";

const QUOTE = "as many as 20 per cent of prostitutes working in Bishkek are minors";

/** The build the copy's manifest points at. */
const currentBuild = (project: string) =>
  JSON.parse(readFileSync(join(project, "node_modules", ".cache", "sourcebook", "cli", "current.json"), "utf8")).build as string;

function edit(project: string, file: string, from: string, to: string) {
  const path = join(project, file);
  const text = readFileSync(path, "utf8");
  expect(text).toContain(from);
  writeFileSync(path, text.replace(from, to));
}

test("the command runs compiled code, and never code older than src/: an edit is built before the next run", () => {
  const project = projectCopy();
  const cite = () => sourcebook(["cite", "un-hrc-25-48-add1", QUOTE], { project, cwd: project });
  expect(cite()).toMatchObject({ code: 0, stderr: "" });
  const first = currentBuild(project);

  // Saved again without a change: the same build runs.
  const file = join(project, "src", "cli", "commands", "cite.ts");
  utimesSync(file, new Date(), new Date(Date.now() + 5000));
  expect(cite().code).toBe(0);
  expect(currentBuild(project)).toBe(first);

  edit(project, "src/cli/commands/cite.ts", 'green("✔ verified")', 'green("✔ verified (edited)")');
  const after = cite();
  expect(after).toMatchObject({ code: 0, stderr: "" });
  expect(after.stdout).toContain("✔ verified (edited)  para. 14");
  expect(currentBuild(project)).not.toBe(first);
});

test("a change to the parsing code is a new parser version: cached sources are parsed again", () => {
  const project = projectCopy();
  const cite = () => sourcebook(["cite", "un-hrc-25-48-add1", QUOTE, "--json"], { project, cwd: project });
  expect(JSON.parse(cite().stdout).citation).toBe("UN Special Rapporteur (2013), para. 14");
  // The UN parser names paragraphs "para. N"; a parser that names them otherwise must be seen at once.
  edit(project, "src/core/sources/locator-names.ts", "`para. ${", "`paragraph ${");
  const r = cite();
  expect(r.code).toBe(0);
  expect(JSON.parse(r.stdout).locator).toBe("paragraph 14");
});

test("when the code cannot be compiled, the command runs the TypeScript through tsx and says so", () => {
  const project = projectCopy();
  // A syntax error in a command cite does not load: cite still works.
  edit(project, "src/cli/commands/fmt.ts", "export function formatModules", "export function formatModules(((");
  const r = sourcebook(["cite", "un-hrc-25-48-add1", QUOTE], { project, cwd: project });
  expect(r.code).toBe(0);
  expect(r.stdout).toContain("✔ verified  para. 14");
  expect(r.stderr).toMatch(/^sourcebook: could not compile the command \(.*\); running it through tsx\.\n$/);
});
