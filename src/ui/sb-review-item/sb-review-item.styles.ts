import { css } from "lit";

export const styles = css`
  :host {
    display: block;
    font: 0.95rem/1.5 var(--sb-font-ui, sans-serif);
    color: var(--sb-ink, #1d1b18);
  }
  article {
    background: var(--sb-paper, #fff);
    border: 1px solid var(--sb-rule, #d7d3c8);
    border-left: 4px solid #2e7d32;
    border-radius: 0.35rem;
    padding: 0.75rem 1rem 0.9rem;
  }
  :host([group="rejected"]) article {
    border-left-color: var(--sb-warning, #b3261e);
  }
  :host([group="changed"]) article {
    border-left-color: var(--sb-accent, #7a4b1e);
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.1rem 1rem;
  }
  .heading {
    margin: 0;
    font: 600 1rem/1.3 var(--sb-font-ui, sans-serif);
  }
  .of,
  .at {
    font-weight: 400;
  }
  .section {
    margin: 0;
    color: var(--sb-muted, #5f5a52);
    font-size: 0.88rem;
  }
  .change {
    margin: 0.6rem 0 0;
    padding: 0.5rem 0.75rem;
    background: #fbf1e4;
    border: 1px solid #d9b98f;
    border-radius: 0.3rem;
  }
  .change p {
    margin: 0;
  }
  .change p + p {
    margin-top: 0.25rem;
    font-size: 0.88rem;
  }
  .pair {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
    gap: 1rem;
    margin: 0.75rem 0;
  }
  /* Beside a long passage, the quote stays in view while the passage is read. */
  .pair .quote {
    position: sticky;
    top: 0.75rem;
    align-self: start;
  }
  @media (max-width: 760px) {
    .pair {
      grid-template-columns: minmax(0, 1fr);
      gap: 0.6rem;
    }
    .pair .quote {
      position: static;
    }
  }
  figure {
    margin: 0;
    min-width: 0;
  }
  figcaption {
    color: var(--sb-muted, #5f5a52);
    font-size: 0.85rem;
    margin-bottom: 0.25rem;
  }
  blockquote {
    margin: 0;
    font: 0.98rem/1.55 var(--sb-font-body, Georgia, serif);
    overflow-wrap: anywhere;
  }
  .quote blockquote {
    padding-left: 0.75rem;
    border-left: 3px solid var(--sb-rule, #d7d3c8);
  }
  .passage {
    white-space: pre-line;
    padding: 0.5rem 0.75rem;
    background: var(--sb-page, #faf8f3);
    border-radius: 0.25rem;
  }
  mark {
    background: var(--sb-highlight, #fff3c4);
    color: inherit;
    box-shadow: 0 0 0 1px #e0c46c;
    border-radius: 2px;
  }
  mark.closest {
    background: #fbeaea;
    box-shadow: 0 0 0 1px #e4a6a2;
  }
  .no-context {
    margin: 0;
    color: var(--sb-muted, #5f5a52);
    font-style: italic;
  }
  .open {
    display: flex;
    gap: 0.75rem;
    align-items: baseline;
    margin: 0.6rem 0 0;
  }
  .where {
    color: var(--sb-muted, #5f5a52);
    font-size: 0.88rem;
  }
  a {
    color: var(--sb-link, #1f5fbf);
    font-weight: 600;
  }
  a:focus-visible {
    outline: 3px solid var(--sb-focus, #1f5fbf);
    outline-offset: 2px;
  }
  .sr {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
