import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex } from "@noble/hashes/utils.js";
import { z } from "zod";
import type { Anchor, Excerpt } from "./anchor.ts";
import { canonicalize } from "../text/canonical.ts";

/**
 * `modules/anchors.lock.json`: where each excerpt was found and in which version of its source,
 * kept beside the modules so the Markdown stays clean. `sourcebook verify --update` writes it.
 */
export const LockEntrySchema = z
  .object({
    sourceId: z.string(),
    locator: z.string(),
    /** First 16 hex digits of the SHA-256 of the quote's canonical form. */
    quote: z.string().regex(/^[0-9a-f]{16}$/),
    fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    prefix: z.string(),
    suffix: z.string(),
  })
  .strict();

export const AnchorLockSchema = z.object({ version: z.literal(1), modules: z.record(z.string(), z.array(LockEntrySchema)) }).strict();

export type LockEntry = z.infer<typeof LockEntrySchema>;
export type AnchorLock = z.infer<typeof AnchorLockSchema>;

export const emptyLock = (): AnchorLock => ({ version: 1, modules: {} });

/** The key an excerpt is found by in the lock: insensitive to line breaks, quote styles and hyphens inside words. */
export function quoteKey(quote: string): string {
  // Without the hyphens, as the canonical form had them when the lock was first written: old keys stay valid.
  const key = canonicalize(quote).text.replace(/(?<=\p{L})-(?=\p{L})/gu, "");
  return bytesToHex(sha256(new TextEncoder().encode(key))).slice(0, 16);
}

export function lockEntry(excerpt: Excerpt): LockEntry {
  const { fingerprint, start, end, prefix, suffix } = excerpt.anchor;
  return { sourceId: excerpt.sourceId, locator: excerpt.locator, quote: quoteKey(excerpt.quote), fingerprint, start, end, prefix, suffix };
}

/** The lock entry of an excerpt of a module, if it has one. */
export function findLocked(lock: AnchorLock, moduleId: string, sourceId: string, quote: string): LockEntry | undefined {
  const key = quoteKey(quote);
  return lock.modules[moduleId]?.find((e) => e.sourceId === sourceId && e.quote === key);
}

/** An excerpt as it was anchored, for re-anchoring against a changed source. */
export function lockedExcerpt(entry: LockEntry, quote: string): Excerpt {
  const anchor: Anchor = { fingerprint: entry.fingerprint, start: entry.start, end: entry.end, prefix: entry.prefix, suffix: entry.suffix };
  return { sourceId: entry.sourceId, quote, locator: entry.locator, anchor };
}

/** The lock as written to disk: modules and entries in a stable order, one entry per line group. */
export function serializeLock(lock: AnchorLock): string {
  const modules = Object.fromEntries(
    Object.keys(lock.modules)
      .sort()
      .map((id) => [id, lock.modules[id]]),
  );
  return JSON.stringify({ version: 1, modules }, null, 2) + "\n";
}
