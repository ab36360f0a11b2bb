import { css } from "lit";

export const styles = css`
  :host {
    font-size: 0.95rem;
  }
  h1 {
    font: 600 1.8rem/1.2 var(--sb-font-body);
    margin: 0 0 0.25rem;
  }
  .intro {
    color: var(--sb-muted);
    margin: 0 0 1.5rem;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 1rem;
  }
  .card {
    position: relative;
    background: var(--sb-paper);
    border: 1px solid var(--sb-rule);
    border-radius: 6px;
    padding: 1rem 1.25rem;
  }
  .card:hover {
    border-color: var(--sb-link);
  }
  .card:focus-within {
    box-shadow: 0 0 0 2px var(--sb-focus);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
    font-size: 0.8rem;
    color: var(--sb-muted);
  }
  .kind {
    color: var(--sb-accent);
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.05em;
  }
  h2 {
    font: 600 1.15rem/1.3 var(--sb-font-body);
    margin: 0.35rem 0;
    max-width: 70ch;
  }
  a {
    color: var(--sb-ink);
    text-decoration: none;
  }
  /* The title link covers the card, so the whole card opens the source. */
  a::after {
    content: "";
    position: absolute;
    inset: 0;
  }
  a:hover {
    color: var(--sb-link);
    text-decoration: underline;
  }
  a:focus {
    outline: none;
  }
  .byline {
    margin: 0 0 0.5rem;
  }
  .permission {
    display: inline-block;
    margin: 0 0 0.5rem;
    padding: 0.1rem 0.5rem;
    border: 1px solid var(--sb-warning);
    border-radius: 999px;
    color: var(--sb-warning);
    font-size: 0.8rem;
    font-weight: 700;
  }
  .rights {
    margin: 0;
    font-size: 0.82rem;
    color: var(--sb-muted);
    max-width: 90ch;
  }
  /* Above the title link that covers the card, so the button takes its own clicks. */
  .added {
    position: relative;
    z-index: 1;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.75rem;
    margin: 0.5rem 0 0;
    font-size: 0.85rem;
    color: var(--sb-muted);
  }
  dialog.remove {
    max-width: min(40rem, 92vw);
    border: 1px solid var(--sb-rule);
    border-radius: 0.5rem;
    padding: 1.25rem 1.5rem;
  }
  dialog.remove h2 {
    margin-top: 0;
    font-size: 1.1rem;
  }
  dialog.remove .actions {
    display: flex;
    gap: 0.75rem;
    margin-top: 1rem;
  }
  ::slotted([slot="add"]) {
    margin-bottom: 1.5rem;
  }
`;
