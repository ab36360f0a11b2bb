import { css } from "lit";

export const styles = css`
  section {
    padding: 1rem 0 1.5rem;
  }
  :host([level="1"]) section {
    padding-top: 0.1rem;
  }
  header {
    padding-bottom: 0.75rem;
    border-bottom: 1px solid var(--sb-rule);
  }
  h1,
  h2 {
    margin: 0 0 0.35rem;
    font: 700 1.35rem/1.25 var(--sb-font-body);
  }
  h1 {
    font-size: 1.6rem;
  }
  h1:focus,
  h2:focus {
    outline: none;
  }
  header p {
    margin: 0.2rem 0 0;
  }
  .state strong {
    font-weight: 600;
  }
  .state[data-status="approved"] strong {
    color: var(--sb-success);
  }
  .state[data-status="changes-requested"] strong {
    color: var(--sb-warning);
  }
  .comment {
    color: var(--sb-muted);
  }
  .counts {
    color: var(--sb-muted);
  }
  .count.verified {
    color: var(--sb-success);
  }
  .count.rejected.some {
    color: var(--sb-warning);
    font-weight: 600;
  }
  .count.changed.some {
    color: var(--sb-accent);
    font-weight: 600;
  }
  .count.cautioned.some {
    color: var(--sb-caution-ink);
    font-weight: 600;
  }
  .counts.problem,
  .lock-problem {
    color: var(--sb-warning);
  }
  .origin {
    margin-top: 0.5rem !important;
    padding: 0.35rem 0.75rem;
    border-left: 3px solid var(--sb-link);
    background: var(--sb-link-tint);
    font-size: 0.9rem;
  }
  .group {
    margin: 1.25rem 0 0.5rem;
    font: 600 1.05rem/1.3 var(--sb-font-ui);
  }
  .group.changed {
    color: var(--sb-accent);
  }
  .group.rejected {
    color: var(--sb-warning);
  }
  .group.cautioned {
    color: var(--sb-caution-ink);
  }
  .n {
    font-weight: 400;
    color: var(--sb-muted);
  }
  .items {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }
  sb-review-decision {
    margin-top: 1.25rem;
  }
`;
