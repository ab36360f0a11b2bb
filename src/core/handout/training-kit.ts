import type { FurtherReadingEntry } from "../schema/further-reading.ts";
import type { GlossaryEntry } from "../schema/glossary.ts";
import type { Permission } from "../schema/permissions.ts";
import type { ReferralEntry } from "../schema/referral-directory.ts";

/** The parts of a training kit that live beside the modules, each in its own file. */
export interface TrainingKit {
  /** `templates/glossary.yaml`. */
  glossary: readonly GlossaryEntry[];
  /** `templates/referral-directory.yaml`; empty until the organisation fills it in. */
  referrals: readonly ReferralEntry[];
  /** `sources/permissions.yaml`. */
  permissions: readonly Permission[];
  /** `sources/further-reading.yaml`. */
  furtherReading: readonly FurtherReadingEntry[];
}

export const EMPTY_KIT: TrainingKit = { glossary: [], referrals: [], permissions: [], furtherReading: [] };
