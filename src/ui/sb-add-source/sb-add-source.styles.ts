import { css } from "lit";

export const styles = css`
  :host {
    display: block;
    max-width: 52rem;
    padding: 0.75rem 1.25rem;
    background: var(--sb-paper);
    border: 1px solid var(--sb-rule);
    border-radius: 6px;
  }
  summary {
    cursor: pointer;
  }
  summary h2 {
    display: inline;
    font: 700 1.25rem/1.2 var(--sb-font-body);
    margin: 0;
  }
  h3 {
    font: 600 1rem/1.3 var(--sb-font-ui);
    margin: 0 0 0.25rem;
  }
  .lead {
    margin: 0.2rem 0 0.75rem;
    color: var(--sb-muted);
  }
  .drop {
    display: grid;
    gap: 0.4rem;
    padding: 1rem;
    border: 2px dashed var(--sb-rule);
    border-radius: 6px;
    cursor: pointer;
  }
  .drop.over {
    border-color: var(--sb-link);
  }
  .progress {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    margin-top: 0.75rem;
  }
  .progress p {
    margin: 0;
  }
  .problem,
  .error {
    color: var(--sb-warning-ink);
  }
  .preview {
    margin-top: 0.75rem;
    padding: 0.75rem;
    border: 1px solid var(--sb-rule);
    border-radius: 6px;
  }
  .counts,
  .removed {
    margin: 0 0 0.5rem;
  }
  .passages {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.4rem;
  }
  .locator {
    font: 600 0.85rem/1.3 var(--sb-font-ui);
    color: var(--sb-muted);
    margin-right: 0.4rem;
  }
  form {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
    gap: 0.6rem 1rem;
    margin-top: 0.75rem;
  }
  .field {
    display: grid;
    gap: 0.2rem;
  }
  .field small {
    color: var(--sb-muted);
  }
  .check,
  .actions {
    grid-column: 1 / -1;
  }
  .actions {
    display: flex;
    gap: 0.5rem;
  }
`;
