import { msg } from "@lit/localize";
import { html } from "lit";
import { customElement, property } from "lit/decorators.js";
import { SbElement } from "../sb-element.ts";
import { unsafeHTML } from "lit/directives/unsafe-html.js";
import { markdownToSafeHtml } from "../../app/markdown-html.ts";
import { componentStyles } from "../styles/component.styles.ts";
import { styles } from "./sb-markdown.styles.ts";

/**
 * @summary Trainer-written Markdown, rendered as it will read: the one place such Markdown becomes HTML,
 * always through marked and then DOMPurify (see `src/app/markdown-html.ts`).
 *
 * @csspart body - The rendered text.
 */
@customElement("sb-markdown")
export class SbMarkdown extends SbElement {
  static override styles = [componentStyles, styles];

  /** The Markdown to render; it may come from an untrusted, imported module. */
  @property({ attribute: false }) text = "";
  /** Said instead when there is nothing to show (by default "Nothing written yet." in the interface language). */
  @property() empty?: string;

  private renderedFor?: string;
  private html = "";

  override render() {
    if (this.renderedFor !== this.text) {
      this.html = markdownToSafeHtml(this.text);
      this.renderedFor = this.text;
    }
    if (!this.text.trim()) return html`<p class="empty" part="body">${this.empty ?? msg("Nothing written yet.")}</p>`;
    // Safe by construction: markdownToSafeHtml returns only DOMPurify's output.
    return html`<div class="body" part="body">${unsafeHTML(this.html)}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    "sb-markdown": SbMarkdown;
  }
}
