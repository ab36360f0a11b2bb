import { css } from "lit";

/**
 * The two catalog pages (modules, sessions), after `controlStyles`: the page's measure and heading, the
 * status line, and the list of entries (`ul.entries > li.entry`), each with a line of facts (`.meta`,
 * `.origin`) and its actions.
 */
export const catalogStyles = css`
  :host {
    max-width: 64rem;
    margin: 0 auto;
    padding: 1.5rem 1rem 4rem;
  }
  h1 {
    font: 700 1.8rem/1.2 var(--sb-font-body);
    margin: 0 0 0.25rem;
  }
  .lead {
    color: var(--sb-muted);
    margin: 0 0 1rem;
  }
  .status {
    min-height: 1.5rem;
    margin: 0 0 0.5rem;
    overflow-wrap: anywhere;
  }
  .entries {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }
  .entry {
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
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .actions button {
    min-height: 0;
    font-size: 0.85rem;
    padding: 0.3rem 0.6rem;
  }
`;
