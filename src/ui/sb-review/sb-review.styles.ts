import { css } from "lit";

export const styles = css`
  :host {
    display: block;
    font: 1rem/1.5 var(--sb-font-ui, sans-serif);
    color: var(--sb-ink, #1d1b18);
  }
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
    color: var(--sb-muted, #5f5a52);
  }
  h1 {
    margin: 0.1rem 0 0.4rem;
    font: 700 1.6rem/1.25 var(--sb-font-body, Georgia, serif);
  }
  .lead {
    margin: 0 0 0.75rem;
    max-width: 70ch;
    color: var(--sb-muted, #5f5a52);
  }
  .loading {
    color: var(--sb-muted, #5f5a52);
  }
  .missing {
    padding: 0.6rem 0.9rem;
    border-left: 4px solid var(--sb-warning, #b3261e);
    background: var(--sb-paper, #fff);
  }
  .contents {
    margin: 0.5rem 0 0.5rem;
    padding: 0.6rem 1rem;
    background: var(--sb-panel, #f3f0e8);
    border-radius: 0.35rem;
  }
  .contents h2 {
    margin: 0 0 0.3rem;
    font: 600 1rem/1.3 var(--sb-font-ui, sans-serif);
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
    color: var(--sb-muted, #5f5a52);
    font-size: 0.9rem;
  }
  button.link {
    font: inherit;
    padding: 0.1rem 0;
    border: 0;
    background: none;
    color: var(--sb-link, #1f5fbf);
    text-decoration: underline;
    cursor: pointer;
    text-align: left;
  }
  button.link:focus-visible {
    outline: 3px solid var(--sb-focus, #1f5fbf);
    outline-offset: 2px;
  }
  sb-review-module + sb-review-module {
    border-top: 2px solid var(--sb-rule, #d7d3c8);
    margin-top: 1rem;
  }
`;
