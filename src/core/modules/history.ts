import type { Module } from "../schema/module.ts";

/** How many steps back a trainer can go. */
export const HISTORY_LIMIT = 200;
/** Edits of the same field closer together than this are one step (typing a sentence is one undo). */
export const COALESCE_MS = 1000;

/**
 * Bounded undo/redo over immutable snapshots. `present` is the current value; `record` moves it
 * into the past; an edit with the same coalesce key soon after the last one replaces it instead.
 */
export class History<T> {
  private past: T[] = [];
  private future: T[] = [];
  private lastKey?: string;
  private lastAt = -Infinity;

  constructor(
    private current: T,
    private readonly limit = HISTORY_LIMIT,
  ) {}

  get present(): T {
    return this.current;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  /** Makes `next` the present; `key` and `at` (ms) let rapid edits of one field count as one step. */
  record(next: T, key?: string, at = 0): void {
    const coalesce = key !== undefined && key === this.lastKey && at - this.lastAt < COALESCE_MS && this.past.length > 0;
    if (!coalesce) {
      this.past.push(this.current);
      if (this.past.length > this.limit) this.past.splice(0, this.past.length - this.limit);
    }
    this.current = next;
    this.future = [];
    this.lastKey = key;
    this.lastAt = at;
  }

  /** Steps back; returns the new present, or undefined when there is nothing to undo. */
  undo(): T | undefined {
    return this.step(this.past, this.future);
  }

  redo(): T | undefined {
    return this.step(this.future, this.past);
  }

  /** Forgets every step: `present` becomes the only state (after another tab's version is read). */
  reset(present: T): void {
    this.past = [];
    this.future = [];
    this.current = present;
    this.lastKey = undefined;
  }

  /** Makes the last state of `from` the present, keeping the present on `to`. */
  private step(from: T[], to: T[]): T | undefined {
    const next = from.pop();
    if (next === undefined) return undefined;
    to.push(this.current);
    this.current = next;
    this.lastKey = undefined;
    return next;
  }
}

/**
 * What an edit touched, when it touched one thing: "meta.title", "body.4" (same node kind, same
 * body length). Typing in one field gives the same key keystroke after keystroke.
 */
export function editKey(before: Module, after: Module): string | undefined {
  const metaKeys = new Set([...Object.keys(before.meta), ...Object.keys(after.meta)]);
  const changedMeta = [...metaKeys].filter((k) => !same((before.meta as Record<string, unknown>)[k], (after.meta as Record<string, unknown>)[k]));
  const bodySame = before.body === after.body;
  if (changedMeta.length === 1 && (bodySame || sameBody(before, after))) return `meta.${changedMeta[0]}`;
  if (changedMeta.length > 0 || before.body.length !== after.body.length) return undefined;
  const changed = before.body.flatMap((n, i) => (n === after.body[i] || same(n, after.body[i]) ? [] : [i]));
  if (changed.length !== 1) return undefined;
  const i = changed[0]!;
  const [a, b] = [before.body[i]!, after.body[i]!];
  if (a.kind !== b.kind) return undefined;
  // Keyed by the fields that changed: typing a quote coalesces, ticking its acknowledgement is a step of its own.
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .filter((k) => !same((a as unknown as Record<string, unknown>)[k], (b as unknown as Record<string, unknown>)[k]))
    .sort();
  return `body.${i}.${fields.join(",")}`;
}

function sameBody(a: Module, b: Module): boolean {
  return a.body.length === b.body.length && a.body.every((n, i) => n === b.body[i] || same(n, b.body[i]));
}

function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
