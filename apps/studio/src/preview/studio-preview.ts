import { html, LitElement, type TemplateResult } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Locale } from '@ketahanan/model';
import '@ketahanan/elements';
import type { Draft } from '../draft/draft.js';

export type Scheme = 'light' | 'dark';

/**
 * The real widgets showing the draft, in the preview's language and colour scheme: the elements read a
 * bilingual document as a page of that language would (`lang` on an ancestor), and their tokens follow
 * `--kl-color-scheme`. An invalid draft shows what a visitor would see, the widget's own error state.
 */
@customElement('studio-preview')
export class StudioPreview extends LitElement {
  @property({ attribute: false }) content: Draft = {};
  @property() language: Locale = 'id';
  @property() scheme: Scheme = 'light';

  // Light DOM: the app's stylesheet frames the preview, and tests reach the widgets as a page would.
  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override render(): TemplateResult {
    return html`<div class="preview" lang=${this.language} data-scheme=${this.scheme}>
      <kl-partner-cards section-header .content=${this.content}></kl-partner-cards>
      <kl-faq-accordion section-header .content=${this.content}></kl-faq-accordion>
      <kl-principle-checklist section-header .content=${this.content}></kl-principle-checklist>
      <kl-challenge-explorer section-header .content=${this.content}></kl-challenge-explorer>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'studio-preview': StudioPreview;
  }
}
