import { html, nothing, type TemplateResult } from 'lit';
import {
  formatMessage,
  partnershipsHeaderBuiltIn,
  partnershipsBuiltIn,
  partnersBuiltIn,
  sectorsBuiltIn,
  type Content,
  type Partner,
  type Sector,
  type SectionName,
} from '@ketahanan/model';
import { BatchController } from '../shared/batch-controller.js';
import type { ReadyContent } from '../shared/content-controller.js';
import { element } from '../shared/element.js';
import { emit } from '../shared/events.js';
import { LONG_LIST } from '../shared/long-list.js';
import { placeItems } from '../shared/place-items.js';
import { KlContentElement } from '../shared/kl-content-element.js';
import { cardsMessages, type CardsMessages } from '../shared/messages/index.js';
import { areasOf, matches, pickOption, type CardFilter } from './card-filter.js';
import { buildCard, buildLogo } from './card-dom.js';
import { partnershipView, partnerView, sectorNames, type CardView } from './card-view.js';
import { readPartnersMarkup } from './partners-markup.js';
import { cardStyles } from './partner-card.styles.js';
import { listStyles } from './partner-cards.styles.js';

/** Detail of `kl-filter`: the filter now applied (`null` = all) and how many cards it shows. */
export interface KlFilterDetail extends CardFilter {
  readonly shown: number;
}

type CardsContent = Pick<Content, 'partnerships' | 'partnershipsHeader' | 'partners' | 'sectors'>;

/** The cards for one content object, built once and reused until the content or the language changes. */
interface Deck {
  readonly content: CardsContent;
  /** True when the cards are the site owner's partners, false for the article's partnerships. */
  readonly partners: boolean;
  readonly views: readonly CardView[];
  readonly sectors: readonly Sector[];
  readonly areas: readonly string[];
}

/**
 * @summary Partnerships or partner organisations as a filterable list of cards: by default the article's
 * three good-practice partnerships, each listing its partners; or a site owner's own partners when their
 * content (`content`, inline JSON, `src` or a partner list written inside the tag) supplies `partners`.
 *
 * A labelled filter (native selects for sector and area) narrows the list in place, and a polite live
 * region says how many cards are shown, or that none match. The cards are rendered inside this element's
 * own shadow root (not as nested `kl-partner-card` elements, which took two to three times as long to
 * render and filter 1,000 cards), the first 48 at once and the rest in batches; filtering only toggles
 * `hidden` on the cards that change.
 *
 * Content: the `content` property, else a child `<script type="application/json">`, else `src`, else a
 * partner list written inside the tag (see partners-markup.ts), else the built-in article. Invalid or
 * unreachable content shows a localized error state and fires `kl-error`.
 *
 * @slot - Not rendered. A child `<ul>` whose `<li>`s carry `data-id` and `data-sector` (name in `<strong>`,
 * optionally linked; `data-field="area"` and `data-field="description"`; `data-contributions`, `data-logo`)
 * is read as the partners: readable with JavaScript off, the cards once the element upgrades. Other
 * markup (such as the article's partnerships the snippet writes) only serves readers without JavaScript.
 *
 * @prop content - A content document from script (object or JSON text); wins over inline JSON and `src`.
 * @attr src - URL of a JSON content document, e.g. your own `{"partners": […]}`.
 * @prop src - URL of a JSON content document, e.g. your own `{"partners": […]}`.
 * @attr [timeout=10000] - Milliseconds to wait for `src` before showing the error state (at most 2^31 − 1;
 *   anything under 1 or not a number gives 10000).
 * @prop [timeout=10000] - Milliseconds to wait for `src` before showing the error state, kept like the attribute.
 * @attr [heading-level=3] - Heading level of each card's name, 1–6.
 * @prop [headingLevel=3] - Heading level of each card's name, 1–6.
 * @attr section-header - Shows the title of the article's partnerships ("Contoh-contoh Praktik Baik
 *   Kemitraan dalam Memperkuat Ketahanan Lokal", or the content's `partnershipsHeader`) above the filter, at
 *   `heading-level`, with the card names one deeper. Off by default; never over a site owner's own partners.
 * @prop [sectionHeader=false] - Shows the partnerships' title above the filter (see the attribute).
 *
 * @event {CustomEvent<KlFilterDetail>} kl-filter - The reader changed the filter: `{sector, area, shown}`,
 * with `null` for "all". Not fired for changes made through attributes or properties.
 * @event {CustomEvent<KlErrorDetail>} kl-error - The content could not be used: `{problems, source}`.
 *
 * @csspart filter - The fieldset holding the filter controls.
 * @csspart select - Each filter `<select>`.
 * @csspart count - The live count ("3 mitra ditampilkan") or the empty-result message.
 * @csspart list - The `<ul>` of cards.
 * @csspart item - Each `<li>`.
 * @csspart card - Each card's `<article>`.
 * @csspart name - Each card's heading.
 * @csspart link - A card's link (its name), stretched over the card.
 * @csspart badge - A sector badge.
 * @csspart logo - A logo, or the initials shown when it fails to load.
 * @csspart loading - The loading status while `src` is fetched.
 * @csspart section-header - With `section-header`: the section's title and intro.
 * @csspart section-title - The section's title heading.
 * @csspart section-intro - The section's intro paragraph.
 * @csspart error - The error state.
 *
 * @cssproperty --kl-color-surface - Card background.
 * @cssproperty --kl-color-border - Card and filter borders.
 * @cssproperty --kl-color-accent - Links, badges and initials.
 * @cssproperty --kl-space - Gap between cards; other spacing derives from it.
 * @cssproperty --kl-color-scheme - `light`, `dark`, or `light dark` to follow the OS.
 */
export class KlPartnerCards extends KlContentElement<
  'partnerships' | 'partnershipsHeader' | 'partners' | 'sectors'
> {
  static override styles = [super.styles, cardStyles, listStyles];
  static override properties = {
    sector: { reflect: true },
    area: { reflect: true },
    layout: { reflect: true },
  };

  /** Sector id to filter by (`pemerintah`, `swasta`, …); empty or unknown shows every sector. */
  sector = '';
  /** Area to filter by, as written in the content (case ignored); empty or unknown shows every area. */
  area = '';
  /** `grid` (cards side by side when there is room) or `list` (one card per row). */
  layout: 'grid' | 'list' = 'grid';

  #deck: Deck | undefined;
  /** Logo URLs that failed to load; their cards show initials. */
  readonly #failedLogos = new Set<string>();
  #applied: KlFilterDetail = { sector: null, area: null, shown: 0 };
  /** Cards rendered a batch per task, so 10,000 never block the page and the first show at once. */
  readonly #batches = new BatchController(this);
  /** Whether each card of the deck matches the filter, in deck order. */
  #visible: readonly boolean[] = [];
  /** The cards' list items as the last render built them, placed in the list after it. */
  #items: readonly HTMLElement[] = [];

  constructor() {
    super(
      [partnershipsBuiltIn, partnershipsHeaderBuiltIn, partnersBuiltIn, sectorsBuiltIn],
      readPartnersMarkup,
    );
  }

  protected override createRenderRoot() {
    const root = super.createRenderRoot();
    // `error` does not bubble; one capturing listener serves every logo instead of one per card.
    root.addEventListener('error', this.#onLogoError, true);
    return root;
  }

  protected override renderContent(
    content: CardsContent,
    { provided, document }: ReadyContent<CardsContent>,
  ) {
    const messages = cardsMessages(this);
    const deck = this.#deckFor(content, provided);
    const filter: CardFilter = {
      sector: pickOption(
        this.sector,
        deck.sectors.map((sector) => sector.id),
      ),
      area: pickOption(this.area, deck.areas),
    };
    const visible = deck.views.map((view) => matches(view, filter));
    const shown = visible.filter(Boolean).length;
    this.#visible = visible;
    this.#applied = { ...filter, shown };
    const text = messages.cards;
    const options = { messages, locale: this.locale, level: this.level };
    // A card is built once, and again only for new content or when its heading level or strings change
    // (compared as text: a `messages` override makes a new, equal messages object on every render).
    // Filtering and the count do not touch it (see #showMatching).
    this.#items = this.#batches.render(
      deck.views,
      (view) =>
        element('li', 'item', 'item', buildCard(view, { ...options, logoFailed: this.#logoFailed(view) })),
      [options.locale, options.level, JSON.stringify(text)],
      { key: document },
    ) as readonly HTMLElement[];
    return html`<div class="cards">
      ${this.#renderFilter(messages, deck, filter)}
      <p class="count" part="count" role="status">
        ${
          shown
            ? formatMessage(this.language, deck.partners ? text.shown : text.shownPartnerships, {
                count: shown,
              })
            : text.empty
        }
      </p>
      <ul class="list" part="list" ?data-long=${deck.views.length > LONG_LIST}></ul>
    </div>`;
  }

  /** The article's partnerships have a section title; a site owner's own partners are not that section. */
  protected override headerOf(content: CardsContent, { provided }: ReadyContent<CardsContent>) {
    return provided.includes('partners') ? undefined : content.partnershipsHeader;
  }

  protected override updated(): void {
    placeItems(this.renderRoot.querySelector('.list'), this.#items);
    this.#showMatching();
  }

  /**
   * Filtering does not rebuild the list: each card's `hidden` is set here, and only on the cards whose
   * visibility changed, so a filter costs a loop over booleans plus the style changes. `hidden` is all it
   * takes: `.item[hidden]` is `display: none !important` in our shadow root, which no page style overrides
   * (an `!important` declaration inside a shadow tree wins over one from outside, even through `::part`),
   * and `display: none` already takes the item out of the accessibility tree.
   */
  #showMatching(): void {
    const items = this.#items;
    const visible = this.#visible;
    for (let index = 0; index < items.length; index += 1) {
      const item = items[index] as HTMLElement;
      const show = visible[index] ?? true;
      if (item.hidden !== show) continue;
      item.hidden = !show;
    }
  }

  #logoFailed(view: CardView): boolean {
    return view.logo !== null && this.#failedLogos.has(view.logo);
  }

  #renderFilter(messages: CardsMessages, deck: Deck, filter: CardFilter): TemplateResult {
    const text = messages.cards;
    return html`<fieldset class="filter" part="filter">
      <legend class="filter__legend">${text.filterLabel}</legend>
      <label class="filter__field"
        >${text.sectorLabel}
        <select class="filter__select" part="select" name="sector" @change=${this.#onFilterChange}>
          <option value="" .selected=${filter.sector === null}>${text.allSectors}</option>
          ${deck.sectors.map(
            (sector) =>
              html`<option value=${sector.id} .selected=${filter.sector === sector.id}>
                ${sector.name}
              </option>`,
          )}
        </select>
      </label>
      ${
        deck.areas.length
          ? html`<label class="filter__field"
              >${text.areaLabel}
              <select class="filter__select" part="select" name="area" @change=${this.#onFilterChange}>
                <option value="" .selected=${filter.area === null}>${text.allAreas}</option>
                ${deck.areas.map(
                  (area) => html`<option value=${area} .selected=${filter.area === area}>${area}</option>`,
                )}
              </select>
            </label>`
          : nothing
      }
    </fieldset>`;
  }

  #deckFor(content: CardsContent, provided: readonly SectionName[]): Deck {
    if (this.#deck?.content === content) return this.#deck;
    const names = sectorNames(content.sectors);
    const partners = provided.includes('partners');
    let views: CardView[];
    if (partners) {
      views = content.partners.map((partner) => partnerView(partner, names));
    } else {
      const byId = new Map<string, Partner>(content.partners.map((partner) => [partner.id, partner]));
      views = content.partnerships.map((partnership) => partnershipView(partnership, byId, names));
    }
    this.#deck = { content, partners, views, sectors: content.sectors, areas: areasOf(views, this.locale) };
    return this.#deck;
  }

  readonly #onFilterChange = (event: Event): void => {
    const select = event.target as HTMLSelectElement;
    if (select.name === 'area') this.area = select.value;
    else this.sector = select.value;
    void this.updateComplete.then(() => {
      emit<KlFilterDetail>(this, 'kl-filter', this.#applied);
    });
  };

  /** A logo that fails gives way to the name's initials in its card, and in any card built later. */
  readonly #onLogoError = (event: Event): void => {
    const image = event.target;
    if (!(image instanceof HTMLImageElement) || !image.classList.contains('card__logo')) return;
    this.#failedLogos.add(image.getAttribute('src') ?? '');
    const item = image.closest<HTMLElement>('.item');
    const view = item && this.#deck?.views[this.#items.indexOf(item)];
    if (view) image.replaceWith(buildLogo(view, { locale: this.locale, logoFailed: true }));
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'kl-partner-cards': KlPartnerCards;
  }
  interface HTMLElementEventMap {
    'kl-filter': CustomEvent<KlFilterDetail>;
  }
}
