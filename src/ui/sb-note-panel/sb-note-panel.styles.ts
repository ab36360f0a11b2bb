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
    background: var(--sb-paper);
    border: 1px solid var(--sb-rule);
    border-top: 4px solid var(--sb-accent);
    border-radius: 6px;
    box-shadow: var(--sb-shadow-panel);
    padding: 0.75rem 1rem 1rem;
    max-height: min(60vh, 28rem);
    overflow-y: auto;
  }
  .panel:focus {
    outline: none;
  }
  .panel:focus-visible {
    outline: 2px solid var(--sb-focus);
    outline-offset: 0;
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
  @media (pointer: coarse) {
    .close {
      width: var(--sb-tap);
      height: var(--sb-tap);
    }
  }
  .close:hover {
    border-color: var(--sb-rule);
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
    border-top: 1px solid var(--sb-rule);
    margin-top: 0.75rem;
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
