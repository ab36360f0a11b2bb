import type { CheckedExcerpt } from "./checked-excerpts.ts";
import type { Permission } from "../schema/permissions.ts";
import { handoutWords, type HandoutWords } from "../i18n/handout/catalogue.ts";

/** A DRAFT reason for each quoted source whose rights require permission that is not on record. */
export function permissionReasons(
  excerpts: readonly CheckedExcerpt[],
  permissions: readonly Permission[],
  words: HandoutWords = handoutWords(),
): string[] {
  const granted = new Set(permissions.map((p) => p.source));
  const quotes = new Map<string, { cite: string; count: number }>();
  for (const e of excerpts) {
    const entry = e.source?.entry;
    if (!entry?.rights.permissionRequired || granted.has(entry.id)) continue;
    const q = quotes.get(entry.id) ?? { cite: entry.shortCite, count: 0 };
    q.count++;
    quotes.set(entry.id, q);
  }
  return [...quotes.values()].map((q) => words.permissionMissing(q.cite, q.count));
}
