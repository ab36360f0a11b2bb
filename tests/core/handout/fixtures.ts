import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildHandout, type Edition } from "../../../src/core/handout/build-handout.ts";
import { parseHandoutTemplate } from "../../../src/core/library/handout-template-file.ts";
import { parseCatalog } from "../../../src/core/library/catalog-file.ts";
import { parseModule } from "../../../src/core/modules/parse-module.ts";
import type { Module } from "../../../src/core/schema/module.ts";
import { loadSession } from "../../../src/core/sessions/session-file.ts";
import { loadSource } from "../../../src/core/sources/source.ts";
import { renderPdf } from "../../../src/cli/render-pdf.ts";
import { readTrainingKit } from "../../../src/cli/training-kit.ts";
import { readTranslations } from "../../../src/cli/content.ts";
import { today } from "../../../src/core/text/calendar-date.ts";
import { readPdf, type PdfText } from "../../pdf-text.ts";

export const root = join(import.meta.dirname, "..", "..", "..");

export const sources = parseCatalog(readFileSync(join(root, "sources", "catalog.yaml"), "utf8")).sources.map((e) =>
  loadSource(e, readFileSync(join(root, "sources", e.file))),
);

export function shippedModules(): Map<string, Module> {
  const dir = join(root, "modules");
  return new Map(
    readdirSync(dir)
      .filter((f) => /^[^.]+\.md$/.test(f) /* not a translation, <id>.<language>.md */)
      .map((f) => {
        const m = parseModule(readFileSync(join(dir, f), "utf8"), `modules/${f}`).module!;
        return [m.meta.id, m];
      }),
  );
}

export const template = (id = "default") =>
  parseHandoutTemplate(readFileSync(join(root, "templates", "handouts", `${id}.yaml`), "utf8"), `templates/handouts/${id}.yaml`);

/** The shipped modules' translations that can be printed, by language and module id (for sessions in those languages). */
export const shippedTranslations = () => readTranslations(root).printable;

export function starterSession(name: string, modules = shippedModules()) {
  const file = `templates/sessions/${name}.yaml`;
  return loadSession(readFileSync(join(root, file), "utf8"), file, modules, shippedTranslations());
}

const cache = new Map<string, Promise<{ pdf: PdfText; bytes: Buffer; handout: ReturnType<typeof buildHandout> }>>();

/**
 * A starter session printed as an edition, read back from the PDF (cached per run); with `kit: "shipped"`, as the CLI
 * prints it, with the library's glossary, referral directory, permissions and further reading, printed today.
 */
export function printed(name: string, edition: Edition, paper?: "a4" | "letter", kit?: "shipped") {
  const key = `${name}/${edition}/${paper}/${kit}`;
  if (!cache.has(key)) {
    cache.set(
      key,
      (async () => {
        const handout = buildHandout({
          session: starterSession(name),
          template: template(),
          edition,
          sources,
          ...(paper ? { paper } : {}),
          ...(kit ? { kit: readTrainingKit(root), printedOn: today() } : {}),
        });
        const bytes = await renderPdf(handout.definition);
        return { pdf: await readPdf(bytes), bytes, handout };
      })(),
    );
  }
  return cache.get(key)!;
}
