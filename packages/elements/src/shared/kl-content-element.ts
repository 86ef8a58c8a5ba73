import type { PropertyDeclarations } from 'lit';
import type { Content, BuiltInSection, SectionHeader, SectionName } from '@ketahanan/model';
import {
  ContentController,
  type ContentState,
  type MarkupReader,
  type ReadyContent,
} from './content-controller.js';
import { contentTimeout, DEFAULT_TIMEOUT_MS } from './content-timeout.js';
import { headingLevel, subLevel, type HeadingLevel } from './heading.js';
import { KlElement } from './kl-element.js';
import { renderLoading, renderProblems } from './problems-view.js';
import { renderSectionHeader } from './section-header.js';

/**
 * The base of an element that shows content (`N` names the sections it reads): the `content`, `src`,
 * `timeout` and `section-header` properties, the content controller that resolves them (see
 * content-controller.ts for the order of sources), the loading and error states, and the section's title
 * and intro. The element itself renders only ready content, in {@link renderContent}, with its headings at
 * {@link level}.
 *
 * A new element declares: `constructor() { super([faqBuiltIn, faqHeaderBuiltIn], readFaqMarkup); }` (its
 * sections, and optionally a reader of its light-DOM fallback), `static styles = [super.styles, ownStyles]`,
 * its own `static properties`, `renderContent`, and `headerOf` when it shows a section with a header.
 */
export abstract class KlContentElement<N extends SectionName> extends KlElement {
  static override properties: PropertyDeclarations = {
    content: { attribute: false },
    src: {},
    timeout: { converter: { fromAttribute: contentTimeout } },
    sectionHeader: { type: Boolean, attribute: 'section-header' },
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

  /**
   * Shows the section's title (a heading of `heading-level`) and its intro above the content; the
   * element's own headings then go one level deeper. Off by default: a page usually gives the widget a
   * heading of its own.
   */
  sectionHeader = false;

  readonly #content: ContentController<N>;

  constructor(sections: readonly BuiltInSection<N>[], readMarkup?: MarkupReader) {
    super();
    this.#content = new ContentController(this, sections, readMarkup);
  }

  /**
   * A large document (thousands of items) is checked over several tasks, and shows in the update after
   * the check: `updateComplete` waits for that too, so one `await` after setting `content` still finds
   * the content shown, however long it is.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    for (let checking = this.#content.checking; checking; checking = this.#content.checking) {
      await checking;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** The content in the current language, or why there is none; current wherever it is read. */
  protected get contentState(): ContentState<Pick<Content, N>> {
    return this.#content.state;
  }

  /** The header shown above the content: with `section-header`, once the content is ready and has one. */
  #header(): SectionHeader | undefined {
    const state = this.contentState;
    return this.sectionHeader && state.status === 'ready' ? this.headerOf?.(state.content, state) : undefined;
  }

  /** Level of the element's own headings: `heading-level`, or one deeper below a shown section title. */
  protected get level(): HeadingLevel {
    const level = headingLevel(this.headingLevel);
    return this.#header() ? subLevel(level) : level;
  }

  protected override render(): unknown {
    const state = this.contentState;
    if (state.status === 'loading') return renderLoading(this);
    if (state.status === 'error') return renderProblems(this, state);
    const header = this.#header();
    return [
      header && renderSectionHeader(header, headingLevel(this.headingLevel)),
      this.renderContent(state.content, state),
    ];
  }

  /**
   * The title and intro of the section the element shows (`section-header` shows them), from its ready
   * content; none by default.
   */
  protected headerOf?(
    content: Pick<Content, N>,
    state: ReadyContent<Pick<Content, N>>,
  ): SectionHeader | undefined;

  /** What the element shows once its content is ready. */
  protected abstract renderContent(content: Pick<Content, N>, state: ReadyContent<Pick<Content, N>>): unknown;
}
