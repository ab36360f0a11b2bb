import { existsSync } from "node:fs";
import { join } from "node:path";
import { ContentError } from "../core/files/yaml-file.ts";
import type { TrainingKit } from "../core/handout/training-kit.ts";
import { parseFurtherReading, parseGlossary, parsePermissions, parseReferralDirectory } from "../core/library/training-kit-files.ts";
import type { Permission } from "../core/schema/permissions.ts";
import { readContentFile } from "./content-file.ts";
import { UsageError } from "./usage-error.ts";

/** One kit file of the library; a file the library does not have is an empty list, a bad one a usage error. */
function readKitFile<T>(root: string, name: string, parse: (text: string, file: string) => T[]): T[] {
  const path = join(root, name);
  if (!existsSync(path)) return [];
  try {
    return parse(readContentFile(path, name), name);
  } catch (e) {
    if (e instanceof ContentError) throw new UsageError(e.message);
    throw e;
  }
}

/** The ids of the library's further reading: cited in bibliographies, never quoted. */
export function furtherReadingIds(root: string): Set<string> {
  return new Set(readKitFile(root, "sources/further-reading.yaml", parseFurtherReading).map((f) => f.id));
}

/** `sources/permissions.yaml`: the permissions to reproduce on record. */
export function readPermissions(root: string): Permission[] {
  return readKitFile(root, "sources/permissions.yaml", parsePermissions);
}

/** The glossary, referral directory, permissions and further reading of the library at `root`. */
export function readTrainingKit(root: string): TrainingKit {
  return {
    glossary: readKitFile(root, "templates/glossary.yaml", parseGlossary),
    referrals: readKitFile(root, "templates/referral-directory.yaml", parseReferralDirectory),
    permissions: readPermissions(root),
    furtherReading: readKitFile(root, "sources/further-reading.yaml", parseFurtherReading),
  };
}
