import { css } from "lit";

export const styles = css`
  :host {
    font-size: 0.95rem;
  }
  form {
    background: var(--sb-paper);
    border: 1px solid var(--sb-rule);
    border-top: 3px solid var(--sb-link);
    border-radius: 0.35rem;
    padding: 0.75rem 1rem 0.5rem;
  }
  .heading,
  h2 {
    margin: 0 0 0.6rem;
    font: 600 1.05rem/1.3 var(--sb-font-ui);
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
    font-size: inherit;
  }
  input,
  textarea {
    padding: 0.35rem 0.6rem;
  }
  textarea {
    min-height: 4.5rem;
  }
  .error {
    font-size: 0.88rem;
    font-weight: 400;
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
  }
  .warn {
    color: var(--sb-warning);
    font-size: 0.9rem;
  }
  .save {
    min-height: 1.5em;
    margin: 0.5rem 0 0;
    color: var(--sb-muted);
  }
  .save.failed {
    color: var(--sb-warning);
    font-weight: 600;
  }
  /* Never wider or taller than the screen; its own content scrolls. */
  dialog {
    box-sizing: border-box;
    max-width: min(36rem, calc(100vw - 2rem));
    max-height: calc(100dvh - 2rem);
    overflow: auto;
    border: 1px solid var(--sb-rule);
    border-top: 4px solid var(--sb-warning);
    border-radius: 0.4rem;
    padding: 1rem 1.25rem;
    color: var(--sb-ink);
    background: var(--sb-paper);
  }
  dialog::backdrop {
    background: var(--sb-backdrop);
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
