import { css } from "lit";

export const styles = css`
  /* Set apart by a rule at its side, not boxed like a change of the source itself. */
  .edition {
    margin-top: 0.6rem;
    padding: 0.4rem 0.75rem;
    border-left: 3px solid var(--sb-accent);
    background: var(--sb-panel);
  }
  .lead {
    margin: 0 0 0.4rem;
  }
  .outcome {
    margin-top: 0.5rem;
  }
  .outcome p {
    margin: 0 0 0.4rem;
  }
  .hint {
    margin-left: 0.5rem;
    color: var(--sb-muted);
    font-size: 0.88rem;
  }
`;
