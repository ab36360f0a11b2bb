import { css } from "lit";

export const styles = css`
  :host {
    font-size: 0.95rem;
  }
  article {
    background: var(--sb-paper);
    border: 1px solid var(--sb-rule);
    border-left: 4px solid var(--sb-success);
    border-radius: 0.35rem;
    padding: 0.75rem 1rem 0.9rem;
  }
  :host([group="rejected"]) article {
    border-left-color: var(--sb-warning);
  }
  :host([group="cautioned"]) article {
    border-left-color: var(--sb-caution);
  }
  :host([group="changed"]) article {
    border-left-color: var(--sb-accent);
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.1rem 1rem;
  }
  .heading {
    margin: 0;
    font: 600 1rem/1.3 var(--sb-font-ui);
  }
  .of,
  .at {
    font-weight: 400;
  }
  .section {
    margin: 0;
    color: var(--sb-muted);
    font-size: 0.88rem;
  }
  .change {
    margin: 0.6rem 0 0;
    padding: 0.5rem 0.75rem;
    background: var(--sb-accent-tint);
    border: 1px solid var(--sb-accent-rule);
    border-radius: 0.3rem;
  }
  .change p {
    margin: 0;
  }
  .change p + p {
    margin-top: 0.25rem;
    font-size: 0.88rem;
  }
  .pair {
    display: grid;
    grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
    gap: 1rem;
    margin: 0.75rem 0;
  }
  /* Beside a long passage, the quote stays in view while the passage is read. */
  .pair .quote {
    position: sticky;
    top: 0.75rem;
    align-self: start;
  }
  @media (max-width: 760px) {
    .pair {
      grid-template-columns: minmax(0, 1fr);
      gap: 0.6rem;
    }
    .pair .quote {
      position: static;
    }
  }
  figure {
    margin: 0;
    min-width: 0;
  }
  .parallel-caption {
    margin: 0.6rem 0 0.25rem;
    font: 0.82rem/1.4 var(--sb-font-ui);
    color: var(--sb-muted);
  }
  figcaption {
    color: var(--sb-muted);
    font-size: 0.85rem;
    margin-bottom: 0.25rem;
  }
  blockquote {
    margin: 0;
    font: 0.98rem/1.55 var(--sb-font-body);
    overflow-wrap: anywhere;
  }
  .quote blockquote {
    padding-left: 0.75rem;
    border-left: 3px solid var(--sb-rule);
  }
  .passage {
    white-space: pre-line;
    padding: 0.5rem 0.75rem;
    background: var(--sb-page);
    border-radius: 0.25rem;
  }
  mark {
    background: var(--sb-highlight);
    color: inherit;
    box-shadow: 0 0 0 1px var(--sb-highlight-rule);
    border-radius: 2px;
  }
  mark.closest {
    background: var(--sb-warning-tint);
    box-shadow: 0 0 0 1px var(--sb-warning-rule);
  }
  /* Words that raised a caution: a dashed underline as well as a tint, so colour is not the only sign. */
  mark.caution,
  .swatch.caution {
    background: var(--sb-caution-tint);
    box-shadow: none;
    border-bottom: 2px dashed var(--sb-caution);
    border-radius: 0;
  }
  mark mark.caution {
    background: transparent;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0.35rem 0 0;
    color: var(--sb-muted);
    font-size: 0.85rem;
  }
  .swatch {
    padding: 0 0.2rem;
    color: var(--sb-ink);
  }
  .swatch.quote {
    background: var(--sb-highlight);
    box-shadow: 0 0 0 1px var(--sb-highlight-rule);
    border-radius: 2px;
  }
  .cautions {
    list-style: none;
    margin: 0.6rem 0 0;
    padding: 0;
    display: grid;
    gap: 0.4rem;
  }
  li.caution {
    padding: 0.45rem 0.75rem;
    background: var(--sb-caution-tint);
    border: 1px solid var(--sb-caution-rule);
    border-left: 4px solid var(--sb-caution);
    border-radius: 0.3rem;
  }
  li.caution[data-acknowledged] {
    background: var(--sb-paper);
    border-left-style: dotted;
  }
  li.caution p {
    margin: 0;
  }
  .caution-head {
    color: var(--sb-caution-ink);
  }
  .caution .kind {
    font-family: var(--sb-font-mono);
    font-size: 0.85rem;
  }
  .caution .unacknowledged {
    font-weight: 600;
  }
  .caution .acknowledged {
    color: var(--sb-success);
  }
  .caution .message {
    margin-top: 0.15rem;
  }
  .caution .where {
    margin-top: 0.15rem;
    color: var(--sb-muted);
    font-size: 0.85rem;
  }
  .no-context {
    margin: 0;
    color: var(--sb-muted);
    font-style: italic;
  }
  .open {
    display: flex;
    gap: 0.75rem;
    align-items: baseline;
    margin: 0.6rem 0 0;
  }
  .where {
    color: var(--sb-muted);
    font-size: 0.88rem;
  }
  a {
    color: var(--sb-link);
    font-weight: 600;
  }
`;
