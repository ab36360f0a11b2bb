import { table } from "../format.ts";
import { supersededBy } from "../../core/library/supersedes.ts";
import { locatorScheme } from "../../core/sources/pages.ts";
import { passageCounts } from "../../core/sources/reading-text.ts";
import type { Library } from "../library.ts";
import { longDate } from "../../core/text/calendar-date.ts";
import type { Permission } from "../../core/schema/permissions.ts";
import { readPermissions } from "../training-kit.ts";

/** `sourcebook sources`: the library with passage and note counts, and the permissions its rights require. */
export function sources(args: { root: string; library: Library; json: boolean }): number {
  const permissions = new Map(readPermissions(args.root).map((p) => [p.source, p]));
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
      permission: permissionOf(s.entry.rights.permissionRequired, permissions.get(s.entry.id)),
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
    for (const r of rows.filter((r) => r.permission.required))
      console.log(`${r.id}: permission required: ${permissionWords(r.permission)}.`);
  }
  return 0;
}

/** The title, and "(superseded by …)" for an edition a later one replaces. */
function titleCell(r: { title: string; supersededBy: string[] }): string {
  const title = r.title.replace(/\s+/g, " ");
  return r.supersededBy.length > 0 ? `${title} (superseded by ${r.supersededBy.join(", ")})` : title;
}

/** Whether the source's rights require permission, and the permission on record, if any. */
type PermissionState =
  | { required: boolean; onRecord: false }
  | { required: boolean; onRecord: true; grantedBy: string; date: string; scope: string; reference: string };

function permissionOf(required: boolean, record: Permission | undefined): PermissionState {
  if (!record) return { required, onRecord: false };
  return { required, onRecord: true, grantedBy: record["granted-by"], date: record.date, scope: record.scope, reference: record.reference };
}

function permissionWords(p: PermissionState): string {
  return p.onRecord ? `on record (granted by ${p.grantedBy}, ${longDate(p.date)})` : "none on record in sources/permissions.yaml";
}
