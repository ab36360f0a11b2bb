import { css } from "lit";

export const styles = css`
  :host {
    display: grid;
    grid-template-columns: var(--sb-margin-width) minmax(0, var(--sb-measure));
    column-gap: var(--sb-gutter);
    scroll-margin-top: 4rem;
    border-radius: 4px;
    /* The reader's body type, not the UI's. */
    font: inherit;
  }
  :host([highlighted]) {
    background: var(--sb-highlight);
    box-shadow: 0 0 0 0.5rem var(--sb-highlight);
  }
  .margin {
    display: flex;
    flex-direction: column;
    align-items: flex-end;
    gap: 0.2rem;
  }
  .excerpt {
    font: 0.72rem/1.4 var(--sb-font-ui);
    color: var(--sb-link);
    background: var(--sb-paper);
    border: 1px solid var(--sb-rule);
    border-radius: 3px;
    padding: 0.05rem 0.4rem;
    cursor: pointer;
    opacity: 0;
  }
  :host(:hover) .excerpt,
  :host(:focus-within) .excerpt,
  .excerpt:focus-visible {
    opacity: 1;
  }
  .locator {
    font: 0.78rem/1.9 var(--sb-font-ui);
    color: var(--sb-muted);
    text-align: right;
    text-decoration: none;
    overflow-wrap: anywhere;
    padding-top: 0.1rem;
  }
  .locator:hover,
  .locator:focus-visible {
    color: var(--sb-link);
    text-decoration: underline;
  }
  .body {
    min-width: 0;
  }
  /* A long URL in a note wraps instead of widening the page. */
  p {
    margin: 0 0 1rem;
    overflow-wrap: anywhere;
  }
  .note {
    font-size: 0.92em;
  }
  .note p {
    margin-bottom: 0.5rem;
  }
  .list-item p {
    margin-bottom: 0.5rem;
  }
  .quoted-from {
    margin-top: -0.5rem;
    font: 0.82rem/1.45 var(--sb-font-ui);
    color: var(--sb-muted);
  }
  .quoted-from cite {
    font-style: normal;
  }
  sup {
    line-height: 0;
  }
  .note-ref {
    font: 600 0.72rem/1 var(--sb-font-ui);
    color: var(--sb-link);
    background: none;
    border: 0;
    padding: 0.1rem 0.1rem;
    margin: 0;
    border-radius: 3px;
    cursor: pointer;
  }
  .note-ref:hover {
    background: var(--sb-link-tint);
    text-decoration: underline;
  }
  :focus-visible {
    outline-width: 2px;
  }
  /* A table wider than the column scrolls in its own box (a focusable, labelled region), not the page. */
  .table-scroll {
    overflow-x: auto;
    margin: 0 0 1rem;
  }
  table {
    border-collapse: collapse;
    font: 0.85rem/1.4 var(--sb-font-ui);
    min-width: 100%;
  }
  td,
  th {
    border: 1px solid var(--sb-rule);
    padding: 0.35rem 0.5rem;
    text-align: left;
    vertical-align: top;
  }
  th {
    background: var(--sb-panel);
    font-weight: 600;
  }
  /* No hover on a touch screen: the Excerpt buttons always show, a finger's size. */
  @media (hover: none) {
    .excerpt {
      opacity: 1;
    }
  }
  @media (pointer: coarse) {
    .excerpt {
      min-height: var(--sb-tap);
      min-width: var(--sb-tap);
      font-size: 0.8rem;
    }
  }
  /* Narrow screens: the locator leads the first line instead of sitting in a margin. */
  @media (max-width: 40rem) {
    :host {
      display: block;
    }
    .margin {
      float: left;
      flex-direction: row;
      align-items: baseline;
      margin: 0.15rem 0.6rem 0 0;
    }
    .locator {
      line-height: 1.5;
    }
    .margin.above {
      float: none;
      margin: 0 0 0.25rem;
    }
    .excerpt {
      opacity: 1;
    }
  }
`;
