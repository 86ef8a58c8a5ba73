import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { LOCALES, type Locale } from '@ketahanan/model';
import { contentUrl, SNIPPET_TAGS, type SnippetTag } from '@ketahanan/elements/snippet';
import { ui } from '../ui/strings.js';
import type { Draft } from '../draft/draft.js';
import { downloadText, EXPORT_FILE_NAME, exportedJson } from './exported-file.js';
import { embedSnippet } from './embed-snippet.js';

const WIDGET_NAMES: Readonly<Record<SnippetTag, Readonly<Record<Locale, string>>>> = {
  'kl-partner-cards': { id: 'Kartu mitra', en: 'Partner cards' },
  'kl-faq-accordion': { id: 'FAQ', en: 'FAQ' },
  'kl-principle-checklist': { id: 'Daftar periksa prinsip', en: 'Principle checklist' },
  'kl-challenge-explorer': { id: 'Penjelajah tantangan', en: 'Challenge explorer' },
};

/**
 * The export panel: the JSON file as a download, and the embed code of one widget with a copy button.
 * Announcements go to the studio's one live region through the `kl-studio-status` event.
 */
@customElement('studio-export')
export class StudioExport extends LitElement {
  @property({ attribute: false }) draft: Draft = {};
  @property() locale: Locale = 'id';
  @property({ type: Number }) problemCount = 0;

  @state() private tag: SnippetTag = 'kl-partner-cards';
  @state() private snippetLocale: Locale = 'id';
  @state() private src = '';

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  #announce(message: string): void {
    this.dispatchEvent(new CustomEvent('studio-status', { detail: message, bubbles: true }));
  }

  #download(): void {
    downloadText(exportedJson(this.draft), EXPORT_FILE_NAME);
    this.#announce(ui(this.locale, 'downloaded', { file: EXPORT_FILE_NAME }));
  }

  async #copy(snippet: string): Promise<void> {
    let copied = true;
    try {
      await navigator.clipboard.writeText(snippet);
    } catch {
      // No clipboard on a non-secure origin, or permission refused: say how to copy by hand.
      copied = false;
    }
    this.#announce(ui(this.locale, copied ? 'copied' : 'copyFailed'));
  }

  #snippetView(): TemplateResult {
    const locale = this.locale;
    const srcInvalid = this.src.trim() !== '' && contentUrl(this.src.trim()) === null;
    const snippet =
      this.problemCount > 0 || srcInvalid
        ? undefined
        : embedSnippet(this.draft, { tag: this.tag, locale: this.snippetLocale, src: this.src.trim() });
    return html`<div class="field">
        <label for="snippet-widget">${ui(locale, 'snippetWidget')}</label>
        <select
          id="snippet-widget"
          @change=${(event: Event) => {
            const value = (event.target as HTMLSelectElement).value;
            this.tag = SNIPPET_TAGS.find((tag) => tag === value) ?? this.tag;
          }}
        >
          ${SNIPPET_TAGS.map(
            (tag) =>
              html`<option value=${tag} ?selected=${tag === this.tag}>${WIDGET_NAMES[tag][locale]}</option>`,
          )}
        </select>
      </div>
      <fieldset class="choices">
        <legend>${ui(locale, 'snippetLanguage')}</legend>
        ${LOCALES.map(
          (language) =>
            html`<label
              ><input
                type="radio"
                name="snippet-language"
                .checked=${this.snippetLocale === language}
                @change=${() => {
                  this.snippetLocale = language;
                }}
              />
              ${ui(locale, language === 'id' ? 'languageId' : 'languageEn')}</label
            >`,
        )}
      </fieldset>
      <div class="field">
        <label for="snippet-src"
          >${ui(locale, 'snippetSrc')} <span class="field__optional">${ui(locale, 'optional')}</span></label
        >
        <input
          id="snippet-src"
          type="url"
          autocomplete="off"
          spellcheck="false"
          placeholder="/data/${EXPORT_FILE_NAME}"
          aria-invalid=${srcInvalid ? 'true' : 'false'}
          aria-describedby=${srcInvalid ? 'snippet-src-error snippet-src-hint' : 'snippet-src-hint'}
          .value=${this.src}
          @input=${(event: Event) => {
            this.src = (event.target as HTMLInputElement).value;
          }}
        />
        <p class="field__hint" id="snippet-src-hint">${ui(locale, 'snippetSrcHint')}</p>
        ${
          srcInvalid
            ? html`<p class="field__error" id="snippet-src-error">${ui(locale, 'snippetSrcInvalid')}</p>`
            : nothing
        }
      </div>
      <h3 id="snippet-title">${ui(locale, 'snippetTitle')}</h3>
      ${
        snippet === undefined
          ? html`<p class="notice">${ui(locale, 'snippetBlocked')}</p>`
          : html`<button
                type="button"
                @click=${() => {
                  void this.#copy(snippet);
                }}
              >
                ${ui(locale, 'copySnippet')}
              </button>
              <pre class="snippet" tabindex="0" aria-labelledby="snippet-title"><code>${snippet}</code></pre>`
      }`;
  }

  override render(): TemplateResult {
    const locale = this.locale;
    return html`<div class="field">
        <button type="button" aria-describedby="download-hint" @click=${this.#download}>
          ${ui(locale, 'downloadJson')}
        </button>
        <p class="field__hint" id="download-hint">
          ${ui(locale, 'downloadHint')} ${this.problemCount > 0 ? ui(locale, 'downloadHasProblems') : nothing}
        </p>
      </div>
      ${this.#snippetView()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'studio-export': StudioExport;
  }
}
