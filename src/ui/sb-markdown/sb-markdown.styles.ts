import { css } from "lit";

export const styles = css`
  :host {
    font: 1rem/1.55 var(--sb-font-body);
    overflow-wrap: anywhere;
  }
  .body > :first-child {
    margin-top: 0;
  }
  .body > :last-child {
    margin-bottom: 0;
  }
  p,
  ul,
  ol,
  blockquote,
  pre,
  table {
    margin: 0 0 0.6rem;
  }
  ul,
  ol {
    padding-left: 1.4rem;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    font-size: 1.05rem;
    margin: 0.8rem 0 0.4rem;
  }
  blockquote {
    border-left: 3px solid var(--sb-rule);
    padding-left: 0.75rem;
    color: var(--sb-muted);
  }
  code,
  pre {
    font-family: var(--sb-font-mono);
    font-size: 0.9em;
  }
  pre {
    overflow-x: auto;
    background: var(--sb-panel);
    padding: 0.5rem;
  }
  table {
    border-collapse: collapse;
  }
  th,
  td {
    border: 1px solid var(--sb-rule);
    padding: 0.2rem 0.4rem;
  }
  a {
    color: var(--sb-link);
  }
  .empty {
    margin: 0;
    font: italic 0.9rem/1.4 var(--sb-font-ui);
    color: var(--sb-muted);
  }
`;
