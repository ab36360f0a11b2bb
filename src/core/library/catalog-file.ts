import { CatalogSchema, type Catalog } from "../schema/catalog.ts";
import { ContentError, parseYamlFile } from "../files/yaml-file.ts";
import { supersedesProblem } from "./supersedes.ts";

/** Parses and validates `sources/catalog.yaml`; every problem is reported with its line. */
export function parseCatalog(text: string, file = "sources/catalog.yaml"): Catalog {
  const { value, yaml } = parseYamlFile(CatalogSchema, text, file);
  const ids = new Set<string>();
  value.sources.forEach((s, i) => {
    if (ids.has(s.id)) throw new ContentError(file, yaml.lineAt(["sources", i, "id"]), `sources[${i}].id`, `"${s.id}" is used twice`);
    ids.add(s.id);
  });
  const edition = supersedesProblem(value);
  if (edition)
    throw new ContentError(
      file,
      yaml.lineAt(["sources", edition.index, "supersedes"]),
      `sources[${edition.index}].supersedes`,
      edition.message,
    );
  value.sources.forEach((s, i) => {
    if (s.translationOf === undefined) return;
    const original = value.sources.find((o) => o.id === s.translationOf);
    const problem =
      s.translationOf === s.id
        ? "a source cannot be a translation of itself"
        : !original
          ? `"${s.translationOf}" is not in the catalog`
          : original.language === s.language
            ? `"${s.translationOf}" is in ${s.language} too: a translation is in another language`
            : undefined;
    if (problem) throw new ContentError(file, yaml.lineAt(["sources", i, "translationOf"]), `sources[${i}].translationOf`, problem);
  });
  return value;
}
