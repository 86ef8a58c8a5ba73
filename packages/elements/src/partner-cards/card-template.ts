import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '@ketahanan/model';
import { renderHeading, type HeadingLevel } from '../shared/heading.js';
import type { CardsMessages } from '../shared/messages/index.js';
import type { CardView } from './card-view.js';
import { initials } from './initials.js';

export interface CardTemplateOptions {
  readonly messages: CardsMessages;
  readonly locale: Locale;
  /** Heading level of the card's name. */
  readonly level: HeadingLevel;
  /** The logo URL failed to load: show the name's initials instead. */
  readonly logoFailed: boolean;
  /** Replaces the description paragraph (the card element passes its default slot). */
  readonly description?: TemplateResult;
}

// Cards are rendered by the thousand: every node saved here is a thousand fewer to create, style and lay
// out (and, when a filter hides them, to take down). So facts are bare dt/dd pairs and contributions one
// sentence rather than a list; no template here has whitespace between tags where a reader would not see
// it (Prettier would put it back, hence the `prettier-ignore`s); and a leaf holding only text gets it as
// `.textContent`, which spares the comment node Lit puts before every text it renders as a child.
function fact(term: string, detail: string | TemplateResult): TemplateResult {
  // prettier-ignore
  return typeof detail === 'string'
    ? html`<dt .textContent=${term}></dt><dd .textContent=${detail}></dd>`
    : html`<dt .textContent=${term}></dt><dd>${detail}</dd>`;
}

function list(items: readonly string[]): TemplateResult {
  // prettier-ignore
  return html`<ul class="card__list">${items.map((item) => html`<li .textContent=${item}></li>`)}</ul>`;
}

const listFormats = new Map<Locale, Intl.ListFormat>();

/** "Finansial dan Teknis" / "Financial and Technical", in the reader's language. */
function sentence(items: readonly string[], locale: Locale): string {
  let format = listFormats.get(locale);
  if (!format) {
    format = new Intl.ListFormat(locale, { type: 'conjunction' });
    listFormats.set(locale, format);
  }
  return format.format(items);
}

/**
 * The logo is decorative (`alt=""`): the name is the heading right beside it, so a text alternative would
 * only make screen readers say the name twice. The initials that replace a broken logo are hidden likewise.
 */
function logo(view: CardView, options: CardTemplateOptions): TemplateResult {
  return options.logoFailed
    ? html`<span class="card__logo card__initials" part="logo" aria-hidden="true"
        >${initials(view.name, options.locale)}</span
      >`
    : html`<img
        class="card__logo"
        part="logo"
        src=${view.logo ?? ''}
        alt=""
        loading="lazy"
        decoding="async"
      />`;
}

/**
 * One card: the name as a heading (a link when the view has a safe URL, its `::after` stretched over the
 * whole card so the card is one click target with one focus stop), sector badges, description and facts.
 */
export function renderCard(view: CardView, options: CardTemplateOptions): TemplateResult {
  const text = options.messages.cards;
  const name = view.href
    ? html`<a class="card__link" part="link" href=${view.href}>${view.name}</a>`
    : view.name;
  // Only the facts the card has: an empty entry would still leave its two comment markers in every card.
  const facts: TemplateResult[] = [];
  if (view.area) facts.push(fact(text.areaLabel, view.area));
  if (view.contributions.length) {
    const names = view.contributions.map((contribution) => text.contributions[contribution]);
    facts.push(fact(text.contributionsHeading, sentence(names, options.locale)));
  }
  if (view.partners?.length) facts.push(fact(text.partnersHeading, list(view.partners)));
  if (view.outcomes?.length) facts.push(fact(text.outcomesHeading, list(view.outcomes)));
  // The space after the sector label and after each badge stays: it keeps "Sektor: Pemerintah Swasta"
  // three words for copying and for screen readers.
  // prettier-ignore
  return html`<article class="card" part="card">${
    view.logo
      ? html`<div class="card__head">${logo(view, options)}${renderHeading(options.level, name, 'card__name', 'name')}</div>`
      : renderHeading(options.level, name, 'card__name', 'name')
  }${
    view.sectors.length
      ? html`<p class="card__badges"><span class="visually-hidden" .textContent=${`${text.sectorLabel}:`}></span> ${view.sectors.map(
          (sector) => html`<span class="card__badge" part="badge" .textContent=${sector}></span> `,
        )}</p>`
      : nothing
  }${
    options.description ??
    (view.description ? html`<p class="card__description" .textContent=${view.description}></p>` : nothing)
  }${facts.length ? html`<dl class="card__facts">${facts}</dl>` : nothing}</article>`;
}
