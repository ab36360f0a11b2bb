import { css } from "lit";

export const styles = css`
  :host {
    font-size: 0.92rem;
    line-height: 1.4;
  }
  .editions {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: 1rem;
    align-items: start;
  }
  .edition {
    background: var(--sb-paper);
    border: 1px solid var(--sb-rule);
    border-radius: 0.35rem;
    padding: 0.75rem 0.9rem;
  }
  h3 {
    margin: 0;
    font: 600 1rem/1.3 var(--sb-font-ui);
  }
  .for {
    font-weight: 400;
    color: var(--sb-muted);
  }
  .left-out,
  .empty {
    margin: 0.25rem 0 0.6rem;
    color: var(--sb-muted);
    font-size: 0.85rem;
  }
  .module {
    border-top: 1px solid var(--sb-rule);
    padding: 0.4rem 0;
  }
  summary {
    cursor: pointer;
    display: list-item;
  }
  summary .title {
    font-weight: 600;
  }
  .count {
    color: var(--sb-muted);
    font-size: 0.85rem;
    white-space: nowrap;
  }
  .sections {
    list-style: none;
    margin: 0.4rem 0 0.2rem;
    padding: 0 0 0 1rem;
    display: grid;
    gap: 0.35rem;
  }
  .section {
    display: block;
    font-size: 0.88rem;
  }
  .blocks {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin-top: 0.15rem;
  }
  .block {
    font-size: 0.76rem;
    line-height: 1.2;
    padding: 0.12rem 0.4rem;
    border-radius: 999px;
    background: var(--sb-panel);
    border: 1px solid var(--sb-rule);
  }
  .block.excerpt {
    background: var(--sb-link-tint);
    border-color: var(--sb-link-rule);
  }
  .block.trainer {
    background: var(--sb-accent-tint);
    border-color: var(--sb-accent-rule);
    color: var(--sb-accent);
  }
  .block.audience {
    background: var(--sb-success-tint);
    border-color: var(--sb-success-rule);
    color: var(--sb-success);
  }
  @media (max-width: 700px) {
    .editions {
      grid-template-columns: minmax(0, 1fr);
    }
  }
`;
