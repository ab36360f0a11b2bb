import { ContentError, parseYamlFile } from "../files/yaml-file.ts";
import { FurtherReadingSchema, type FurtherReadingEntry } from "../schema/further-reading.ts";
import { GlossarySchema, type GlossaryEntry } from "../schema/glossary.ts";
import { PermissionsSchema, type Permission } from "../schema/permissions.ts";
import { ReferralDirectorySchema, type ReferralEntry } from "../schema/referral-directory.ts";

/** `sources/permissions.yaml`; every problem names the file, line and field. */
export function parsePermissions(text: string, file = "sources/permissions.yaml"): Permission[] {
  return parseYamlFile(PermissionsSchema, text, file).value.permissions;
}

/** `templates/referral-directory.yaml`; an empty file or an empty list is a directory still to fill in. */
export function parseReferralDirectory(text: string, file = "templates/referral-directory.yaml"): ReferralEntry[] {
  if (text.trim() === "" || /^(\s*#.*\n?)*\s*$/.test(text)) return [];
  return parseYamlFile(ReferralDirectorySchema, text, file).value.services;
}

/** `templates/glossary.yaml`. */
export function parseGlossary(text: string, file = "templates/glossary.yaml"): GlossaryEntry[] {
  return parseYamlFile(GlossarySchema, text, file).value.terms;
}

/** `sources/further-reading.yaml`; an id used twice is refused at its line. */
export function parseFurtherReading(text: string, file = "sources/further-reading.yaml"): FurtherReadingEntry[] {
  const { value, yaml } = parseYamlFile(FurtherReadingSchema, text, file);
  const entries = value["further-reading"];
  const seen = new Set<string>();
  entries.forEach((e, i) => {
    if (seen.has(e.id))
      throw new ContentError(file, yaml.lineAt(["further-reading", i, "id"]), `further-reading[${i}].id`, `"${e.id}" is used twice`);
    seen.add(e.id);
  });
  return entries;
}
