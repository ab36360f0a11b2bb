import { css } from "lit";

export const styles = css`
  .review {
    max-width: 68rem;
    margin: 0 auto;
  }
  .head {
    padding-top: 0.5rem;
  }
  .eyebrow {
    margin: 0;
    font-size: 0.85rem;
    font-weight: 600;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--sb-muted);
  }
  h1 {
    margin: 0.1rem 0 0.4rem;
    font: 700 1.6rem/1.25 var(--sb-font-body);
  }
  .lead {
    margin: 0 0 0.75rem;
    max-width: 70ch;
    color: var(--sb-muted);
  }
  .loading {
    color: var(--sb-muted);
  }
  .missing {
    padding: 0.6rem 0.9rem;
    border-left: 4px solid var(--sb-warning);
    background: var(--sb-paper);
  }
  .contents {
    margin: 0.5rem 0 0.5rem;
    padding: 0.6rem 1rem;
    background: var(--sb-panel);
    border-radius: 0.35rem;
  }
  .contents h2 {
    margin: 0 0 0.3rem;
    font: 600 1rem/1.3 var(--sb-font-ui);
  }
  .contents ol {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .contents li {
    margin: 0.3rem 0;
  }
  .contents .meta {
    display: block;
  }
  .meta {
    color: var(--sb-muted);
    font-size: 0.9rem;
  }
  button.link {
    padding: 0.1rem 0;
    text-align: left;
  }
  sb-review-module + sb-review-module {
    border-top: 2px solid var(--sb-rule);
    margin-top: 1rem;
  }
`;
