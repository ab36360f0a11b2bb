import { css } from "lit";

export const styles = css`
  :host {
    display: block;
    position: relative;
    font: 0.95rem/1.4 var(--sb-font-ui, sans-serif);
    color: var(--sb-ink, #1d1b18);
  }
  :host([dragging]) {
    opacity: 0.45;
  }
  /* Where a dragged item would land. */
  :host([drop="before"])::before,
  :host([drop="after"])::after {
    content: "";
    position: absolute;
    left: 0;
    right: 0;
    height: 4px;
    border-radius: 2px;
    background: var(--sb-focus, #1f5fbf);
  }
  :host([drop="before"])::before {
    top: -0.45rem;
  }
  :host([drop="after"])::after {
    bottom: -0.45rem;
  }
  .item {
    display: grid;
    grid-template-columns: auto 7.5rem minmax(0, 1fr) auto auto;
    grid-template-areas: "handle time what minutes remove";
    align-items: center;
    gap: 0.4rem 0.75rem;
    padding: 0.55rem 0.75rem;
    background: var(--sb-paper, #fff);
    border: 1px solid var(--sb-rule, #d7d3c8);
    border-left: 4px solid var(--sb-link, #1f5fbf);
    border-radius: 0.35rem;
  }
  .item.break {
    background: var(--sb-panel, #f3f0e8);
    border-left-color: #8a857b;
  }
  .item.has-problem {
    border-left-color: var(--sb-warning, #b3261e);
  }
  .handle {
    grid-area: handle;
    cursor: grab;
    width: 2.2rem;
    min-height: 2.2rem;
    padding: 0;
    font-size: 1.2rem;
    line-height: 1;
  }
  .handle[aria-pressed="true"] {
    background: var(--sb-link-tint, #e8eef9);
    border-color: var(--sb-focus, #1f5fbf);
  }
  .time {
    grid-area: time;
    margin: 0;
    font-variant-numeric: tabular-nums;
    font-weight: 600;
    white-space: nowrap;
  }
  .what {
    grid-area: what;
    min-width: 0;
  }
  .what p {
    margin: 0;
  }
  .title {
    font: 600 1.02rem/1.3 var(--sb-font-body, Georgia, serif);
  }
  .sections {
    color: var(--sb-muted, #5f5a52);
    font-size: 0.85rem;
  }
  .problem {
    color: var(--sb-warning, #b3261e);
    font-weight: 600;
    font-size: 0.88rem;
    margin-top: 0.2rem !important;
  }
  .break-label input {
    width: 100%;
    max-width: 20rem;
    box-sizing: border-box;
  }
  .minutes {
    grid-area: minutes;
    display: flex;
    align-items: center;
    gap: 0.35rem;
    flex-wrap: wrap;
    font-size: 0.85rem;
    font-weight: 600;
  }
  .minutes input {
    width: 4.75rem;
  }
  .remove {
    grid-area: remove;
    font-size: 0.85rem;
  }
  button,
  input {
    font: inherit;
    color: var(--sb-ink, #1d1b18);
    background: var(--sb-paper, #fff);
    border: 1px solid #8a857b;
    border-radius: 0.25rem;
    padding: 0.3rem 0.5rem;
    min-height: 2.2rem;
    box-sizing: border-box;
  }
  button {
    cursor: pointer;
  }
  [aria-invalid="true"] {
    border-color: var(--sb-warning, #b3261e);
    box-shadow: 0 0 0 1px var(--sb-warning, #b3261e);
  }
  .error {
    color: var(--sb-warning, #b3261e);
    font-size: 0.8rem;
    flex-basis: 100%;
    text-align: right;
  }
  button,
  input {
    scroll-margin: 8rem 0 2rem;
  }
  :focus-visible {
    outline: 3px solid var(--sb-focus, #1f5fbf);
    outline-offset: 1px;
  }
  .sr {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (max-width: 600px) {
    .item {
      grid-template-columns: auto minmax(0, 1fr) auto;
      grid-template-areas: "handle time remove" "what what what" "minutes minutes minutes";
      padding: 0.5rem;
    }
    .minutes {
      justify-content: flex-start;
    }
    .error {
      text-align: left;
    }
  }
`;
