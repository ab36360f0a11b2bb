import { css } from "lit";

export const styles = css`
  :host {
    display: block;
    max-width: 64rem;
    margin: 0 auto;
    padding: 1.5rem 1rem 4rem;
  }
  h1 {
    font: 700 1.8rem/1.2 var(--sb-font-body);
    margin: 0 0 0.25rem;
  }
  .lead,
  .count {
    color: var(--sb-muted);
    margin: 0 0 1rem;
  }
  .create,
  .tools,
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: end;
    margin: 0 0 1rem;
  }
  .filters {
    border: 1px solid var(--sb-rule);
    border-radius: 6px;
    padding: 0.5rem 0.75rem 0.75rem;
  }
  label {
    display: grid;
    gap: 0.2rem;
    font: 600 0.85rem/1.3 var(--sb-font-ui);
  }
  input,
  select,
  button {
    font: 400 0.95rem/1.3 var(--sb-font-ui);
    padding: 0.4rem 0.6rem;
    border: 1px solid var(--sb-muted);
    border-radius: 4px;
    background: var(--sb-paper);
    color: var(--sb-ink);
  }
  button {
    cursor: pointer;
    font-weight: 600;
  }
  button:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }
  .create button {
    background: var(--sb-link);
    border-color: var(--sb-link);
    color: #fff;
  }
  .file {
    position: relative;
    font-size: 0.95rem;
    padding: 0.4rem 0.6rem;
    border: 1px solid var(--sb-muted);
    border-radius: 4px;
    background: var(--sb-paper);
    font-weight: 600;
    cursor: pointer;
  }
  .file input {
    position: absolute;
    inset: 0;
    opacity: 0;
    cursor: pointer;
  }
  .file:focus-within {
    outline: 3px solid var(--sb-focus);
    outline-offset: 2px;
  }
  .status {
    min-height: 1.5rem;
    margin: 0 0 0.5rem;
  }
  .link {
    border: 0;
    padding: 0;
    background: none;
    color: var(--sb-link);
    text-decoration: underline;
  }
  .modules {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }
  .module {
    background: var(--sb-paper);
    border: 1px solid var(--sb-rule);
    border-radius: 6px;
    padding: 0.9rem 1rem;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem 0.9rem;
    font-size: 0.8rem;
    color: var(--sb-muted);
  }
  .origin {
    font-weight: 700;
    color: var(--sb-accent);
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .origin.own,
  .origin.copy {
    color: #1d6b2f;
  }
  h2 {
    margin: 0.25rem 0;
    font: 700 1.15rem/1.3 var(--sb-font-body);
  }
  h2 a {
    color: var(--sb-ink);
  }
  .summary {
    margin: 0 0 0.5rem;
    color: var(--sb-muted);
    font-size: 0.92rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .actions button {
    font-size: 0.85rem;
    padding: 0.3rem 0.6rem;
  }
  .review-link {
    align-self: center;
    font: 600 0.85rem/1.3 var(--sb-font-ui);
    color: var(--sb-link);
    margin-right: 0.25rem;
  }
  .danger {
    color: var(--sb-warning);
  }
  :focus-visible {
    outline: 3px solid var(--sb-focus);
    outline-offset: 2px;
  }
`;
