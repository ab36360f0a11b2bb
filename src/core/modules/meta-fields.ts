import { ModuleMetaSchema, type Audience, type ModuleMeta } from "../schema/module.ts";

/** The front matter fields a trainer edits, as the form holds them while typing. */
export interface MetaDrafts extends Record<string, unknown> {
  title: string;
  summary: string;
  audiences: Audience[];
  topics: string;
  minutes: string;
  version: string;
  objectives: string[];
}

export type MetaField = keyof MetaDrafts;

/** The form's text for each field of saved front matter. */
export function draftsOf(meta: ModuleMeta): MetaDrafts {
  return {
    title: meta.title,
    summary: meta.summary,
    audiences: meta.audiences,
    topics: meta.topics.join(", "),
    minutes: String(meta.minutes),
    version: String(meta.version),
    objectives: meta.objectives,
  };
}

/** A typed field's value as the front matter would hold it (not yet checked). */
function valueOf(field: MetaField, draft: unknown): unknown {
  switch (field) {
    case "topics":
      return (draft as string)
        .split(",")
        .map((t) => t.trim())
        .filter(Boolean);
    case "minutes":
    case "version": {
      const text = (draft as string).trim();
      return text === "" ? undefined : Number(text);
    }
    case "objectives":
      // A row added but not yet written in is not an objective yet.
      return (draft as string[]).filter((o) => o.trim() !== "");
    default:
      return draft;
  }
}

/** What the trainer is told when a field breaks the rules of ModuleMetaSchema. */
const MESSAGES: Partial<Record<MetaField, string>> = {
  title: "The title can't be empty.",
  audiences: "Choose at least one audience.",
  minutes: "Minutes must be a whole number above 0.",
  version: "The version must be a whole number above 0.",
};

export interface CheckedMeta {
  /** The saved front matter with every draft that keeps the rules applied; those that break them wait. */
  meta: ModuleMeta;
  /** A message per field that breaks a rule. */
  errors: Partial<Record<MetaField, string>>;
}

/** Checks each draft against ModuleMetaSchema on its own, so one wrong field never holds back the others. */
export function checkMeta(saved: ModuleMeta, drafts: Partial<MetaDrafts>): CheckedMeta {
  let meta = saved;
  const errors: Partial<Record<MetaField, string>> = {};
  for (const [field, draft] of Object.entries(drafts)) {
    const result = ModuleMetaSchema.safeParse({ ...meta, [field]: valueOf(field as MetaField, draft) });
    if (result.success) meta = result.data;
    else errors[field as MetaField] = messageFor(field as MetaField, result.error.issues, draft);
  }
  return { meta, errors };
}

function messageFor(field: MetaField, issues: { path: PropertyKey[]; message: string }[], draft: unknown): string {
  const issue = issues.find((i) => i.path[0] === field) ?? issues[0]!;
  if (field === "topics" && typeof issue.path[1] === "number") {
    const topic = (valueOf("topics", draft) as string[])[issue.path[1]];
    return `"${topic}" is not a topic name: use lower-case words joined by hyphens, like child-victims.`;
  }
  return MESSAGES[field] ?? `${String(field)}: ${issue.message}`;
}

/**
 * Whether a draft stays on screen when the saved value moves on (a save came back, undo, another
 * tab): one that breaks a rule stays with its message; one that says what is saved stays (it may
 * hold a trailing space mid-word); one the saved value has moved away from goes.
 */
export function draftStays(saved: ModuleMeta, field: MetaField, draft: unknown): boolean {
  const checked = checkMeta(saved, { [field]: draft });
  if (checked.errors[field] !== undefined) return true;
  const key = field as keyof ModuleMeta;
  return JSON.stringify(checked.meta[key]) === JSON.stringify(saved[key]);
}
