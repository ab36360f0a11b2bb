import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseHandoutTemplate } from "../core/library/handout-template-file.ts";
import { ContentError } from "../core/files/yaml-file.ts";
import { parseModule } from "../core/modules/parse-module.ts";
import type { HandoutTemplate } from "../core/schema/handout-template.ts";
import type { Module } from "../core/schema/module.ts";
import { readContentFile } from "./content-file.ts";
import { UsageError } from "./usage-error.ts";

/** Every module of `modules/` that parses cleanly, and the problems of those that do not. */
export function readModules(root: string): { modules: Map<string, Module>; problems: Map<string, string[]> } {
  const dir = join(root, "modules");
  const modules = new Map<string, Module>();
  const problems = new Map<string, string[]>();
  if (!existsSync(dir)) return { modules, problems };
  for (const f of readdirSync(dir)
    .filter((n) => n.endsWith(".md"))
    .sort()) {
    const parsed = parseModuleFile(join(dir, f), `modules/${f}`);
    if (parsed.module && parsed.errors.length === 0) modules.set(parsed.module.meta.id, parsed.module);
    else
      problems.set(
        f.replace(/\.md$/, ""),
        parsed.errors.map((e) => e.message),
      );
  }
  return { modules, problems };
}

/** A module file parsed; one that is not UTF-8 is parsed as nothing, with that error. */
export function parseModuleFile(path: string, name: string): ReturnType<typeof parseModule> {
  try {
    return parseModule(readContentFile(path, name), name);
  } catch (e) {
    if (e instanceof ContentError) return { lines: [], errors: [e] };
    throw e;
  }
}

/** A handout template by id from templates/handouts/. */
export function readHandoutTemplate(root: string, id: string): HandoutTemplate {
  const file = join(root, "templates", "handouts", `${id}.yaml`);
  if (!existsSync(file)) {
    const known = existsSync(join(root, "templates", "handouts"))
      ? readdirSync(join(root, "templates", "handouts")).map((f) => f.replace(/\.yaml$/, ""))
      : [];
    throw new UsageError(`No handout template "${id}" (templates: ${known.join(", ")}).`);
  }
  try {
    const name = `templates/handouts/${id}.yaml`;
    return parseHandoutTemplate(readContentFile(file, name), name);
  } catch (e) {
    if (e instanceof ContentError) throw new UsageError(e.message);
    throw e;
  }
}
