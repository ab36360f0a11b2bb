import { msg } from "@lit/localize";
import { css, html, nothing } from "lit";
import { customElement } from "lit/decorators.js";
import { SbElement } from "../sb-element.ts";
import { chooseLanguage, currentLanguage } from "../../app/locale.ts";
import { isUiLanguage, languageNames, uiLanguages } from "../../core/i18n/languages.ts";
import { controlStyles } from "../styles/controls.styles.ts";

/** The catalogue's own review field: a translator sets it to "reviewed" once a native speaker has read the whole catalogue. */
const catalogueReviewed = () =>
  msg("not reviewed", {
    id: "catalogue.review-status",
    desc: "Not a sentence: write exactly 'reviewed' here once a native speaker has reviewed this whole catalogue. Until then the language menu says the translation is not yet reviewed.",
  }) === "reviewed";

/**
 * @summary The interface language: a menu in the banner, remembered between visits, with a note while the chosen
 * language's catalogue has not been reviewed by a native speaker.
 */
@customElement("sb-language-menu")
export class SbLanguageMenu extends SbElement {
  static override styles = [
    controlStyles,
    css`
      :host {
        display: inline-flex;
        flex-wrap: wrap;
        align-items: baseline;
        gap: 0.25rem 0.5rem;
        font-size: 0.9rem;
      }
      .unreviewed {
        color: var(--sb-muted);
        font-size: 0.8rem;
      }
    `,
  ];

  override render() {
    const language = currentLanguage();
    return html`<label
        >${msg("Language")}
        <select @change=${this.onChange}>
          ${uiLanguages.map(
            (code) => html`<option value=${code} lang=${code} ?selected=${code === language}>${languageNames[code]}</option>`,
          )}
        </select></label
      >${
        language !== "en" && !catalogueReviewed()
          ? html`<span class="unreviewed">${msg("Translation not yet reviewed by a native speaker")}</span>`
          : nothing
      }`;
  }

  private onChange = (event: Event) => {
    const code = (event.target as HTMLSelectElement).value;
    if (isUiLanguage(code)) void chooseLanguage(code);
  };
}

declare global {
  interface HTMLElementTagNameMap {
    "sb-language-menu": SbLanguageMenu;
  }
}
