import { existsSync, readdirSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { ContentError } from "../../core/files/content-error.ts";
import { frontMatterComments } from "../../core/modules/front-matter-comments.ts";
import { parseModule } from "../../core/modules/parse-module.ts";
import { translationFileName } from "../../core/modules/translation-file.ts";
import { serializeModule } from "../../core/modules/serialize-module.ts";
import { readContentFile } from "../content-file.ts";
import { green, red } from "../format.ts";
import { writeFileSafely } from "../safe-write.ts";
import { UsageError } from "../usage-error.ts";

/**
 * `sourcebook fmt`: writes modules in canonical form. A file is left untouched when it cannot be
 * rewritten faithfully: it has errors, is not UTF-8, or has YAML comments in its front matter
 * (the canonical form has no place for them, and moving them could change what they refer to).
 * Exit 1 for such a file or (with --check) one not canonical; 2 when a file could not be written.
 */
export function formatModules(args: { root: string; files: string[]; check: boolean }): number {
  const dir = join(args.root, "modules");
  const files =
    args.files.length > 0
      ? args.files.map((f) => resolve(f))
      : existsSync(dir)
        ? readdirSync(dir)
            .filter((f) => f.endsWith(".md") && !translationFileName(f))
            .sort()
            .map((f) => join(dir, f))
        : [];
  let problems = 0;
  let unwritten = 0;
  for (const file of files) {
    if (!existsSync(file)) throw new UsageError(`No such module file: ${file}.`);
    const name = relative(args.root, file) || file;
    const reason = (message: string) => {
      problems++;
      console.log(`${red("✘")} ${message}`);
    };
    let text: string;
    try {
      text = readContentFile(file, name);
    } catch (e) {
      if (!(e instanceof ContentError)) throw e;
      reason(e.message);
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
    const comment = frontMatterComments(text)[0];
    if (comment) {
      reason(
        `${name}:${comment.line}: the front matter has a comment (${comment.text}), which the canonical form cannot keep; fmt left the file as it was.`,
      );
      continue;
    }
    if (args.check) {
      reason(`${name} is not in canonical form (run sourcebook fmt)`);
      continue;
    }
    try {
      writeFileSafely(file, canonical, { shown: name, command: "fmt" });
      console.log(`${green("✔")} formatted ${name}`);
    } catch (e) {
      if (!(e instanceof UsageError)) throw e;
      unwritten++;
      console.error(`sourcebook: ${e.message}`);
    }
  }
  return unwritten > 0 ? 2 : problems > 0 ? 1 : 0;
}
