import { css } from "lit";

export const styles = css`
  :host {
    display: block;
    max-width: 64rem;
    margin: 0 auto;
    padding: 1.5rem 1rem 4rem;
    font-size: 1rem;
    line-height: 1.5;
  }
  h1 {
    font: 700 1.8rem/1.2 var(--sb-font-body);
    margin: 0 0 0.25rem;
  }
  h2 {
    font: 600 1.1rem/1.3 var(--sb-font-ui);
    margin: 1.5rem 0 0.6rem;
  }
  .lead,
  .empty {
    color: var(--sb-muted);
    margin: 0 0 1rem;
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: center;
    margin: 0 0 0.5rem;
  }
  button,
  label.file {
    font: 600 0.95rem/1.3 var(--sb-font-ui);
    padding: 0.4rem 0.7rem;
  }
  .status {
    min-height: 1.5rem;
    margin: 0 0 0.5rem;
    overflow-wrap: anywhere;
  }
  .sessions {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }
  .session {
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
  h3 {
    margin: 0.25rem 0 0.5rem;
    font: 700 1.15rem/1.3 var(--sb-font-body);
  }
  h3 a {
    color: var(--sb-ink);
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
`;
