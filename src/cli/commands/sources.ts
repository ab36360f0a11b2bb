import { table } from "../format.ts";
import { supersededBy } from "../../core/library/supersedes.ts";
import { locatorScheme } from "../../core/sources/pages.ts";
import { passageCounts } from "../../core/sources/reading-text.ts";
import type { Library } from "../library.ts";

/** `sourcebook sources`: the library with passage and note counts. */
export function sources(args: { library: Library; json: boolean }): number {
  const rows = args.library.all().map((s) => {
    const { passages, notes } = passageCounts(s.reading);
    return {
      id: s.entry.id,
      title: s.entry.title,
      publisher: s.entry.publisher,
      date: s.entry.date,
      kind: s.entry.kind,
      file: s.entry.file,
      passages,
      notes,
      /** How its passages are cited: "para. N, note N", "section ¶k, p. N" … */
      locators: locatorScheme(s.reading),
      /** Pages, for a PDF. */
      pages: s.reading.pages?.length ?? null,
      fingerprint: s.fingerprint,
      permissionRequired: s.entry.rights.permissionRequired,
      /** The edition this one replaces, and those that replace it (it stays citable). */
      supersedes: s.entry.supersedes ?? null,
      supersededBy: supersededBy(args.library.catalog.sources, s.entry.id).map((e) => e.id),
    };
  });
  if (args.json) console.log(JSON.stringify(rows, null, 2));
  else {
    console.log(
      table([
        ["id", "kind", "year", "passages", "notes", "title"],
        ...rows.map((r) => [r.id, r.kind, r.date.slice(0, 4), String(r.passages), String(r.notes), titleCell(r)]),
      ]),
    );
  }
  return 0;
}

/** The title, and "(superseded by …)" for an edition a later one replaces. */
function titleCell(r: { title: string; supersededBy: string[] }): string {
  const title = r.title.replace(/\s+/g, " ");
  return r.supersededBy.length > 0 ? `${title} (superseded by ${r.supersededBy.join(", ")})` : title;
}
