import { css } from "lit";

export const styles = css`
  .builder {
    max-width: 68rem;
    margin: 0 auto;
    padding-bottom: 3rem;
  }
  .bar {
    grid-template-areas: "back actions" "title actions" "save actions";
    gap: 0 1rem;
  }
  .back {
    grid-area: back;
    margin: 0;
    font-size: 0.88rem;
  }
  a {
    color: var(--sb-link);
  }
  .save {
    grid-area: save;
    margin: 0;
    font-size: 0.88rem;
    color: var(--sb-muted);
  }
  h2 {
    margin: 1.5rem 0 0.75rem;
  }
  .agenda {
    background: var(--sb-panel);
  }
  .totals {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.5rem;
    margin: -0.25rem 0 0.75rem;
  }
  .totals p {
    margin: 0;
    color: var(--sb-muted);
  }
  .totals strong {
    color: var(--sb-ink);
    font-variant-numeric: tabular-nums;
  }
  .warning {
    margin: 0 0 0.75rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--sb-warning);
    border-left-width: 4px;
    border-radius: 0.3rem;
    background: var(--sb-warning-tint);
    color: var(--sb-warning-ink);
    font-weight: 600;
  }
  .print {
    margin-top: 1.5rem;
  }
  .notes {
    margin: 0 0 0.75rem;
    padding-left: 1.25rem;
    color: var(--sb-muted);
    font-size: 0.88rem;
  }
  .items {
    list-style: none;
    margin: 0 0 1rem;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }
  .empty,
  .hint {
    color: var(--sb-muted);
    font-size: 0.92rem;
  }
  .empty {
    margin: 0 0 1rem;
    padding: 0.6rem;
    border: 1px dashed var(--sb-rule);
    border-radius: 0.3rem;
    font-style: italic;
  }
  .unfinished {
    margin-top: 1rem;
    padding: 0.1rem 1rem 0.5rem;
    border-left: 4px solid var(--sb-caution);
    background: var(--sb-caution-tint);
    border-radius: 0.3rem;
  }
  .unfinished h2 {
    margin: 0.6rem 0 0.25rem;
    font-size: 1rem;
  }
  .unfinished ul {
    margin: 0 0 0.4rem;
    padding-left: 1.25rem;
    font-size: 0.92rem;
  }
  button {
    padding: 0.3rem 0.7rem;
    min-height: 2.2rem;
    font-weight: 600;
  }
  button.link {
    min-height: 0;
  }
  @media (max-width: 600px) {
    /* A four-row bar would take a fifth of a phone's screen: it scrolls away instead. */
    .bar {
      position: static;
      grid-template-areas: "back" "title" "save" "actions";
    }
    h1 {
      white-space: normal;
    }
    .card {
      padding: 0 0.6rem 0.75rem;
      margin-left: -0.25rem;
      margin-right: -0.25rem;
    }
  }
`;
