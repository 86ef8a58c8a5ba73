import type { PropertyDeclarations } from 'lit';
import type { Content, Section, SectionName } from '@ketahanan/model';
import {
  ContentController,
  type ContentState,
  type MarkupReader,
  type ReadyContent,
} from './content-controller.js';
import { contentTimeout, DEFAULT_TIMEOUT_MS } from './content-timeout.js';
import { KlElement } from './kl-element.js';
import { renderLoading, renderProblems } from './problems-view.js';

/**
 * The base of an element that shows content (`N` names the sections it reads): the `content`, `src` and
 * `timeout` properties, the content controller that resolves them (see content-controller.ts for the
 * order of sources), and the loading and error states. The element itself renders only ready content, in
 * {@link renderContent}.
 *
 * A new element declares: `constructor() { super([faqSection], readFaqMarkup); }` (its sections, and
 * optionally a reader of its light-DOM fallback), `static styles = [super.styles, ownStyles]`, its own
 * `static properties`, and `renderContent`.
 */
export abstract class KlContentElement<N extends SectionName> extends KlElement {
  static override properties: PropertyDeclarations = {
    content: { attribute: false },
    src: {},
    timeout: { converter: { fromAttribute: contentTimeout } },
  };

  /** A content document (object or JSON text) set from script; wins over every other source. */
  declare content: unknown;

  /** URL of a JSON content document; only the sections this element shows are read. */
  declare src: string | undefined;

  /**
   * How long to wait for `src`, in milliseconds. A number is rounded and kept at most 2^31 − 1 (`1e20`
   * waits about 24.8 days); anything under 1 or not a number gives 10,000.
   */
  timeout: number = DEFAULT_TIMEOUT_MS;

  readonly #content: ContentController<N>;

  constructor(sections: readonly Section<N>[], readMarkup?: MarkupReader) {
    super();
    this.#content = new ContentController(this, sections, readMarkup);
  }

  /** The content in the current language, or why there is none; current wherever it is read. */
  protected get contentState(): ContentState<Pick<Content, N>> {
    return this.#content.state;
  }

  protected override render(): unknown {
    const state = this.contentState;
    if (state.status === 'loading') return renderLoading(this.locale);
    if (state.status === 'error') return renderProblems(this.locale, state);
    return this.renderContent(state.content, state);
  }

  /** What the element shows once its content is ready. */
  protected abstract renderContent(content: Pick<Content, N>, state: ReadyContent<Pick<Content, N>>): unknown;
}
