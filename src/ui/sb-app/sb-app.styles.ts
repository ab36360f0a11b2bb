import { css } from "lit";

export const styles = css`
  /* The design tokens come from src/ui/styles/design-tokens.css, linked by index.html. */
  :host {
    min-height: 100vh;
    background: var(--sb-page);
  }
  .skip {
    position: absolute;
    left: 0.5rem;
    top: -3rem;
    z-index: 20;
    padding: 0.5rem 0.75rem;
    border: 2px solid var(--sb-focus);
    border-radius: 0;
  }
  .skip:focus {
    top: 0.5rem;
  }
  /* On a narrow screen the navigation wraps under the name instead of running off the screen. */
  .banner {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 1.5rem;
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
    flex-wrap: wrap;
    gap: 0 1.1rem;
  }
  nav a {
    color: var(--sb-link);
  }
  nav a[aria-current="page"] {
    color: var(--sb-ink);
    text-decoration: none;
    font-weight: 600;
  }
  @media (pointer: coarse) {
    nav a {
      display: inline-flex;
      align-items: center;
      min-height: var(--sb-tap);
    }
  }
  main {
    max-width: 72rem;
    margin: 0 auto;
    padding: 2rem clamp(1rem, 4vw, 2.5rem) 4rem;
    overflow-wrap: break-word;
  }
  main:focus {
    outline: none;
  }
  /* What was just done, at the foot of the screen: the trainer may be thousands of pixels down a report. */
  .toast {
    position: fixed;
    z-index: 18;
    left: 50%;
    bottom: 1rem;
    transform: translateX(-50%);
    width: min(40rem, calc(100vw - 2rem));
  }
  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.75rem;
    margin: 0;
    padding: 0.6rem 0.6rem 0.6rem 0.9rem;
    background: var(--sb-success-tint);
    border: 1px solid var(--sb-success-rule);
    border-left: 4px solid var(--sb-success);
    border-radius: 4px;
    box-shadow: var(--sb-shadow-panel);
    overflow-wrap: anywhere;
  }
  .notice button {
    margin-left: auto;
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
`;
