import { css } from "lit";

export const styles = css`
  /* The dialog fits any screen: never wider or taller than the viewport, its own content scrolls. */
  dialog {
    box-sizing: border-box;
    width: min(44rem, calc(100vw - 2rem));
    max-width: calc(100vw - 1rem);
    max-height: calc(100dvh - 2rem);
    overflow: auto;
    overscroll-behavior: contain;
    border: 1px solid var(--sb-rule);
    border-radius: 8px;
    padding: 1.25rem 1.5rem;
    color: var(--sb-ink);
    background: var(--sb-paper);
    font: 1rem/1.5 var(--sb-font-ui);
  }
  dialog::backdrop {
    background: var(--sb-backdrop);
  }
  h2 {
    margin: 0 0 0.75rem;
    font-size: 1.2rem;
  }
  .sentences {
    border: 1px solid var(--sb-rule);
    border-radius: 4px;
    margin: 0 0 0.75rem;
    max-height: 14rem;
    overflow: auto;
  }
  .sentences label {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    margin: 0.3rem 0;
    font: 0.95rem/1.4 var(--sb-font-body);
  }
  .quote {
    margin: 0 0 0.5rem;
    padding: 0.5rem 0.75rem;
    border-left: 3px solid var(--sb-accent);
    background: var(--sb-panel);
    font: italic 1rem/1.45 var(--sb-font-body);
  }
  .verdict {
    margin: 0 0 1rem;
    font-size: 0.92rem;
  }
  sb-caution-list {
    margin: -0.4rem 0 1rem;
  }
  .verdict.verified strong {
    color: var(--sb-success);
  }
  .verdict.rejected strong,
  .verdict.error,
  .problem {
    color: var(--sb-warning);
  }
  .field {
    display: grid;
    gap: 0.25rem;
    margin: 0 0 0.75rem;
    font-weight: 600;
    font-size: 0.9rem;
  }
  select,
  input:not([type="checkbox"]) {
    font: 400 1rem/1.4 var(--sb-font-ui);
    padding: 0.4rem 0.5rem;
    width: 100%;
  }
  .sentences input {
    flex: none;
    margin-top: 0.25rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.5rem;
  }
  button {
    font: 600 0.95rem/1.2 var(--sb-font-ui);
    padding: 0.5rem 0.9rem;
  }
  @media (max-width: 30rem) {
    dialog {
      padding: 1rem;
    }
    .actions button {
      flex: 1 1 auto;
    }
  }
`;
