import { html, nothing, type PropertyValues } from 'lit';
import { faqHeaderBuiltIn, faqBuiltIn, type Content, type FaqItem } from '@ketahanan/model';
import { BatchController } from '../shared/batch-controller.js';
import type { KlErrorDetail, ReadyContent } from '../shared/content-controller.js';
import { emit } from '../shared/events.js';
import { KlContentElement } from '../shared/kl-content-element.js';
import { LONG_LIST } from '../shared/long-list.js';
import { placeItems } from '../shared/place-items.js';
import { readHash } from '../shared/url-hash.js';
import { faqMessages } from '../shared/messages/index.js';
import { readFaqMarkup, type FaqMarkup } from './faq-markup.js';
import { buildItem, buttonId, setItemOpen } from './faq-item.js';
import { publishFaq } from './structured-data.js';
import { faqStyles } from './faq-accordion.styles.js';

/** Detail of `kl-toggle`: which item opened or closed. */
export interface KlToggleDetail {
  /** The item's content id (also the id of its heading, and its deep-link fragment). */
  readonly id: string;
  readonly open: boolean;
}

/** On the list while its chevrons turn without animation (after "show all" / "hide all"). */
const INSTANT = 'faq__items--instant';

/** Position of the item whose `selector` element holds `target` (ids end in the index), else -1. */
function indexOf(target: EventTarget | null, selector: string): number {
  const found = target instanceof Element ? target.closest(selector) : null;
  return found ? Number(found.id.slice(2)) : -1;
}

/**
 * Follows the WAI-ARIA APG accordion pattern: each question is a `<button aria-expanded aria-controls>`
 * inside a heading of level `heading-level`; Up/Down/Home/End move between questions. Closed answers use
 * `hidden="until-found"`, so the browser's find-in-page opens them. A page URL ending in `#<item id>`
 * opens that item, scrolls to it and focuses its question. Long lists render a batch of questions per
 * task (the first 128 at once), so 10,000 never freeze the page; find-in-page reaches the later ones once
 * they are rendered, and a deep link scrolls when its item is.
 *
 * Content, first match wins: the `content` property; a child `<script type="application/json">`; the
 * `src` URL; `<details><summary>Question</summary>Answer</details>` children; the article's FAQ.
 *
 * @summary The FAQ of the Ketahanan Lokal article (or your own) as an accessible accordion, in Bahasa
 *   Indonesia and English.
 *
 * @slot - Not rendered. Put `<details>` children here (readable with JavaScript off, they become the
 *   items, validated like any content; an item's id is the `<details>` element's `data-id` or `id`, else
 *   made from the question; `open` opens it) or one `<script type="application/json">` content document.
 *
 * @prop content - A content document (object or JSON text) with a `faq` list; wins over every other source.
 * @attr src - URL of a JSON content document with a `faq` list.
 * @prop src - URL of a JSON content document with a `faq` list.
 * @attr [heading-level=3] - Level (1–6) of the headings around the questions; fit it to the page's outline.
 * @prop [headingLevel=3] - Level (1–6) of the headings around the questions; fit it to the page's outline.
 * @attr section-header - Shows the FAQ's title ("FAQ (Pertanyaan yang Sering Diajukan)", or the content's
 *   `faqHeader`) as a heading of `heading-level` above the questions, whose headings go one deeper. Off by
 *   default, for a page that gives the FAQ its own heading.
 * @prop [sectionHeader=false] - Shows the FAQ's title above the questions (see the attribute).
 *
 * @event {CustomEvent<KlToggleDetail>} kl-toggle - An item opened or closed (by its button, "show all",
 *   find-in-page, a deep link, or `single` closing all but one). `detail: { id, open }`.
 * @event {CustomEvent<KlErrorDetail>} kl-error - The content could not be used. `detail: { problems, source }`.
 *
 * @csspart base - The wrapper around the "show all" button and the items.
 * @csspart toggle-all - The "Buka semua / Tutup semua" ("Show all / Hide all") button.
 * @csspart item - One question and its answer.
 * @csspart heading - The heading holding a question's button.
 * @csspart button - A question's button.
 * @csspart question - The question text inside the button.
 * @csspart icon - The chevron inside the button.
 * @csspart panel - The container of an answer (hidden while closed).
 * @csspart answer - The answer text.
 * @csspart empty - The line shown when the content has no questions.
 * @csspart section-header - With `section-header`: the section's title and intro.
 * @csspart section-title - The section's title heading.
 * @csspart section-intro - The section's intro paragraph.
 * @csspart loading - The status line while `src` loads.
 * @csspart error - The error state (`role="alert"`) listing what is wrong with the content.
 *
 * @cssproperty [--kl-color-scheme=light dark] - `light`, `dark`, or `light dark` to follow the OS.
 * @cssproperty --kl-color-text - Questions and answers.
 * @cssproperty --kl-color-background - The element's background (`transparent` to show the page's).
 * @cssproperty --kl-color-text-muted - The empty-list line and the loading line.
 * @cssproperty --kl-color-border - Lines between items.
 * @cssproperty --kl-color-accent - The "show all" button and a hovered question.
 * @cssproperty --kl-color-focus - Focus ring.
 * @cssproperty --kl-color-danger - Error state text and border.
 * @cssproperty --kl-color-danger-surface - Error state background.
 * @cssproperty [--kl-font-family=system-ui, sans-serif] - Typeface.
 * @cssproperty [--kl-font-size=medium] - Base size; every other size is relative to it.
 * @cssproperty [--kl-line-height=1.5] - Answer line height.
 * @cssproperty [--kl-radius=0.375em] - Corner radius of the "show all" button.
 * @cssproperty [--kl-space=1em] - Spacing unit.
 * @cssproperty [--kl-focus-ring-width=3px] - Focus ring thickness.
 * @cssproperty [--kl-transition-duration=150ms] - Chevron turn; 0 under `prefers-reduced-motion`.
 */
export class KlFaqAccordion extends KlContentElement<'faq' | 'faqHeader'> {
  static override styles = [super.styles, faqStyles];
  static override properties = {
    single: { type: Boolean, reflect: true },
    structuredData: { type: Boolean, attribute: 'structured-data' },
  };

  /** Only one answer open at a time (opening one closes the other); hides "show all". */
  single = false;

  /** Adds one schema.org `FAQPage` JSON-LD block to `document.head` while the element is on the page. */
  structuredData = false;

  /** Ids of the open items; kept across a language switch, since ids are the same in every locale. */
  readonly #open = new Set<string>();
  /** The `<details>` fallback last shown, so its `open` items are opened once, not on every language switch. */
  #markup: unknown;
  #published: readonly FaqItem[] | undefined;
  #followHash = true;
  /** The item a URL hash opened, scrolled to and focused once its batch is rendered. */
  #revealing: number | undefined;
  /**
   * Items rendered a batch per task, so 10,000 questions never block the page. The first 128 at once: an item
   * is a few DOM calls (about 0.07 ms with its style and layout), and a FAQ of up to a hundred-odd questions
   * then renders in one task instead of two, each of which restyles and lays out the whole list (`npm run
   * bench`, N=100: first render 13.5 → 10.1 ms wall-clock, 12.1 → 11.6 ms CPU).
   */
  readonly #batches = new BatchController(this, 128);
  /** The items' elements as the last render made them, placed in the list after it (see `placeItems`). */
  #itemNodes: readonly HTMLElement[] = [];
  /** Whether the last render labelled the "show all" button as every answer being open. */
  #allOpenShown = false;

  constructor() {
    super([faqBuiltIn, faqHeaderBuiltIn], readFaqMarkup);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.#onHashChange);
    // Re-publishes structured data after a move. The hash is followed on the first connection only
    // (#followHash starts true): a framework moving the element must not steal focus.
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#onHashChange);
    this.#published = undefined;
    publishFaq(this, undefined);
  }

  /** The questions shown: none while loading or in the error state. */
  get #items(): readonly FaqItem[] {
    const state = this.contentState;
    return state.status === 'ready' ? state.content.faq : [];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const state = this.contentState;
    // `<details open>` in the page's fallback opens its item when that fallback becomes the content. Only a
    // ready state counts: a language switch whose check spans tasks passes through loading, and must not
    // open again what the reader has closed since.
    if (state.status === 'ready') {
      const markup = state.source === 'markup' ? state.document : undefined;
      if (markup !== this.#markup) {
        for (const id of (markup as FaqMarkup | undefined)?.opened ?? []) this.#open.add(id);
      }
      this.#markup = markup;
    }
    // `single` set while several answers are open keeps the one opened first (a kl-toggle for each closed).
    if (changed.has('single') && this.single) {
      for (const id of [...this.#open].slice(1)) this.#toggle(id, false);
    }
    // Here rather than in updated(): opening the item now costs no second render.
    if (this.#followHash && state.status === 'ready') {
      this.#followHash = false;
      this.#revealHash();
    }
  }

  protected override renderContent(
    _content: Pick<Content, 'faq' | 'faqHeader'>,
    { document }: ReadyContent<Pick<Content, 'faq' | 'faqHeader'>>,
  ): unknown {
    const messages = faqMessages(this);
    const items = this.#items;
    if (!items.length) return html`<p class="faq__empty" part="empty">${messages.faq.empty}</p>`;
    const level = this.level;
    const region = this.single || items.length <= 6;
    const allOpen = this.#allOpen();
    this.#allOpenShown = allOpen;
    // An item is built in the state of the moment; later its element is opened and closed in place (#toggle).
    this.#itemNodes = this.#batches.render(
      items,
      (item, index) => buildItem(item, index, this.#open.has(item.id), level, region),
      [level, region],
      { key: document },
    ) as readonly HTMLElement[];
    return html`<div class="faq" part="base">
      ${
        this.single
          ? nothing
          : html`<button
              class="faq__all"
              part="toggle-all"
              aria-expanded=${allOpen ? 'true' : 'false'}
              @click=${this.#toggleAll}
            >
              ${allOpen ? messages.faq.hideAll : messages.faq.showAll}
            </button>`
      }
      <div
        class="faq__items"
        ?data-long=${items.length > LONG_LIST}
        @click=${this.#onClick}
        @keydown=${this.#onKeydown}
        @beforematch=${this.#onBeforeMatch}
      ></div>
    </div>`;
  }

  protected override headerOf(content: Pick<Content, 'faqHeader'>) {
    return content.faqHeader;
  }

  protected override updated(): void {
    placeItems(this.renderRoot.querySelector('.faq__items'), this.#itemNodes);
    const button =
      this.#revealing === undefined ? null : this.shadowRoot?.getElementById(buttonId(this.#revealing));
    if (button) {
      this.#revealing = undefined;
      // An item out of view is not laid out and counts as one line high (content-visibility: auto): Firefox
      // and WebKit would scroll to where it would be, and its open answer would then push the page's end
      // away. Laid out from now on, it scrolls into place in every engine.
      const item = button.closest<HTMLElement>('.faq__item');
      if (item) item.style.contentVisibility = 'visible';
      button.parentElement?.scrollIntoView({ block: 'start' }); // the heading, whose id is the item's
      button.focus({ preventScroll: true });
    }
    const publish = this.structuredData && this.#items.length ? this.#items : undefined;
    if (publish !== this.#published) {
      this.#published = publish;
      publishFaq(this, publish);
    }
  }

  #allOpen(): boolean {
    return this.#items.every((item) => this.#open.has(item.id));
  }

  /**
   * Opens or closes one item (`index`: its position, when the caller knows it). Its element, if rendered,
   * changes its two attributes at once: opening one answer costs no update of the whole element, which at
   * 1,000 items would walk every item. An update follows only when the "show all" button's label changes;
   * items not rendered yet are built in their state when their batch comes.
   */
  #toggle(id: string, open: boolean, index = this.#items.findIndex((item) => item.id === id)): void {
    if (this.#open.has(id) === open) return;
    if (open && this.single) for (const other of [...this.#open]) this.#toggle(other, false);
    if (open) this.#open.add(id);
    else this.#open.delete(id);
    const node = this.#itemNodes[index];
    if (node) setItemOpen(node, open);
    if (!this.isUpdatePending && !this.single && this.#allOpen() !== this.#allOpenShown) this.requestUpdate();
    emit<KlToggleDetail>(this, 'kl-toggle', { id, open });
  }

  /** Fragment navigation does not reach into shadow roots, so the element follows `#<item id>` itself. */
  #revealHash(): void {
    const id = readHash();
    const index = id ? this.#items.findIndex((item) => item.id === id) : -1;
    this.#revealing = undefined;
    if (index < 0) return;
    this.#toggle(id, true, index);
    this.#revealing = index;
  }

  readonly #onHashChange = (): void => {
    this.#followHash = true;
    this.requestUpdate();
  };

  readonly #toggleAll = (): void => {
    const open = !this.#allOpen();
    // Every chevron turns at once: many turning together show the reader nothing to follow, and each turn is
    // an animation to start and composite (in Chromium about 1 ms of main-thread work at 10 items, 5 ms at
    // 100). The next question the reader opens or closes turns again (#onClick).
    this.renderRoot.querySelector('.faq__items')?.classList.add(INSTANT);
    // Requested first: each #toggle then skips its own check of the button's label.
    this.requestUpdate();
    this.#items.forEach((item, index) => {
      this.#toggle(item.id, open, index);
    });
  };

  // One listener per kind on the list, not per item: a 1,000-question FAQ renders no extra closures.
  readonly #onClick = (event: Event): void => {
    const index = indexOf(event.target, 'button');
    const item = this.#items[index];
    if (!item) return;
    (event.currentTarget as Element).classList.remove(INSTANT);
    this.#toggle(item.id, !this.#open.has(item.id), index);
  };

  /** Find-in-page found text in a closed answer: the browser shows it, and the state must follow. */
  readonly #onBeforeMatch = (event: Event): void => {
    const index = indexOf(event.target, '.faq__panel');
    const item = this.#items[index];
    if (item) this.#toggle(item.id, true, index);
  };

  readonly #onKeydown = (event: KeyboardEvent): void => {
    const index = indexOf(event.target, 'button');
    if (index < 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    const last = this.#items.length - 1;
    const moves: Partial<Record<string, number>> = {
      ArrowDown: index < last ? index + 1 : 0,
      ArrowUp: index > 0 ? index - 1 : last,
      Home: 0,
      End: last,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    this.shadowRoot?.getElementById(buttonId(next))?.focus();
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'kl-faq-accordion': KlFaqAccordion;
  }
  interface HTMLElementEventMap {
    'kl-toggle': CustomEvent<KlToggleDetail>;
    'kl-error': CustomEvent<KlErrorDetail>;
  }
}
