import { css } from "lit";

/**
 * What the two editing pages (a module, a session) share, after `controlStyles`: the sticky bar with the
 * title, the save state and the actions; the note on a shipped or starter original; cards of fields.
 * Each page lays out its own bar (`grid-template-areas`) and keeps its own width.
 */
export const editorPageStyles = css`
  .bar {
    position: sticky;
    top: 0;
    z-index: 5;
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: center;
    padding: 0.6rem 0;
    background: var(--sb-page);
    border-bottom: 1px solid var(--sb-rule);
  }
  h1 {
    grid-area: title;
    margin: 0;
    font: 700 1.35rem/1.25 var(--sb-font-body);
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .save.saved::before {
    content: "✓ ";
    color: var(--sb-success);
  }
  .save.error,
  .save.conflict {
    color: var(--sb-warning);
    font-weight: 600;
  }
  .actions {
    grid-area: actions;
    display: flex;
    gap: 0.5rem;
  }
  .notice,
  .origin {
    margin: 0.75rem 0 0;
    padding: 0.4rem 0.75rem;
    border-left: 3px solid var(--sb-link);
    background: var(--sb-link-tint);
    font-size: 0.9rem;
    overflow-wrap: anywhere;
  }
  h2 {
    font: 600 1.1rem/1.3 var(--sb-font-ui);
  }
  .card {
    background: var(--sb-paper);
    border: 1px solid var(--sb-rule);
    border-radius: 0.35rem;
    padding: 0 1rem 1rem;
    margin-top: 1rem;
  }
  .card h2 {
    margin-top: 0.9rem;
  }
  /* Focus moved by the page (after a move, or to a field with a problem) keeps clear of the sticky bar. */
  button,
  input,
  select,
  textarea {
    scroll-margin: 8rem 0 2rem;
  }
  .loading,
  .missing {
    padding: 1rem;
  }
  @media (max-width: 600px) {
    .bar {
      grid-template-columns: minmax(0, 1fr);
      padding: 0.5rem 0;
    }
    h1 {
      font-size: 1.1rem;
    }
  }
`;
