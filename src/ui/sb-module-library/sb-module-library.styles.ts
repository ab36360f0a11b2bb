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
  button,
  label.file {
    font: 400 0.95rem/1.3 var(--sb-font-ui);
    padding: 0.4rem 0.6rem;
  }
  button,
  label.file {
    font-weight: 600;
  }
  .status {
    min-height: 1.5rem;
    margin: 0 0 0.5rem;
    overflow-wrap: anywhere;
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
    overflow-wrap: anywhere;
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
    color: var(--sb-success);
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
`;
