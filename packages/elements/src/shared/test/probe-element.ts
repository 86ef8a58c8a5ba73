import { html } from 'lit';
import { faqBuiltIn, type Content } from '@ketahanan/model';
import { KlContentElement } from '../kl-content-element.js';

/** A minimal element on the shared content base, so the shared core is tested on its own. */
export class KlTestProbe extends KlContentElement<'faq'> {
  constructor() {
    super([faqBuiltIn]);
  }

  /** Where the content stands: `loading`, `ready` or `error`. */
  get status(): string {
    return this.contentState.status;
  }

  protected override renderContent({ faq }: Pick<Content, 'faq'>) {
    return html`<ul>
      ${faq.map((item) => html`<li data-id=${item.id}>${item.question}</li>`)}
    </ul>`;
  }
}

if (!customElements.get('kl-test-probe')) customElements.define('kl-test-probe', KlTestProbe);

declare global {
  interface HTMLElementTagNameMap {
    'kl-test-probe': KlTestProbe;
  }
}
