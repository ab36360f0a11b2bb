import { css } from "lit";

/**
 * What every element needs, first in its `static styles`: a block host in the UI font and ink, `hidden`
 * that hides even a host with a `display` of its own, visually hidden text for screen readers, and one
 * focus ring. An element's own styles come after and may change any of it.
 */
export const componentStyles = css`
  :host {
    display: block;
    font: 1rem/1.5 var(--sb-font-ui);
    color: var(--sb-ink);
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  .sr {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  :focus-visible {
    outline: 3px solid var(--sb-focus);
    outline-offset: 2px;
  }
`;
