import { css } from "lit";

export const styles = css`
  :host {
    display: block;
    font: 0.92rem/1.4 var(--sb-font-ui, sans-serif);
    color: var(--sb-ink, #1d1b18);
  }
  .editions {
    display: grid;
    grid-template-columns: repeat(2, minmax(0, 1fr));
    gap: 1rem;
    align-items: start;
  }
  .edition {
    background: var(--sb-paper, #fff);
    border: 1px solid var(--sb-rule, #d7d3c8);
    border-radius: 0.35rem;
    padding: 0.75rem 0.9rem;
  }
  h3 {
    margin: 0;
    font: 600 1rem/1.3 var(--sb-font-ui, sans-serif);
  }
  .for {
    font-weight: 400;
    color: var(--sb-muted, #5f5a52);
  }
  .left-out,
  .empty {
    margin: 0.25rem 0 0.6rem;
    color: var(--sb-muted, #5f5a52);
    font-size: 0.85rem;
  }
  .module {
    border-top: 1px solid var(--sb-rule, #d7d3c8);
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
    color: var(--sb-muted, #5f5a52);
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
    background: var(--sb-panel, #f3f0e8);
    border: 1px solid var(--sb-rule, #d7d3c8);
  }
  .block.excerpt {
    background: var(--sb-link-tint, #e8eef9);
    border-color: #b5c7e8;
  }
  .block.trainer {
    background: #fdf0e2;
    border-color: #d9b48c;
    color: #5a3510;
  }
  .block.audience {
    background: #e6f2e8;
    border-color: #9cc7a5;
    color: #1d4a27;
  }
  :focus-visible {
    outline: 3px solid var(--sb-focus, #1f5fbf);
    outline-offset: 1px;
  }
  @media (max-width: 700px) {
    .editions {
      grid-template-columns: minmax(0, 1fr);
    }
  }
`;
