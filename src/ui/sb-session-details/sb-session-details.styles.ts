import { css } from "lit";

export const styles = css`
  :host {
    display: block;
    font: 0.95rem/1.45 var(--sb-font-ui, sans-serif);
    color: var(--sb-ink, #1d1b18);
  }
  form {
    display: grid;
    grid-template-columns: repeat(4, minmax(0, 1fr));
    gap: 0.8rem 1rem;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.2rem;
    min-width: 0;
  }
  .wide {
    grid-column: 1 / -1;
  }
  label {
    font-weight: 600;
    font-size: 0.88rem;
  }
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    background: var(--sb-paper, #fff);
    border: 1px solid #8a857b;
    border-radius: 0.25rem;
    padding: 0.35rem 0.5rem;
    min-height: 2.2rem;
    min-width: 0;
    box-sizing: border-box;
  }
  .title input {
    font: 600 1.15rem/1.3 var(--sb-font-body, Georgia, serif);
  }
  textarea {
    resize: vertical;
    field-sizing: content;
    min-height: 3.5rem;
    max-height: 14rem;
  }
  [aria-invalid="true"] {
    border-color: var(--sb-warning, #b3261e);
    box-shadow: 0 0 0 1px var(--sb-warning, #b3261e);
  }
  .hint {
    color: var(--sb-muted, #5f5a52);
    font-size: 0.82rem;
    font-weight: 400;
  }
  .error {
    color: var(--sb-warning, #b3261e);
    font-size: 0.85rem;
    font-weight: 600;
  }
  input,
  select,
  textarea {
    scroll-margin: 8rem 0 2rem;
  }
  :focus-visible {
    outline: 3px solid var(--sb-focus, #1f5fbf);
    outline-offset: 1px;
  }
  @media (max-width: 900px) {
    form {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  @media (max-width: 480px) {
    form {
      grid-template-columns: minmax(0, 1fr);
    }
  }
`;
