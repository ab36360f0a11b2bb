import { msg } from "@lit/localize";
import { css, html } from "lit";
import { Directive, directive } from "lit/directive.js";

/**
 * Buttons and form fields, after `componentStyles` in an element's `static styles`.
 *
 * Buttons: plain, `.primary` (the one main action), `.quiet` (a minor action beside others), `.danger`
 * (deletes), `.link` (a button that reads as a link); `label.file` is a button that opens a file picker
 * (its `<input type="file">` lies over it, unseen); `label.check` holds a checkbox or radio and its words. Fields: text inputs, selects and text areas, with
 * `[aria-invalid]` and `.error` for a problem and `.hint` for help; a field that refuses to be empty has
 * `required` and `requiredMark` in its label. On touch screens every control is at least a finger tall.
 */
export const controlStyles = css`
  /* The base rules weigh nothing (:where), so an element's own "button { … }" always wins over them. */
  :where(button, input, select, textarea) {
    font: inherit;
    color: var(--sb-ink);
  }
  :where(button, label.file, input:not([type="checkbox"], [type="radio"], [type="range"], [type="file"]), select, textarea) {
    box-sizing: border-box;
    padding: 0.3rem 0.6rem;
    border: 1px solid var(--sb-field-border);
    border-radius: 0.25rem;
    background: var(--sb-paper);
  }
  :where(input, select, textarea) {
    min-width: 0;
  }
  :where(textarea) {
    resize: vertical;
  }
  /* A checkbox or radio button with its words. */
  .check {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    font-weight: 400;
  }
  :where(button) {
    cursor: pointer;
  }
  label.file {
    position: relative;
    display: inline-flex;
    align-items: center;
    font-weight: 600;
    cursor: pointer;
  }
  label.file input {
    position: absolute;
    inset: 0;
    opacity: 0;
    cursor: pointer;
  }
  label.file:focus-within {
    outline: 3px solid var(--sb-focus);
    outline-offset: 2px;
  }
  button.primary {
    background: var(--sb-link);
    border-color: var(--sb-link);
    color: var(--sb-on-link);
    font-weight: 600;
  }
  button.quiet {
    font-size: 0.85rem;
    border-color: var(--sb-rule);
  }
  button.danger {
    color: var(--sb-warning);
  }
  button.link {
    padding: 0;
    border: 0;
    background: none;
    color: var(--sb-link);
    text-decoration: underline;
    font-weight: 400;
  }
  button:disabled {
    opacity: 0.5;
    cursor: not-allowed;
  }
  :where([aria-invalid="true"]) {
    border-color: var(--sb-warning);
    box-shadow: 0 0 0 1px var(--sb-warning);
  }
  :where(.hint) {
    color: var(--sb-muted);
    font-size: 0.85rem;
    font-weight: 400;
  }
  :where(.required) {
    color: var(--sb-muted);
    font-size: 0.85em;
    font-weight: 400;
  }
  :where(.error) {
    color: var(--sb-warning);
    font-size: 0.85rem;
    font-weight: 600;
  }
  /* A floor, not a default: no element's own min-height may make a control too small for a finger. */
  @media (pointer: coarse) {
    button:not(.link),
    label.file,
    label.check,
    input:not([type="checkbox"], [type="radio"], [type="range"], [type="file"]),
    select {
      min-height: var(--sb-tap) !important;
    }
    :where(input[type="checkbox"], input[type="radio"]) {
      width: 1.25rem;
      height: 1.25rem;
    }
  }
`;

/** "(required)" in the interface language, worked out at each render (a template made once would keep the first language). */
class RequiredWords extends Directive {
  render(readAloud: boolean) {
    return readAloud
      ? html` <span class="required">${msg("(required)")}</span>`
      : html` <span class="required" aria-hidden="true">${msg("(required)")}</span>`;
  }
}
const requiredWords = directive(RequiredWords);

/**
 * "(required)", seen in the label of a field that refuses to be empty, before anything is submitted. The
 * field's own `required` says it to screen readers, so the words are hidden from them (not said twice); in
 * the legend of a group (which cannot be `required`), use `requiredInLegend`.
 */
export const requiredMark = requiredWords(false);

/** "(required)" in the legend of a group of checkboxes of which one must be ticked: read by screen readers too. */
export const requiredInLegend = requiredWords(true);
