import { css } from "lit";

export const styles = css`
  .count {
    color: var(--sb-muted);
    margin: 0 0 1rem;
  }
  .create,
  .tools,
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: end;
    margin: 0 0 1rem;
  }
  .filters {
    border: 1px solid var(--sb-rule);
    border-radius: 6px;
    padding: 0.5rem 0.75rem 0.75rem;
  }
  label {
    display: grid;
    gap: 0.2rem;
    font: 600 0.85rem/1.3 var(--sb-font-ui);
  }
  input,
  select,
  button,
  label.file {
    font: 400 0.95rem/1.3 var(--sb-font-ui);
    padding: 0.4rem 0.6rem;
  }
  button,
  label.file {
    font-weight: 600;
  }
  h2 {
    margin: 0.25rem 0;
    font: 700 1.15rem/1.3 var(--sb-font-body);
  }
  h2 a {
    color: var(--sb-ink);
  }
  .summary {
    margin: 0 0 0.5rem;
    color: var(--sb-muted);
    font-size: 0.92rem;
  }
  .review-link {
    align-self: center;
    font: 600 0.85rem/1.3 var(--sb-font-ui);
    color: var(--sb-link);
    margin-right: 0.25rem;
  }
  .translation.outdated {
    color: var(--sb-warning);
    font-weight: 700;
  }
`;
