import { css } from "lit";

export const styles = css`
  :host {
    display: block;
    font: 0.95rem/1.5 var(--sb-font-ui, sans-serif);
    color: var(--sb-ink, #1d1b18);
  }
  form {
    background: var(--sb-paper, #fff);
    border: 1px solid var(--sb-rule, #d7d3c8);
    border-top: 3px solid var(--sb-link, #1f5fbf);
    border-radius: 0.35rem;
    padding: 0.75rem 1rem 0.5rem;
  }
  .heading,
  h2 {
    margin: 0 0 0.6rem;
    font: 600 1.05rem/1.3 var(--sb-font-ui, sans-serif);
  }
  .fields {
    display: grid;
    grid-template-columns: minmax(12rem, 1fr) minmax(0, 2fr);
    gap: 0.75rem 1rem;
  }
  @media (max-width: 640px) {
    .fields {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.2rem;
    min-width: 0;
  }
  label {
    font-weight: 600;
    font-size: 0.9rem;
  }
  .hint {
    font-weight: 400;
    color: var(--sb-muted, #5f5a52);
  }
  input,
  textarea,
  button {
    font: inherit;
    color: var(--sb-ink, #1d1b18);
    background: var(--sb-paper, #fff);
    border: 1px solid #8a857b;
    border-radius: 0.25rem;
    padding: 0.35rem 0.6rem;
    box-sizing: border-box;
  }
  textarea {
    resize: vertical;
    min-height: 4.5rem;
  }
  [aria-invalid="true"] {
    border-color: var(--sb-warning, #b3261e);
    box-shadow: 0 0 0 1px var(--sb-warning, #b3261e);
  }
  .error {
    color: var(--sb-warning, #b3261e);
    font-size: 0.88rem;
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
    margin-top: 0.75rem;
  }
  button {
    min-height: 2.4rem;
    padding: 0.35rem 0.9rem;
    cursor: pointer;
  }
  button:disabled {
    opacity: 0.5;
    cursor: default;
  }
  button.primary {
    background: var(--sb-link, #1f5fbf);
    border-color: var(--sb-link, #1f5fbf);
    color: #fff;
    font-weight: 600;
  }
  .warn {
    color: var(--sb-warning, #b3261e);
    font-size: 0.9rem;
  }
  :focus-visible {
    outline: 3px solid var(--sb-focus, #1f5fbf);
    outline-offset: 1px;
  }
  .save {
    min-height: 1.5em;
    margin: 0.5rem 0 0;
    color: var(--sb-muted, #5f5a52);
  }
  .save.failed {
    color: var(--sb-warning, #b3261e);
    font-weight: 600;
  }
  dialog {
    max-width: min(36rem, calc(100vw - 2rem));
    border: 1px solid var(--sb-rule, #d7d3c8);
    border-top: 4px solid var(--sb-warning, #b3261e);
    border-radius: 0.4rem;
    padding: 1rem 1.25rem;
    color: var(--sb-ink, #1d1b18);
    background: var(--sb-paper, #fff);
  }
  dialog::backdrop {
    background: rgb(29 27 24 / 0.45);
  }
  dialog h2 {
    margin-bottom: 0.4rem;
  }
  dialog p {
    margin: 0 0 0.5rem;
  }
  dialog ul {
    margin: 0;
    padding-left: 1.2rem;
  }
  dialog li + li {
    margin-top: 0.3rem;
  }
`;
