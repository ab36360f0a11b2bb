import type { ReactiveController, ReactiveControllerHost } from "lit";

/** How long typing may pause before what was typed is saved. */
export const SAVE_DELAY_MS = 250;

/**
 * What a trainer has typed into fields and not yet saved, or saved but not yet seen back from
 * the store. Fields show the draft until the saved module agrees with it, so a store update that
 * arrives mid-typing never overwrites a keystroke; saving is debounced and flushed on blur.
 */
export class FieldDrafts<Fields extends Record<string, unknown>> implements ReactiveController {
  private readonly values = new Map<keyof Fields, unknown>();
  private timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Saves every draft (the host builds, checks and sends the new value). */
    private readonly save: () => void,
    private readonly delay = SAVE_DELAY_MS,
  ) {
    host.addController(this);
  }

  /** The draft of a field, else the saved value. */
  get<K extends keyof Fields>(field: K, saved: Fields[K]): Fields[K] {
    return this.values.has(field) ? (this.values.get(field) as Fields[K]) : saved;
  }

  has(field: keyof Fields): boolean {
    return this.values.has(field);
  }

  /** Records a keystroke's result and schedules a save. */
  set<K extends keyof Fields>(field: K, value: Fields[K]): void {
    this.values.set(field, value);
    this.host.requestUpdate();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.delay);
  }

  /** Records a change and saves it at once (a checkbox, a button). */
  setNow<K extends keyof Fields>(field: K, value: Fields[K]): void {
    this.set(field, value);
    this.flush();
  }

  /** True while a save is scheduled. */
  get pending(): boolean {
    return this.timer !== undefined;
  }

  /** Saves now: on blur, and before anything moves. */
  flush(): void {
    if (this.timer === undefined) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.save();
  }

  /**
   * The saved value changed (a save came back, undo, another tab): drops drafts it no longer
   * agrees with, unless the trainer is still typing.
   */
  reconcile(agrees: (field: keyof Fields, draft: unknown) => boolean): void {
    if (this.pending) return;
    for (const [field, draft] of [...this.values]) if (!agrees(field, draft)) this.values.delete(field);
  }

  /** Forgets every draft (the fields now show something else). */
  clear(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.values.clear();
  }

  hostDisconnected(): void {
    this.flush();
  }
}
