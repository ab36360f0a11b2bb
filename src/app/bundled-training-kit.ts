import type { TrainingKit } from "../core/handout/training-kit.ts";
import { parseFurtherReading, parseGlossary, parsePermissions, parseReferralDirectory } from "../core/library/training-kit-files.ts";

// The same four files the CLI reads (src/cli/training-kit.ts), bundled as text; loaded when first printed.
const files = {
  glossary: () => import("../../templates/glossary.yaml?raw"),
  referrals: () => import("../../templates/referral-directory.yaml?raw"),
  permissions: () => import("../../sources/permissions.yaml?raw"),
  furtherReading: () => import("../../sources/further-reading.yaml?raw"),
};

let loaded: Promise<TrainingKit> | undefined;

/** The glossary, referral directory, permissions and further reading the app ships; a bad file rejects with its line and field. */
export function bundledTrainingKit(): Promise<TrainingKit> {
  loaded ??= Promise.all([files.glossary(), files.referrals(), files.permissions(), files.furtherReading()]).then(
    ([glossary, referrals, permissions, furtherReading]) => ({
      glossary: parseGlossary(glossary.default),
      referrals: parseReferralDirectory(referrals.default),
      permissions: parsePermissions(permissions.default),
      furtherReading: parseFurtherReading(furtherReading.default),
    }),
  );
  loaded.catch(() => (loaded = undefined));
  return loaded;
}
