import { css } from "lit";

export const styles = css`
  :host {
    font-size: 0.95rem;
    line-height: 1.45;
  }
  form {
    display: grid;
    gap: 1rem;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    min-width: 0;
  }
  label,
  legend,
  .label {
    font-weight: 600;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
  }
  legend {
    padding: 0;
    margin-bottom: 0.25rem;
  }
  input[type="text"],
  textarea {
    padding: 0.4rem 0.5rem;
  }
  textarea {
    field-sizing: content;
    min-height: 3.5rem;
    max-height: 16rem;
  }
  .title input {
    font: 600 1.15rem/1.3 var(--sb-font-body);
  }
  /* Focus moved by the editor (after a move) keeps clear of the sticky header. */
  button,
  input,
  select,
  textarea {
    scroll-margin: 8rem 0 2rem;
  }
  .error {
    font-size: 0.88rem;
  }
  .check {
    min-height: 2rem;
  }
  .check input {
    width: 1.1rem;
    height: 1.1rem;
    margin: 0;
  }
  .row {
    display: grid;
    /* As wide as the longer of the label and 8rem: "Минуты (обязательно)" stays on one line. */
    grid-template-columns: minmax(8rem, max-content) minmax(8rem, max-content) 1fr;
    gap: 1rem;
  }
  .readonly .value {
    padding: 0.4rem 0;
    text-transform: capitalize;
  }
  ol {
    margin: 0;
    padding-left: 1.5rem;
    display: grid;
    gap: 0.4rem;
  }
  li {
    padding-left: 0.25rem;
  }
  .objective {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.3rem;
  }
  .objective textarea {
    flex: 1 1 16rem;
    min-height: 0;
    resize: none;
  }
  .audience-list {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1.25rem;
  }
  button {
    padding: 0.3rem 0.7rem;
  }
  .icon {
    width: 2.2rem;
    height: 2.2rem;
    padding: 0;
    flex: none;
  }
  .add {
    justify-self: start;
    align-self: flex-start;
    margin-top: 0.5rem;
  }
  @media (max-width: 600px) {
    .row {
      grid-template-columns: 1fr 1fr;
    }
    .row .readonly {
      grid-column: 1 / -1;
    }
    .objective textarea {
      flex-basis: 100%;
    }
  }
`;
