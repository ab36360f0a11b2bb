import { css } from "lit";

export const styles = css`
  :host {
    /* The design tokens come from src/ui/design-tokens.css, linked by index.html. */
    display: block;
    min-height: 100vh;
    background: var(--sb-page);
    color: var(--sb-ink);
    font: 1rem/1.5 var(--sb-font-ui);
  }
  .skip {
    position: absolute;
    left: 0.5rem;
    top: -3rem;
    z-index: 20;
    padding: 0.5rem 0.75rem;
    font: inherit;
    background: var(--sb-paper);
    border: 2px solid var(--sb-focus);
  }
  .skip:focus {
    top: 0.5rem;
  }
  .banner {
    display: flex;
    align-items: baseline;
    gap: 1.5rem;
    padding: 0.75rem clamp(1rem, 4vw, 2.5rem);
    border-bottom: 1px solid var(--sb-rule);
    background: var(--sb-paper);
  }
  .brand {
    font: 700 1.1rem/1.2 var(--sb-font-body);
    color: var(--sb-ink);
    text-decoration: none;
  }
  nav {
    display: flex;
    gap: 1.1rem;
  }
  nav a {
    color: var(--sb-link);
  }
  .notice {
    margin: 0 auto 1rem;
    max-width: 64rem;
    padding: 0.6rem 0.9rem;
    background: #e7f3ea;
    border-left: 4px solid #1d6b2f;
    border-radius: 4px;
  }
  nav a[aria-current="page"] {
    color: var(--sb-ink);
    text-decoration: none;
    font-weight: 600;
  }
  main {
    max-width: 72rem;
    margin: 0 auto;
    padding: 2rem clamp(1rem, 4vw, 2.5rem) 4rem;
  }
  main:focus {
    outline: none;
  }
  .problem {
    max-width: 70ch;
    border-left: 4px solid var(--sb-warning);
    background: var(--sb-paper);
    padding: 1rem 1.5rem;
  }
  .problem h1 {
    font: 600 1.4rem/1.3 var(--sb-font-body);
    margin-top: 0;
  }
  pre {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    font: 0.9rem/1.4 var(--sb-font-mono);
  }
  .loading {
    color: var(--sb-muted);
  }
  a:focus-visible,
  button:focus-visible {
    outline: 2px solid var(--sb-focus);
    outline-offset: 2px;
  }
`;
