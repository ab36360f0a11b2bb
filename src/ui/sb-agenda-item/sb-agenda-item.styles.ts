import { css } from "lit";

export const styles = css`
  :host {
    position: relative;
    font-size: 0.95rem;
    line-height: 1.4;
  }
  :host([dragging]) {
    opacity: 0.45;
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
    background: var(--sb-paper);
    border: 1px solid var(--sb-rule);
    border-left: 4px solid var(--sb-link);
    border-radius: 0.35rem;
  }
  .item.break {
    background: var(--sb-panel);
    border-left-color: var(--sb-field-border);
  }
  .item.has-problem {
    border-left-color: var(--sb-warning);
  }
  .handle {
    grid-area: handle;
    cursor: grab;
    width: 2.2rem;
    padding: 0;
    font-size: 1.2rem;
    line-height: 1;
  }
  .handle[aria-pressed="true"] {
    background: var(--sb-link-tint);
    border-color: var(--sb-focus);
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
    overflow-wrap: anywhere;
  }
  .what p {
    margin: 0;
  }
  .title {
    font: 600 1.02rem/1.3 var(--sb-font-body);
  }
  .sections {
    color: var(--sb-muted);
    font-size: 0.85rem;
  }
  .objectives {
    font-size: 0.85rem;
    margin-top: 0.2rem;
  }
  .objectives summary {
    cursor: pointer;
    color: var(--sb-muted);
    width: fit-content;
  }
  .objectives fieldset {
    border: 0;
    margin: 0.3rem 0 0;
    padding: 0;
  }
  .objectives .hint {
    color: var(--sb-muted);
  }
  .objectives ul {
    list-style: none;
    margin: 0.3rem 0 0;
    padding: 0;
    display: grid;
    gap: 0.25rem;
  }
  .objectives label {
    display: flex;
    align-items: baseline;
    gap: 0.35rem;
  }
  .objectives input[type="checkbox"] {
    min-height: 0;
    padding: 0;
    flex: none;
  }
  .problem {
    color: var(--sb-warning);
    font-weight: 600;
    font-size: 0.88rem;
    margin-top: 0.2rem !important;
  }
  .break-label input {
    width: 100%;
    max-width: 20rem;
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
    min-height: 2.2rem;
    padding: 0.3rem 0.5rem;
    /* Focus moved after a move keeps clear of the sticky bar. */
    scroll-margin: 8rem 0 2rem;
  }
  .error {
    font-size: 0.8rem;
    font-weight: 400;
    flex-basis: 100%;
    text-align: right;
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
