import type { Catalog, CatalogEntry } from "../schema/catalog.ts";

/** The first entry whose `supersedes` names no source, itself, or closes a cycle of editions. */
export function supersedesProblem(catalog: Catalog): { index: number; message: string } | undefined {
  const byId = new Map(catalog.sources.map((s) => [s.id, s]));
  for (const [index, entry] of catalog.sources.entries()) {
    const old = entry.supersedes;
    if (old === undefined) continue;
    if (old === entry.id) return { index, message: `"${entry.id}" cannot supersede itself` };
    if (!byId.has(old)) return { index, message: `"${old}" is not a source of the catalog (known: ${[...byId.keys()].join(", ")})` };
    const chain = [entry.id];
    for (let at: string | undefined = old; at !== undefined; at = byId.get(at)?.supersedes) {
      if (at === entry.id) return { index, message: `editions supersede each other in a cycle (${[...chain, at].join(" → ")})` };
      if (chain.includes(at)) break;
      chain.push(at);
    }
  }
  return undefined;
}

/** The editions that replace source `id` (usually one; none for a current edition). */
export function supersededBy(entries: readonly CatalogEntry[], id: string): CatalogEntry[] {
  return entries.filter((s) => s.supersedes === id);
}
