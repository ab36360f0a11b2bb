import { css } from "lit";

export const styles = css`
  :host {
    display: block;
    font: 0.95rem/1.5 var(--sb-font-ui, system-ui, sans-serif);
    color: var(--sb-ink, #1d1b18);
  }
  h1 {
    font: 600 1.8rem/1.2 var(--sb-font-body, serif);
    margin: 0 0 1rem;
  }
  form label {
    display: block;
    font-weight: 600;
    margin-bottom: 0.35rem;
  }
  .box {
    display: flex;
    gap: 0.5rem;
    max-width: 44rem;
  }
  input[type="search"] {
    flex: 1;
    min-width: 0;
    font: inherit;
    font-size: 1.05rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--sb-muted, #5f5a52);
    border-radius: 6px;
    background: var(--sb-paper, #fff);
    color: inherit;
  }
  button,
  select {
    font: inherit;
    color: inherit;
  }
  button {
    padding: 0.45rem 0.9rem;
    border: 1px solid var(--sb-link, #1f5fbf);
    border-radius: 6px;
    background: var(--sb-paper, #fff);
    color: var(--sb-link, #1f5fbf);
    cursor: pointer;
  }
  form button {
    background: var(--sb-link, #1f5fbf);
    color: #fff;
    font-weight: 600;
  }
  button:hover {
    background: var(--sb-link-tint, #e8eef9);
  }
  form button:hover {
    background: #174a96;
  }
  :focus-visible {
    outline: 2px solid var(--sb-focus, #1f5fbf);
    outline-offset: 2px;
  }
  .help {
    margin: 0.35rem 0 1.25rem;
    color: var(--sb-muted, #5f5a52);
    font-size: 0.85rem;
  }
  .layout {
    display: grid;
    grid-template-columns: 15rem minmax(0, 1fr);
    gap: 2rem;
    align-items: start;
  }
  .filters {
    padding: 0.75rem 1rem;
    background: var(--sb-panel, #f3f0e8);
    border-radius: 6px;
  }
  summary {
    font-weight: 600;
    cursor: pointer;
    padding: 0.15rem 0;
  }
  .in-use {
    font-weight: 400;
    color: var(--sb-accent, #7a4b1e);
  }
  .filter-body {
    display: grid;
    gap: 1rem;
    margin-top: 0.75rem;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend,
  .field {
    font-weight: 600;
    font-size: 0.85rem;
    padding: 0;
    margin-bottom: 0.35rem;
  }
  .check {
    display: flex;
    gap: 0.5rem;
    align-items: baseline;
    padding: 0.15rem 0;
    cursor: pointer;
  }
  .check input {
    margin: 0;
    flex: none;
  }
  .field {
    display: grid;
    gap: 0.25rem;
  }
  .field select {
    font-weight: 400;
    padding: 0.3rem;
    border: 1px solid var(--sb-muted, #5f5a52);
    border-radius: 4px;
    background: var(--sb-paper, #fff);
  }
  .years {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 0 0.75rem;
  }
  .count {
    margin: 0 0 1rem;
    color: var(--sb-muted, #5f5a52);
  }
  .problem {
    color: var(--sb-warning, #b3261e);
  }
  .hits {
    max-width: 48rem;
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }
  .hit {
    background: var(--sb-paper, #fff);
    border: 1px solid var(--sb-rule, #d7d3c8);
    border-radius: 6px;
    padding: 0.85rem 1.1rem;
  }
  .hit h2 {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75rem;
    margin: 0 0 0.35rem;
    font: 600 0.85rem/1.4 var(--sb-font-ui, system-ui, sans-serif);
  }
  .source {
    color: var(--sb-accent, #7a4b1e);
  }
  .locator {
    color: var(--sb-muted, #5f5a52);
    font-variant-numeric: tabular-nums;
  }
  .snippet {
    margin: 0 0 0.6rem;
    font: 1rem/1.55 var(--sb-font-body, serif);
    overflow-wrap: anywhere;
  }
  mark {
    background: var(--sb-highlight, #fff3c4);
    color: inherit;
    font-weight: 700;
    border-radius: 2px;
    box-shadow: 0 0 0 1px #e5cf74;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
  }
  .actions a {
    color: var(--sb-link, #1f5fbf);
  }
  .actions button {
    padding: 0.25rem 0.75rem;
  }
  .more {
    margin-top: 1rem;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (max-width: 52rem) {
    .layout {
      grid-template-columns: minmax(0, 1fr);
      gap: 1.25rem;
    }
  }
`;
