import { css } from "lit";

export const styles = css`
  :host {
    display: block;
    max-width: 64rem;
    margin: 0 auto;
    padding: 1.5rem 1rem 4rem;
    font: 1rem/1.5 var(--sb-font-ui, sans-serif);
    color: var(--sb-ink, #1d1b18);
  }
  h1 {
    font: 700 1.8rem/1.2 var(--sb-font-body, Georgia, serif);
    margin: 0 0 0.25rem;
  }
  h2 {
    font: 600 1.1rem/1.3 var(--sb-font-ui, sans-serif);
    margin: 1.5rem 0 0.6rem;
  }
  .lead,
  .empty {
    color: var(--sb-muted, #5f5a52);
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
  .file {
    font: 600 0.95rem/1.3 var(--sb-font-ui, sans-serif);
    padding: 0.4rem 0.7rem;
    border: 1px solid var(--sb-muted, #5f5a52);
    border-radius: 4px;
    background: var(--sb-paper, #fff);
    color: var(--sb-ink, #1d1b18);
    cursor: pointer;
  }
  button.primary {
    background: var(--sb-link, #1f5fbf);
    border-color: var(--sb-link, #1f5fbf);
    color: #fff;
  }
  .file {
    position: relative;
  }
  .file input {
    position: absolute;
    inset: 0;
    opacity: 0;
    cursor: pointer;
  }
  .file:focus-within {
    outline: 3px solid var(--sb-focus, #1f5fbf);
    outline-offset: 2px;
  }
  .status {
    min-height: 1.5rem;
    margin: 0 0 0.5rem;
    overflow-wrap: anywhere;
  }
  .link {
    border: 0;
    padding: 0;
    background: none;
    color: var(--sb-link, #1f5fbf);
    text-decoration: underline;
  }
  .sessions {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }
  .session {
    background: var(--sb-paper, #fff);
    border: 1px solid var(--sb-rule, #d7d3c8);
    border-radius: 6px;
    padding: 0.9rem 1rem;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem 0.9rem;
    font-size: 0.8rem;
    color: var(--sb-muted, #5f5a52);
  }
  .origin {
    font-weight: 700;
    color: var(--sb-accent, #7a4b1e);
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .origin.own,
  .origin.copy {
    color: #1d6b2f;
  }
  h3 {
    margin: 0.25rem 0 0.5rem;
    font: 700 1.15rem/1.3 var(--sb-font-body, Georgia, serif);
  }
  h3 a {
    color: var(--sb-ink, #1d1b18);
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
  .danger {
    color: var(--sb-warning, #b3261e);
  }
  :focus-visible {
    outline: 3px solid var(--sb-focus, #1f5fbf);
    outline-offset: 2px;
  }
`;
