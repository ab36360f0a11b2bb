import { css } from "lit";

export const styles = css`
  h2 {
    font: 600 1.1rem/1.3 var(--sb-font-ui);
    margin: 1.5rem 0 0.6rem;
  }
  .empty {
    color: var(--sb-muted);
    margin: 0 0 1rem;
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: center;
    margin: 0 0 0.5rem;
  }
  button,
  label.file {
    font: 600 0.95rem/1.3 var(--sb-font-ui);
    padding: 0.4rem 0.7rem;
  }
  h3 {
    margin: 0.25rem 0 0.5rem;
    font: 700 1.15rem/1.3 var(--sb-font-body);
  }
  h3 a {
    color: var(--sb-ink);
  }
`;
