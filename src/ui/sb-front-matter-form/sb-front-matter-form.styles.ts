import { css } from "lit";

export const styles = css`
  :host {
    display: block;
    font: 0.95rem/1.45 var(--sb-font-ui, sans-serif);
    color: var(--sb-ink, #1d1b18);
  }
  form {
    display: grid;
    gap: 1rem;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    min-width: 0;
  }
  label,
  legend,
  .label {
    font-weight: 600;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
    margin-bottom: 0.25rem;
  }
  input[type="text"],
  textarea {
    font: inherit;
    color: inherit;
    background: var(--sb-paper, #fff);
    border: 1px solid #8a857b;
    border-radius: 0.25rem;
    padding: 0.4rem 0.5rem;
    min-width: 0;
  }
  textarea {
    resize: vertical;
    field-sizing: content;
    min-height: 3.5rem;
    max-height: 16rem;
  }
  .title input {
    font: 600 1.15rem/1.3 var(--sb-font-body, Georgia, serif);
  }
  [aria-invalid="true"] {
    border-color: var(--sb-warning, #b3261e);
    box-shadow: 0 0 0 1px var(--sb-warning, #b3261e);
  }
  /* Focus moved by the editor (after a move) keeps clear of the sticky header. */
  button,
  input,
  select,
  textarea {
    scroll-margin: 8rem 0 2rem;
  }
  :focus-visible {
    outline: 3px solid var(--sb-focus, #1f5fbf);
    outline-offset: 1px;
  }
  .hint {
    color: var(--sb-muted, #5f5a52);
    font-size: 0.85rem;
  }
  .error {
    color: var(--sb-warning, #b3261e);
    font-size: 0.88rem;
    font-weight: 600;
  }
  .check {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    font-weight: 400;
    min-height: 2rem;
  }
  .check input {
    width: 1.1rem;
    height: 1.1rem;
    margin: 0;
  }
  .row {
    display: grid;
    grid-template-columns: 8rem 8rem 1fr;
    gap: 1rem;
  }
  .readonly .value {
    padding: 0.4rem 0;
    text-transform: capitalize;
  }
  ol {
    margin: 0;
    padding-left: 1.5rem;
    display: grid;
    gap: 0.4rem;
  }
  li {
    padding-left: 0.25rem;
  }
  .objective {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.3rem;
  }
  .objective textarea {
    flex: 1 1 16rem;
    min-height: 0;
    resize: none;
  }
  .audience-list {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.25rem;
  }
  button {
    font: inherit;
    color: var(--sb-ink, #1d1b18);
    background: var(--sb-paper, #fff);
    border: 1px solid #8a857b;
    border-radius: 0.25rem;
    padding: 0.3rem 0.7rem;
    cursor: pointer;
  }
  button:disabled {
    opacity: 0.45;
    cursor: default;
  }
  .icon {
    width: 2.2rem;
    height: 2.2rem;
    padding: 0;
    flex: none;
  }
  .add {
    justify-self: start;
    align-self: flex-start;
    margin-top: 0.5rem;
  }
  @media (max-width: 600px) {
    .row {
      grid-template-columns: 1fr 1fr;
    }
    .row .readonly {
      grid-column: 1 / -1;
    }
    .objective textarea {
      flex-basis: 100%;
    }
  }
`;
