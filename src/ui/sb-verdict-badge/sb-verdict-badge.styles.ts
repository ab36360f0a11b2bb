import { css } from "lit";

export const styles = css`
  :host {
    font-size: 0.9rem;
    line-height: 1.45;
  }
  .badge {
    display: inline-block;
    margin: 0;
    padding: 0.2rem 0.6rem;
    border-radius: 0.3rem;
    border: 1px solid var(--sb-rule);
    background: var(--sb-panel);
  }
  :host([status="verified"]) .badge {
    border-color: var(--sb-success);
    background: var(--sb-success-tint);
    color: var(--sb-success);
  }
  :host([status="rejected"]) .badge,
  :host([status="problem"]) .badge {
    border-color: var(--sb-warning);
    background: var(--sb-warning-tint);
    color: var(--sb-warning-ink);
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
    border-left: 3px solid var(--sb-warning);
    background: var(--sb-paper);
  }
  figcaption {
    color: var(--sb-muted);
    margin-bottom: 0.25rem;
  }
  .diff p {
    margin: 0;
    font-family: var(--sb-font-body);
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
    background: var(--sb-warning-tint);
    color: var(--sb-warning-ink);
  }
  ins,
  .key-ins {
    background: var(--sb-success-tint);
    color: var(--sb-success);
    text-decoration-thickness: 2px;
  }
`;
