import { css } from "lit";

export const styles = css`
  :host {
    position: relative;
    font-size: 0.95rem;
    line-height: 1.45;
  }
  :host([drop="before"])::before {
    top: -0.55rem;
  }
  :host([drop="after"])::after {
    bottom: -0.55rem;
  }
  .card {
    container-type: inline-size;
    background: var(--sb-paper);
    border: 1px solid var(--sb-rule);
    border-left: 4px solid var(--sb-rule);
    border-radius: 0.35rem;
    padding: 0.5rem 0.9rem 0.9rem;
  }
  .card.excerpt {
    border-left-color: var(--sb-accent);
  }
  .card.trainer,
  .card.audience {
    border-left-color: var(--sb-trainer);
  }
  .card.exercise,
  .card.checklist,
  .card.discussion,
  .card.keypoints {
    border-left-color: var(--sb-activity);
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
    margin-bottom: 0.4rem;
  }
  h3 {
    margin: 0;
    font: 600 0.8rem/1.2 var(--sb-font-ui);
    text-transform: uppercase;
    letter-spacing: 0.05em;
    color: var(--sb-muted);
    flex: 1;
  }
  .grab-hint {
    order: 3;
    flex-basis: 100%;
    font-size: 0.8rem;
    color: var(--sb-focus);
  }
  button {
    padding: 0.25rem 0.6rem;
  }
  .handle {
    cursor: grab;
    width: 2.2rem;
    min-height: 2.2rem;
    padding: 0;
    font-size: 1.2rem;
    line-height: 1;
    border-color: var(--sb-rule);
  }
  .handle[aria-pressed="true"] {
    background: var(--sb-link-tint);
    border-color: var(--sb-focus);
  }
  .delete {
    font-size: 0.85rem;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.2rem;
    min-width: 0;
    margin-top: 0.5rem;
  }
  label,
  legend {
    font-weight: 600;
    font-size: 0.88rem;
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0.5rem 0 0;
  }
  :host([dragging]) .card {
    opacity: 0.45;
  }
  .audience-list {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.25rem;
  }
  .check {
    min-height: 2rem;
  }
  input[type="text"],
  textarea,
  select {
    padding: 0.35rem 0.5rem;
    width: 100%;
  }
  select {
    cursor: pointer;
  }
  textarea {
    /* Grows with its text where the browser can, between a few lines and most of a screen. */
    field-sizing: content;
    min-height: 4.5rem;
    max-height: 28rem;
    font-family: var(--sb-font-mono);
    font-size: 0.88rem;
  }
  .excerpt textarea {
    font: 1rem/1.5 var(--sb-font-body);
  }
  /* Focus moved by the editor (after a move) keeps clear of the sticky header. */
  button,
  input,
  select,
  textarea {
    scroll-margin: 8rem 0 2rem;
  }
  .pair {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 1fr);
    gap: 0.75rem;
  }
  .with-preview {
    display: grid;
    gap: 0.25rem 1rem;
  }
  .preview {
    border-left: 2px solid var(--sb-rule);
    padding: 0.2rem 0 0.2rem 0.75rem;
    margin-top: 0.3rem;
  }
  .preview-label {
    display: block;
    margin-top: 0;
    font: 600 0.72rem/1.2 var(--sb-font-ui);
    text-transform: uppercase;
    letter-spacing: 0.05em;
    color: var(--sb-muted);
    margin-bottom: 0.25rem;
  }
  /* Wide cards put the preview beside the text it renders. */
  @container (min-width: 640px) {
    .with-preview:not(.plain) {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      align-items: start;
    }
    .with-preview:not(.plain) .preview {
      margin-top: 1.7rem;
    }
  }
  @container (max-width: 420px) {
    .pair {
      grid-template-columns: minmax(0, 1fr);
      gap: 0;
    }
  }
  .verdict {
    margin-top: 0.6rem;
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.5rem 1rem;
  }
  .verdict sb-verdict-badge {
    flex: 1 1 20rem;
  }
  .quotation {
    margin: 0.25rem 0 0;
    padding: 0.1rem 0 0.1rem 1rem;
    border-left: 3px solid var(--sb-accent);
    font: 1.02rem/1.55 var(--sb-font-body);
  }
  .quotation::before {
    content: "“";
  }
  .quotation::after {
    content: "”";
  }
  .cite {
    margin: 0.3rem 0 0 1rem;
    font-size: 0.88rem;
    color: var(--sb-muted);
  }
  .links {
    display: inline-flex;
    align-items: center;
    gap: 0.75rem;
  }
  .edit {
    font-size: 0.85rem;
  }
  .reader-link {
    color: var(--sb-link);
    font-size: 0.88rem;
    padding-top: 0.2rem;
  }
`;
