import { existsSync, readdirSync, renameSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { ContentError } from "../../core/files/content-error.ts";
import { parseModule } from "../../core/modules/parse-module.ts";
import { serializeModule } from "../../core/modules/serialize-module.ts";
import { readContentFile } from "../content-file.ts";
import { green, red } from "../format.ts";
import { UsageError } from "../usage-error.ts";

/** `sourcebook fmt`: writes modules in canonical form; a module with errors is left untouched. */
export function formatModules(args: { root: string; files: string[]; check: boolean }): number {
  const dir = join(args.root, "modules");
  const files =
    args.files.length > 0
      ? args.files.map((f) => resolve(f))
      : existsSync(dir)
        ? readdirSync(dir)
            .filter((f) => f.endsWith(".md"))
            .sort()
            .map((f) => join(dir, f))
        : [];
  let problems = 0;
  for (const file of files) {
    if (!existsSync(file)) throw new UsageError(`No such module file: ${file}.`);
    const name = relative(args.root, file) || file;
    let text: string;
    try {
      text = readContentFile(file, name);
    } catch (e) {
      if (!(e instanceof ContentError)) throw e;
      problems++; // not UTF-8: left as it is, never rewritten with U+FFFD in place of the bytes
      console.log(`${red("✘")} ${e.message}`);
      continue;
    }
    const parsed = parseModule(text, name);
    if (!parsed.module || parsed.errors.length > 0) {
      problems++;
      for (const e of parsed.errors) console.log(`${red("✘")} ${e.message}`);
      continue;
    }
    const canonical = serializeModule(parsed.module);
    if (canonical === text) continue;
    if (args.check) {
      problems++;
      console.log(`${red("✘")} ${name} is not in canonical form (run sourcebook fmt)`);
    } else {
      const temp = `${file}.${process.pid}.tmp`;
      writeFileSync(temp, canonical);
      renameSync(temp, file);
      console.log(`${green("✔")} formatted ${name}`);
    }
  }
  return problems > 0 ? 1 : 0;
}
