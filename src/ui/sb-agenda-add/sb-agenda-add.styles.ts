import { css } from "lit";

export const styles = css`
  :host {
    font-size: 0.95rem;
    line-height: 1.4;
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
    border: 1px dashed var(--sb-field-border);
    border-radius: 0.4rem;
  }
  h3 {
    margin: 0;
    font: 600 1rem/1.3 var(--sb-font-ui);
  }
  label,
  legend {
    font-weight: 600;
    font-size: 0.88rem;
  }
  label {
    display: grid;
    gap: 0.2rem;
  }
  .check {
    display: flex;
    align-items: baseline;
    gap: 0.4rem;
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
  }
  .sections {
    padding: 0.5rem 0.6rem;
    background: var(--sb-panel);
    border-radius: 0.3rem;
  }
  .summary,
  .empty {
    margin: 0;
    color: var(--sb-muted);
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
    padding: 0.3rem 0.5rem;
  }
  input:not([type="checkbox"], [type="radio"]),
  select,
  button {
    min-height: 2.2rem;
  }
  input[type="number"] {
    width: 6rem;
  }
  select {
    max-width: 100%;
  }
  button {
    font-weight: 600;
    justify-self: start;
  }
  @media (max-width: 700px) {
    .forms {
      grid-template-columns: minmax(0, 1fr);
    }
  }
`;
