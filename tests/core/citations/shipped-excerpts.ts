/** Every `:::excerpt` of the shipped modules, with where it is written. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseModule } from "../../../src/core/modules/parse-module.ts";
import type { ExcerptNode } from "../../../src/core/schema/module.ts";
import { ROOT } from "../library.ts";

export interface ShippedExcerpt {
  /** "modules/criminal-law.md:342" */
  where: string;
  moduleId: string;
  excerpt: ExcerptNode;
}

export function shippedExcerpts(): ShippedExcerpt[] {
  const dir = join(ROOT, "modules");
  return readdirSync(dir)
    .filter((f) => /^[^.]+\.md$/.test(f) /* not a translation, <id>.<language>.md */)
    .sort()
    .flatMap((f) => {
      const parsed = parseModule(readFileSync(join(dir, f), "utf8"), `modules/${f}`);
      if (!parsed.module) throw new Error(`modules/${f} does not parse: ${parsed.errors.map((e) => e.message).join("; ")}`);
      const moduleId = parsed.module.meta.id;
      return parsed.module.body.flatMap((node, i) =>
        node.kind === "excerpt" ? [{ where: `modules/${f}:${parsed.lines[i]}`, moduleId, excerpt: node }] : [],
      );
    });
}
