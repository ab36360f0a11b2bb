import { css } from "lit";

export const styles = css`
  sb-source-header {
    margin: 0 0 2.5rem calc(var(--sb-margin-width) + var(--sb-gutter));
  }
  .text {
    font: 1.05rem/1.6 var(--sb-font-body);
    color: var(--sb-ink);
    max-width: calc(var(--sb-margin-width) + var(--sb-gutter) + var(--sb-measure));
  }
  h2,
  h3,
  h4,
  h5,
  h6,
  .display-line,
  .missing,
  .versions {
    margin-left: calc(var(--sb-margin-width) + var(--sb-gutter));
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    font-family: var(--sb-font-body);
    line-height: 1.3;
    margin-top: 2rem;
    margin-bottom: 0.75rem;
  }
  h2 {
    font-size: 1.35rem;
    border-bottom: 1px solid var(--sb-rule);
    padding-bottom: 0.25rem;
  }
  h3 {
    font-size: 1.15rem;
  }
  h4,
  h5,
  h6 {
    font-size: 1.02rem;
    font-style: italic;
  }
  .display-line {
    font: 0.85rem/1.45 var(--sb-font-ui);
    color: var(--sb-muted);
    margin-top: 0;
    margin-bottom: 0.35rem;
  }
  .missing {
    font: 0.9rem/1.4 var(--sb-font-ui);
    background: var(--sb-panel);
    padding: 0.5rem 0.75rem;
  }
  .versions {
    font: 0.9rem/1.4 var(--sb-font-ui);
    margin-bottom: 1.5rem;
  }
  .versions label {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    cursor: pointer;
  }
  .version-problem {
    color: var(--sb-muted);
    margin: 0.35rem 0 0;
  }
  /* Beside its other language version: two columns, each passage level with its counterpart. */
  .text.paired {
    max-width: none;
    /* Two measures side by side: the margins narrow so that each column keeps a readable line. */
    --sb-margin-width: 4.5rem;
    --sb-gutter: 1rem;
  }
  .pair {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    column-gap: 1.5rem;
    align-items: start;
  }
  .version {
    min-width: 0;
    border-left: 1px solid var(--sb-rule);
    padding-left: 1rem;
  }
  .no-counterpart {
    font: italic 0.85rem/1.4 var(--sb-font-ui);
    color: var(--sb-muted);
    margin: 0.2rem 0 1rem;
  }
  ul {
    list-style: none;
    margin: 0 0 0.75rem;
    padding: 0;
  }
  sb-passage:focus,
  [data-locator]:focus {
    outline: none;
  }
  .highlighted {
    background: var(--sb-highlight);
    box-shadow: 0 0 0 0.5rem var(--sb-highlight);
  }
  @media (max-width: 40rem) {
    :host,
    .text.paired {
      --sb-margin-width: 0rem;
      --sb-gutter: 0rem;
    }
    .text {
      font-size: 1rem;
    }
    /* Stacked: the other version under its original, indented behind a rule. */
    .pair {
      display: block;
    }
    .version {
      margin: -0.5rem 0 1rem 0.75rem;
      padding-left: 0.75rem;
      border-left-width: 3px;
    }
    h2 {
      font-size: 1.2rem;
    }
  }
  /* Floats beside the selection, placed by the element so that it covers none of the selected lines. */
  .add-selection {
    position: fixed;
    z-index: 15;
    white-space: nowrap;
    font: 600 0.85rem/1.2 var(--sb-font-ui);
    padding: 0.45rem 0.75rem;
    color: var(--sb-on-link);
    background: var(--sb-link);
    border: 0;
    border-radius: 4px;
    box-shadow: var(--sb-shadow-raised);
    cursor: pointer;
  }
  @media (pointer: coarse) {
    .add-selection {
      min-height: var(--sb-tap);
    }
  }
`;
