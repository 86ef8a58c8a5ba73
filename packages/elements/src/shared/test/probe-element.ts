import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { faqSection } from '@ketahanan/model';
import { ContentController, DEFAULT_TIMEOUT_MS } from '../content-controller.js';
import { LocaleController } from '../locale-controller.js';
import { faqMessages } from '../messages/index.js';
import { renderLoading, renderProblems } from '../problems-view.js';
import { base, tokens } from '../tokens.styles.js';

/**
 * A minimal element wired like the real ones, so the shared core is tested on its own. Like them, it reads
 * the content state in willUpdate(), which Lit runs before the controllers' hostUpdate().
 */
export class KlTestProbe extends LitElement {
  static override styles = [tokens, base];

  @property({ attribute: false }) content: unknown;
  @property() src: string | undefined;
  @property({ type: Number }) timeout = DEFAULT_TIMEOUT_MS;

  readonly #locale = new LocaleController(this);
  readonly contentController = new ContentController(this, [faqSection]);

  #state: ContentController<[typeof faqSection]>['state'] = { status: 'loading' };

  get locale() {
    return this.#locale.locale;
  }

  override willUpdate() {
    this.#state = this.contentController.state;
  }

  override render() {
    const messages = faqMessages(this.locale);
    const state = this.#state;
    if (state.status === 'loading') return renderLoading(messages);
    if (state.status === 'error') return renderProblems(messages, state.problems);
    return html`<ul>
      ${state.content.faq.map((item) => html`<li data-id=${item.id}>${item.question}</li>`)}
    </ul>`;
  }
}

if (!customElements.get('kl-test-probe')) customElements.define('kl-test-probe', KlTestProbe);

declare global {
  interface HTMLElementTagNameMap {
    'kl-test-probe': KlTestProbe;
  }
}
