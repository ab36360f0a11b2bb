import { updateWhenLocaleChanges } from "@lit/localize";
import { LitElement } from "lit";

/** The `detail` of an event declared in `GlobalEventHandlersEventMap` as a `CustomEvent`; `never` for any other event. */
export type EventDetail<K extends keyof GlobalEventHandlersEventMap> =
  GlobalEventHandlersEventMap[K] extends CustomEvent<infer D> ? D : never;

/** How an event travels, where it must differ from the default (it bubbles, leaves shadow roots and can be cancelled). */
export type EmitOptions = Pick<EventInit, "bubbles" | "composed" | "cancelable">;

/** `emit`'s arguments after the type: the detail (which may be left out when the event has none) and the options. */
type EmitArguments<K extends keyof GlobalEventHandlersEventMap> = [EventDetail<K>] extends [never]
  ? [detail: never, options?: EmitOptions]
  : undefined extends EventDetail<K>
    ? [detail?: EventDetail<K>, options?: EmitOptions]
    : [detail: EventDetail<K>, options?: EmitOptions];

/**
 * The base of every Sourcebook element: a `LitElement` that fires its `sb-*` events with `emit`, typed by their
 * declaration in `GlobalEventHandlersEventMap`, so an undeclared event or a detail of the wrong shape does not compile.
 */
export abstract class SbElement extends LitElement {
  constructor() {
    super();
    // Every element redraws in the new language when the trainer switches it.
    updateWhenLocaleChanges(this);
  }

  /**
   * Fires a bubbling, composed, cancelable `CustomEvent`; returns `false` when a listener called `preventDefault()`
   * (the element then leaves the default action to that listener).
   */
  protected emit<K extends keyof GlobalEventHandlersEventMap>(type: K, ...[detail, options]: EmitArguments<K>): boolean {
    return this.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, cancelable: true, ...options, detail }));
  }
}
