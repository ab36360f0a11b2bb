import { css } from "lit";

export const styles = css`
  :host {
    position: fixed;
    right: 1.5rem;
    bottom: 1.5rem;
    z-index: 10;
    width: min(26rem, calc(100vw - 3rem));
  }
  .panel {
    background: var(--sb-paper, #fff);
    border: 1px solid var(--sb-rule, #d7d3c8);
    border-top: 4px solid var(--sb-accent, #7a4b1e);
    border-radius: 6px;
    box-shadow: 0 10px 30px rgb(0 0 0 / 0.18);
    padding: 0.75rem 1rem 1rem;
    max-height: min(60vh, 28rem);
    overflow-y: auto;
  }
  .panel:focus {
    outline: none;
  }
  .panel:focus-visible {
    outline: 2px solid var(--sb-focus, #1f5fbf);
  }
  header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 1rem;
  }
  h2 {
    margin: 0;
    font: 600 0.9rem/1.4 var(--sb-font-ui);
    color: var(--sb-muted);
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
  .close {
    font: 1.4rem/1 var(--sb-font-ui);
    background: none;
    border: 1px solid transparent;
    border-radius: 4px;
    width: 2rem;
    height: 2rem;
    cursor: pointer;
    color: var(--sb-ink);
  }
  .close:hover {
    border-color: var(--sb-rule, #d7d3c8);
  }
  .text {
    margin: 0.5rem 0;
    font: 0.95rem/1.5 var(--sb-font-body);
    overflow-wrap: anywhere;
  }
  .locator {
    font: 0.8rem/1.4 var(--sb-font-ui);
    color: var(--sb-link);
  }
  .note + .note {
    border-top: 1px solid var(--sb-rule, #d7d3c8);
    margin-top: 0.75rem;
  }
  :focus-visible {
    outline: 2px solid var(--sb-focus, #1f5fbf);
    outline-offset: 2px;
  }
  @media (max-width: 40rem) {
    :host {
      left: 0;
      right: 0;
      bottom: 0;
      width: auto;
    }
    .panel {
      border-radius: 10px 10px 0 0;
      max-height: 50vh;
    }
  }
`;
