import { css } from "lit";

export const styles = css`
  :host {
    max-width: 52rem;
    padding: 1rem 1.25rem 1.25rem;
    background: var(--sb-paper);
    border: 1px solid var(--sb-rule);
    border-radius: 6px;
  }
  h2 {
    font: 700 1.35rem/1.2 var(--sb-font-body);
    margin: 0;
  }
  .lead {
    margin: 0.2rem 0 1rem;
    color: var(--sb-muted);
  }
  .choices {
    display: grid;
    grid-template-columns: minmax(0, 3fr) minmax(0, 1fr);
    gap: 0.75rem;
  }
  fieldset {
    margin: 0;
    border: 1px solid var(--sb-rule);
    border-radius: 6px;
    padding: 0.4rem 0.75rem 0.6rem;
    min-width: 0;
  }
  /* The paper and the handout's language, one above the other beside the editions. */
  .editions {
    grid-row: span 2;
  }
  .papers,
  .languages {
    align-self: start;
  }
  legend {
    font: 600 0.85rem/1.3 var(--sb-font-ui);
    padding: 0 0.25rem;
  }
  .choice {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: 0.5rem;
    align-items: baseline;
    padding: 0.3rem 0;
    cursor: pointer;
  }
  .choice input {
    margin: 0;
    accent-color: var(--sb-link);
  }
  .name {
    font-weight: 600;
  }
  .hint {
    grid-column: 2;
    font-size: 0.85rem;
    color: var(--sb-muted);
  }
  .draft-state {
    margin: 1rem 0 0;
  }
  .draft,
  .final,
  .problem-box {
    border-radius: 6px;
    padding: 0.6rem 0.9rem;
  }
  .draft p,
  .final p,
  .problem-box p {
    margin: 0;
  }
  .draft {
    border: 1px solid var(--sb-warning);
    border-left-width: 5px;
    background: var(--sb-warning-tint);
  }
  .draft strong,
  .problem-box strong {
    color: var(--sb-warning);
  }
  .draft ul {
    margin: 0.35rem 0 0;
    padding-left: 1.2rem;
    font-size: 0.92rem;
  }
  .final {
    border: 1px solid var(--sb-success);
    border-left-width: 5px;
    background: var(--sb-success-tint);
  }
  .problem-box {
    border: 1px solid var(--sb-warning);
    background: var(--sb-warning-tint);
  }
  .checking {
    color: var(--sb-muted);
    margin: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.6rem;
    margin: 1rem 0 0;
  }
  button {
    font: 600 0.95rem/1.3 var(--sb-font-ui);
    padding: 0.5rem 0.9rem;
  }
  /* The panel's primary action (its class is "print", which tests and parts name). */
  .print {
    background: var(--sb-link);
    border-color: var(--sb-link);
    color: var(--sb-on-link);
  }
  .progress {
    margin: 0.75rem 0 0;
  }
  progress {
    width: 100%;
    height: 0.9rem;
    accent-color: var(--sb-link);
  }
  .stage {
    margin: 0.2rem 0 0;
    font-size: 0.9rem;
    color: var(--sb-muted);
  }
  .outcome {
    margin: 0.75rem 0 0;
    min-height: 1.5em;
  }
  .outcome:empty {
    min-height: 0;
    margin: 0;
  }
  .problem {
    margin: 0.75rem 0 0;
    color: var(--sb-warning);
    font-weight: 600;
  }
  @media (max-width: 40rem) {
    :host {
      padding: 0.75rem;
    }
    .choices {
      grid-template-columns: 1fr;
    }
    .editions {
      grid-row: auto;
    }
    .actions button {
      flex: 1 1 auto;
    }
  }
`;
