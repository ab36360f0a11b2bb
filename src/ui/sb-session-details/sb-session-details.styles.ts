import { css } from "lit";

export const styles = css`
  :host {
    font-size: 0.95rem;
    line-height: 1.45;
  }
  form {
    display: grid;
    grid-template-columns: repeat(4, minmax(0, 1fr));
    gap: 0.8rem 1rem;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.2rem;
    min-width: 0;
  }
  .wide {
    grid-column: 1 / -1;
  }
  label {
    font-weight: 600;
    font-size: 0.88rem;
  }
  input,
  select,
  textarea {
    padding: 0.35rem 0.5rem;
    min-height: 2.2rem;
    /* Focus moved to a field with a problem keeps clear of the sticky bar. */
    scroll-margin: 8rem 0 2rem;
  }
  .title input {
    font: 600 1.15rem/1.3 var(--sb-font-body);
  }
  textarea {
    field-sizing: content;
    min-height: 3.5rem;
    max-height: 14rem;
  }
  .hint {
    font-size: 0.82rem;
  }
  @media (max-width: 900px) {
    form {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  @media (max-width: 480px) {
    form {
      grid-template-columns: minmax(0, 1fr);
    }
  }
`;
