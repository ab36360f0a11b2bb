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
  .missing {
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
    :host {
      --sb-margin-width: 0rem;
      --sb-gutter: 0rem;
    }
    .text {
      font-size: 1rem;
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
