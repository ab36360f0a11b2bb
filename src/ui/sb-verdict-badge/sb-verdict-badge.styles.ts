import { css } from "lit";

export const styles = css`
  :host {
    display: block;
    font: 0.9rem/1.45 var(--sb-font-ui, sans-serif);
    color: var(--sb-ink, #1d1b18);
  }
  .badge {
    display: inline-block;
    margin: 0;
    padding: 0.2rem 0.6rem;
    border-radius: 0.3rem;
    border: 1px solid var(--sb-rule, #d7d3c8);
    background: var(--sb-panel, #f3f0e8);
  }
  :host([status="verified"]) .badge {
    border-color: #2e7d32;
    background: #e8f3e8;
    color: #1b5e20;
  }
  :host([status="rejected"]) .badge,
  :host([status="problem"]) .badge {
    border-color: var(--sb-warning, #b3261e);
    background: #fbeaea;
    color: #8c1d18;
  }
  /* The sign is decoration (CSS, not text): the words say the verdict. */
  :host([status="verified"]) .badge::before {
    content: "✓ ";
    font-weight: 700;
  }
  :host([status="rejected"]) .badge::before {
    content: "✗ ";
    font-weight: 700;
  }
  .where {
    color: inherit;
  }
  .diff {
    margin: 0.5rem 0 0;
    padding: 0.5rem 0.75rem;
    border-left: 3px solid var(--sb-warning, #b3261e);
    background: var(--sb-paper, #fff);
  }
  figcaption {
    color: var(--sb-muted, #5f5a52);
    margin-bottom: 0.25rem;
  }
  .diff p {
    margin: 0;
    font-family: var(--sb-font-body, Georgia, serif);
    font-size: 0.95rem;
  }
  .key-del {
    text-decoration: line-through;
  }
  .key-ins {
    text-decoration: underline;
  }
  del,
  .key-del {
    background: #fbeaea;
    color: #8c1d18;
  }
  ins,
  .key-ins {
    background: #e3f1e3;
    color: #1b5e20;
    text-decoration-thickness: 2px;
  }
  .sr {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
