import { css } from "lit";

export const styles = css`
  :host {
    display: block;
    font: 0.95rem/1.4 var(--sb-font-ui, sans-serif);
    color: var(--sb-ink, #1d1b18);
  }
  .forms {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 1fr);
    gap: 1rem;
    align-items: start;
  }
  form {
    display: grid;
    gap: 0.6rem;
    padding: 0.75rem;
    border: 1px dashed #8a857b;
    border-radius: 0.4rem;
  }
  h3 {
    margin: 0;
    font: 600 1rem/1.3 var(--sb-font-ui, sans-serif);
  }
  label {
    display: grid;
    gap: 0.2rem;
    font-weight: 600;
    font-size: 0.88rem;
  }
  .check {
    display: flex;
    align-items: baseline;
    gap: 0.4rem;
    font-weight: 400;
    font-size: 0.92rem;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    display: grid;
    gap: 0.25rem;
  }
  .scope {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
  }
  legend {
    padding: 0;
    margin-bottom: 0.2rem;
    font-weight: 600;
    font-size: 0.88rem;
  }
  .sections {
    padding: 0.5rem 0.6rem;
    background: var(--sb-panel, #f3f0e8);
    border-radius: 0.3rem;
  }
  .summary,
  .empty {
    margin: 0;
    color: var(--sb-muted, #5f5a52);
    font-size: 0.88rem;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.75rem;
  }
  input,
  select,
  button {
    font: inherit;
    color: var(--sb-ink, #1d1b18);
    background: var(--sb-paper, #fff);
    border: 1px solid #8a857b;
    border-radius: 0.25rem;
    padding: 0.3rem 0.5rem;
    min-height: 2.2rem;
    box-sizing: border-box;
    min-width: 0;
  }
  input[type="number"] {
    width: 6rem;
  }
  input[type="radio"],
  input[type="checkbox"] {
    min-height: 0;
  }
  select {
    max-width: 100%;
  }
  button {
    cursor: pointer;
    font-weight: 600;
    justify-self: start;
  }
  button.primary {
    background: var(--sb-link, #1f5fbf);
    border-color: var(--sb-link, #1f5fbf);
    color: #fff;
  }
  button:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }
  :focus-visible {
    outline: 3px solid var(--sb-focus, #1f5fbf);
    outline-offset: 1px;
  }
  @media (max-width: 700px) {
    .forms {
      grid-template-columns: minmax(0, 1fr);
    }
  }
`;
