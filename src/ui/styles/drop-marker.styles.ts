import { css } from "lit";

/**
 * Where a dragged item would land: a bar above or below the host (`drop="before"`/`"after"`) or an
 * element (`.drop-before`/`.drop-after`), which must be positioned. Each element sets how far out it sits.
 */
export const dropMarkerStyles = css`
  :host([drop="before"])::before,
  :host([drop="after"])::after,
  .drop-before::before,
  .drop-after::after {
    content: "";
    position: absolute;
    left: 0;
    right: 0;
    z-index: 1;
    height: 4px;
    border-radius: 2px;
    background: var(--sb-focus);
  }
`;
