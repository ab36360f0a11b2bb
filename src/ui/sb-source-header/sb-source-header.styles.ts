import { css } from "lit";

export const styles = css`
  :host {
    font-size: 0.9rem;
  }
  .back {
    display: inline-block;
    margin-bottom: 1rem;
    color: var(--sb-link);
  }
  .kind {
    margin: 0;
    color: var(--sb-accent);
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.05em;
    font-size: 0.78rem;
  }
  h1 {
    font: 600 1.6rem/1.25 var(--sb-font-body);
    margin: 0.25rem 0 1rem;
    max-width: 50ch;
  }
  h1:focus {
    outline: none;
  }
  dl {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 0.15rem 1rem;
    margin: 0 0 1rem;
  }
  dt {
    color: var(--sb-muted);
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  code {
    font: 0.85rem/1.4 var(--sb-font-mono);
  }
  a {
    color: var(--sb-link);
  }
  .rights {
    border-left: 4px solid var(--sb-rule);
    background: var(--sb-panel);
    padding: 0.5rem 0.75rem;
    max-width: 70ch;
  }
  .rights.restricted {
    border-left-color: var(--sb-warning);
  }
  .rights p {
    margin: 0.25rem 0;
  }
  .badge {
    display: inline-block;
    font-weight: 700;
    color: var(--sb-warning);
  }
  .licence {
    color: var(--sb-muted);
  }
  .about {
    max-width: 70ch;
    color: var(--sb-muted);
  }
  @media (max-width: 40rem) {
    h1 {
      font-size: 1.3rem;
    }
    dl {
      column-gap: 0.75rem;
    }
  }
`;
