import { css } from "lit";

export const styles = css`
  .edition {
    margin: 0.6rem 0 0;
    padding: 0.5rem 0.75rem;
    background: var(--sb-accent-tint);
    border: 1px solid var(--sb-accent-rule);
    border-radius: 0.3rem;
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
