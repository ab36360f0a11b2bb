import { css } from "lit";

export const styles = css`
  .editor {
    max-width: 68rem;
    margin: 0 auto;
  }
  .bar {
    grid-template-areas: "title actions" "status actions";
    gap: 0.1rem 1rem;
  }
  .status {
    grid-area: status;
    display: flex;
    flex-wrap: wrap;
    gap: 0 1rem;
    font-size: 0.88rem;
    color: var(--sb-muted);
  }
  .status p {
    margin: 0;
  }
  h2 {
    margin: 1.75rem 0 0.75rem;
  }
  button,
  select,
  input[type="text"] {
    min-height: 2.2rem;
    padding: 0.3rem 0.7rem;
  }
  .module-section {
    position: relative;
    margin: 0 0 1.5rem;
    padding: 0.75rem;
    border-radius: 0.4rem;
    background: var(--sb-panel);
  }
  .module-section.grabbed {
    box-shadow: 0 0 0 2px var(--sb-focus);
  }
  .module-section.drop-before::before {
    top: -0.8rem;
  }
  .module-section.drop-after::after {
    bottom: -0.8rem;
  }
  .section-head {
    display: flex;
    align-items: flex-end;
    gap: 0.5rem;
    margin-bottom: 0.75rem;
  }
  .handle {
    cursor: grab;
    width: 2.2rem;
    padding: 0;
    font-size: 1.2rem;
    line-height: 1;
    flex: none;
  }
  .handle[aria-pressed="true"] {
    background: var(--sb-link-tint);
    border-color: var(--sb-focus);
  }
  .section-title-field {
    flex: 1;
    display: flex;
    flex-direction: column;
    min-width: 0;
  }
  .section-title-field label,
  .intro-label {
    font-size: 0.8rem;
    font-weight: 600;
    color: var(--sb-muted);
    text-transform: uppercase;
    letter-spacing: 0.05em;
  }
  .intro-label {
    margin: 0 0 0.5rem;
  }
  .section-title {
    font: 600 1.1rem/1.3 var(--sb-font-body);
    width: 100%;
  }
  .cards {
    display: grid;
    gap: 0.9rem;
    min-height: 2rem;
    border-radius: 0.3rem;
  }
  .cards.drop-end {
    box-shadow: inset 0 -4px 0 var(--sb-focus);
    padding-bottom: 0.5rem;
  }
  .empty {
    margin: 0;
    padding: 0.5rem;
    color: var(--sb-muted);
    font-style: italic;
    border: 1px dashed var(--sb-rule);
    border-radius: 0.3rem;
  }
  .add-block,
  .add-section {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin-top: 0.9rem;
  }
  .add-block label,
  .add-section label {
    font-size: 0.9rem;
    font-weight: 600;
  }
  .add-section {
    padding: 0.75rem;
    border: 1px dashed var(--sb-field-border);
    border-radius: 0.4rem;
  }
  .add-section input {
    flex: 1 1 12rem;
  }
  .add-section .error {
    flex-basis: 100%;
  }
  /* A button's words stay on one line ("Экспорт .md"); the buttons wrap instead. */
  .bar .actions {
    flex-wrap: wrap;
  }
  .bar .actions button {
    white-space: nowrap;
  }
  @media (max-width: 600px) {
    .bar {
      grid-template-areas: "title" "status" "actions";
    }
    .module-section {
      padding: 0.5rem;
      margin-left: -0.25rem;
      margin-right: -0.25rem;
    }
    .section-head {
      flex-wrap: wrap;
    }
    .section-title-field {
      flex-basis: calc(100% - 3rem);
    }
  }
`;
