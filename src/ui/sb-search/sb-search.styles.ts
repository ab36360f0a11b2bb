import { css } from "lit";

export const styles = css`
  :host {
    font-size: 0.95rem;
  }
  h1 {
    font: 600 1.8rem/1.2 var(--sb-font-body);
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
  /* The search box is the page's main control: larger, with rounder corners. */
  input[type="search"] {
    flex: 1;
    font-size: 1.05rem;
    padding: 0.5rem 0.75rem;
    border-color: var(--sb-muted);
    border-radius: 6px;
  }
  /* Buttons on this page are outlined in the link colour: each hit's action reads as part of the hit. */
  button {
    padding: 0.45rem 0.9rem;
    border-color: var(--sb-link);
    border-radius: 6px;
    color: var(--sb-link);
  }
  form button {
    background: var(--sb-link);
    color: var(--sb-on-link);
    font-weight: 600;
  }
  button:hover {
    background: var(--sb-link-tint);
  }
  form button:hover {
    background: var(--sb-link-hover);
  }
  .help {
    margin: 0.35rem 0 1.25rem;
    color: var(--sb-muted);
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
    background: var(--sb-panel);
    border-radius: 6px;
  }
  summary {
    font-weight: 600;
    cursor: pointer;
    padding: 0.15rem 0;
  }
  .in-use {
    font-weight: 400;
    color: var(--sb-accent);
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
  }
  .years {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 0 0.75rem;
  }
  .count {
    margin: 0 0 1rem;
    color: var(--sb-muted);
  }
  .problem {
    color: var(--sb-warning);
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
    background: var(--sb-paper);
    border: 1px solid var(--sb-rule);
    border-radius: 6px;
    padding: 0.85rem 1.1rem;
  }
  .hit h2 {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75rem;
    margin: 0 0 0.35rem;
    font: 600 0.85rem/1.4 var(--sb-font-ui);
  }
  .source {
    color: var(--sb-accent);
  }
  .locator {
    color: var(--sb-muted);
    font-variant-numeric: tabular-nums;
  }
  .snippet {
    margin: 0 0 0.6rem;
    font: 1rem/1.55 var(--sb-font-body);
    overflow-wrap: anywhere;
  }
  mark {
    background: var(--sb-highlight);
    color: inherit;
    font-weight: 700;
    border-radius: 2px;
    box-shadow: 0 0 0 1px var(--sb-highlight-rule);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
  }
  .actions a {
    color: var(--sb-link);
  }
  .actions button {
    padding: 0.25rem 0.75rem;
  }
  .more {
    margin-top: 1rem;
  }
  @media (max-width: 52rem) {
    .layout {
      grid-template-columns: minmax(0, 1fr);
      gap: 1.25rem;
    }
  }
`;
