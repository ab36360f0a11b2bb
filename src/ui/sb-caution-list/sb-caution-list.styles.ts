import { css } from "lit";

export const styles = css`
  :host {
    display: block;
  }
  .cautions {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.4rem;
  }
  .caution {
    padding: 0.45rem 0.75rem;
    background: var(--sb-caution-tint);
    border: 1px solid var(--sb-caution-rule);
    border-left: 4px solid var(--sb-caution);
    border-radius: 0.3rem;
  }
  .caution p {
    margin: 0 0 0.3rem;
  }
  .caution strong {
    color: var(--sb-caution-ink);
  }
  /* The words wrap beside the box on a phone, not into a column each. */
  .check {
    display: flex;
    align-items: flex-start;
  }
  .check input {
    flex: none;
    margin-top: 0.25rem;
  }
  .effect {
    color: var(--sb-muted);
  }
  .draft {
    margin: 0.35rem 0 0;
    color: var(--sb-muted);
    font-size: 0.88rem;
  }
`;
